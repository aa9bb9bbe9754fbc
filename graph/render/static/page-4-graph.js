/* --- the network ------------------------------------------------------------------------------------------- */

function visNode(n) {
  const kind = KINDS[n.kind] || KINDS.actor;
  const node = { id: n.id, label: n.label, group: n.kind, title: tooltip(n) };
  if (ACTOR_KINDS.has(n.kind)) node.value = (n.value || 0) + 1;
  if (n.kind === "outlet") node.value = (n.value || 0) + 3;
  if (n.kind === "statement") node.borderWidth = Math.min(1 + (n.reportCount || 1) * 0.5, 4);
  node.kindName = kind.name;
  return node;
}
function visEdge(e) {
  const style = EDGES[e.kind];
  const edge = { id: e.id, from: e.from, to: e.to, kind: e.kind, color: { color: style.color, opacity: 0.9 } };
  edge.width = style.width;
  edge.dashes = style.dashes;
  edge.title = style.name;
  if (!style.quiet) edge.label = style.name;
  return edge;
}
function groups() {
  const out = {};
  for (const [key, k] of Object.entries(KINDS)) {
    const g = {
      shape: k.shape,
      color: {
        background: k.color,
        border: k.border || k.color,
        highlight: { background: k.color, border: "#111827" },
        hover: { background: k.color, border: "#111827" },
      },
    };
    if (k.shape === "box") {
      g.font = { color: "#3d3000", size: 15, face: FONT, multi: false };
      g.margin = { top: 6, bottom: 6, left: 8, right: 8 };
      g.widthConstraint = { maximum: 200 };
      g.shapeProperties = { borderRadius: 5 };
    } else if (k.shape === "square") {
      g.size = 9;
      g.font = { color: "#4b5563", size: 13, face: FONT };
    } else if (k.shape === "star") {
      g.size = 16;
    }
    out[key] = g;
  }
  return out;
}

state.visible = computeVisible(); // before the views are made: a DataView filters once, when it is created
const nodes = new vis.DataSet(data.nodes.map(visNode));
const edges = new vis.DataSet(data.edges.map(visEdge));
const nodeView = new vis.DataView(nodes, { filter: (n) => isVisible(n.id) });
const edgeView = new vis.DataView(edges, { filter: (e) => isVisible(e.from) && isVisible(e.to) });
const big = data.nodes.length > 1500;

const options = {
  autoResize: true,
  groups: groups(),
  nodes: {
    font: { face: FONT, size: 16, color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" },
    borderWidth: 1.5,
    scaling: { min: 10, max: 40, label: { enabled: true, min: 16, max: 26, drawThreshold: 5 } },
  },
  edges: {
    arrows: { to: { enabled: true, scaleFactor: 0.45 } },
    font: { face: FONT, size: 11, color: "#6b7280", strokeWidth: 3, strokeColor: "#fbfbfc", align: "middle" },
    smooth: big ? false : { enabled: true, type: "continuous", roundness: 0.25 },
    selectionWidth: 1.5,
    hoverWidth: 0.5,
  },
  layout: { randomSeed: 7, improvedLayout: data.nodes.length <= 150 },
  physics: {
    enabled: true,
    solver: "forceAtlas2Based",
    forceAtlas2Based: {
      gravitationalConstant: -110,
      centralGravity: 0.012,
      springLength: 120,
      springConstant: 0.06,
      damping: 0.5,
      avoidOverlap: 0.9,
    },
    stabilization: { enabled: true, iterations: big ? 120 : 200, updateInterval: 20, fit: false },
    minVelocity: 1.5,
  },
  interaction: { hover: true, tooltipDelay: 250, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false },
};

const network = new vis.Network($("ng-graph"), { nodes: nodeView, edges: edgeView }, options);
const api = { data, nodes, edges, nodeView, edgeView, network, ready: false, layouts: 0 };
window.newsgraph = api;

const layout = { pendingFocus: null, timer: null }; // the node to focus once laid out; the time limit on a layout
function laidOut() {
  if (layout.timer) clearTimeout(layout.timer);
  layout.timer = null;
  network.setOptions({ physics: { enabled: false } });
  $("ng-status").hidden = true;
  // vis finishes its own stabilization step after this event: fit (or focus) once it has
  setTimeout(() => {
    if (layout.pendingFocus) {
      const id = layout.pendingFocus;
      layout.pendingFocus = null;
      focusNode(id);
    } else {
      network.fit({ animation: false });
    }
    api.layouts += 1;
    api.ready = true;
  }, 0);
}
network.on("stabilizationProgress", (p) => {
  $("ng-status").textContent = "Laying out the graph… " + Math.round((100 * p.iterations) / p.total) + "%";
});
network.on("stabilizationIterationsDone", laidOut);

function relayout() {
  api.ready = false;
  if (layout.timer) clearTimeout(layout.timer);
  if (nodeView.length === 0) {
    laidOut();
    return;
  }
  $("ng-status").hidden = false;
  $("ng-status").textContent = "Laying out the graph…";
  network.setOptions({ physics: { enabled: true } });
  network.stabilize(nodeView.length > 1500 ? 25 : nodeView.length > 300 ? 150 : 200);
  layout.timer = setTimeout(laidOut, 15000); // a bound even if vis never reports
}
layout.timer = setTimeout(laidOut, 30000);
if (nodeView.length === 0) laidOut();

const placed = new Map(); // node id -> last known {x, y}
const neighbours = new Map(data.nodes.map((n) => [n.id, []]));
for (const e of data.edges) {
  neighbours.get(e.from).push(e.to);
  neighbours.get(e.to).push(e.from);
}
function keepPositions() {
  // network.storePositions() walks the whole DataSet and fails on nodes the DataView hides, so do it by hand
  for (const [id, p] of Object.entries(network.getPositions())) placed.set(id, { x: p.x, y: p.y });
}
function seedPositions() {
  // nodes about to appear start on a small spiral around their least connected neighbour that has a place (a
  // statement beside its speaker rather than its article), so the short layout that follows only has to tidy up
  const around = new Map();
  const spiral = (anchor) => {
    const k = (around.get(anchor) || 0) + 1;
    around.set(anchor, k);
    const centre = placed.get(anchor) || { x: 0, y: 0 };
    const r = 70 + 22 * Math.sqrt(k);
    return { x: centre.x + r * Math.cos(k * 2.39996), y: centre.y + r * Math.sin(k * 2.39996) };
  };
  let pending = data.nodes.filter((n) => isVisible(n.id) && !placed.has(n.id)).map((n) => n.id);
  while (pending.length) {
    const left = [];
    for (const id of pending) {
      let anchor = null;
      for (const m of neighbours.get(id)) {
        if (placed.has(m) && (!anchor || neighbours.get(m).length < neighbours.get(anchor).length)) anchor = m;
      }
      if (anchor) placed.set(id, spiral(anchor));
      else left.push(id);
    }
    if (left.length === pending.length) {
      // nothing near has a place: the loners go on a spiral round the middle, then one more starts a new patch
      const loners = left.filter((id) => !neighbours.get(id).length);
      for (const id of loners) placed.set(id, spiral("\u0000centre"));
      const rest = left.filter((id) => neighbours.get(id).length);
      if (rest.length) placed.set(rest.shift(), spiral("\u0000centre"));
      pending = rest;
    } else {
      pending = left;
    }
  }
  const update = [];
  for (const n of data.nodes) if (isVisible(n.id)) update.push({ id: n.id, ...placed.get(n.id) });
  nodes.update(update);
}
function applyView() {
  keepPositions();
  state.visible = computeVisible();
  seedPositions();
  nodeView.refresh();
  edgeView.refresh();
  updateHeader();
  renderTimeline();
  relayout();
}

/* --- selection: from the canvas, the panel, the timeline or search ------------------------------------------ */

function focusNode(id) {
  if (!nodeView.get(id)) return;
  network.selectNodes([id]);
  network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 350 } });
}
function select(id) {
  if (!byId.has(id)) return;
  showDetails(id);
  markTimeline(id);
  if (reveal(id)) {
    layout.pendingFocus = id;
    applyView();
  } else {
    focusNode(id);
  }
}
api.select = select;

network.on("click", (params) => {
  if (params.nodes.length) {
    showDetails(params.nodes[0]);
    markTimeline(params.nodes[0]);
  } else if (!params.edges.length) {
    showDetails(null);
    markTimeline(null);
  }
});
