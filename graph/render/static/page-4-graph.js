/* --- the network ------------------------------------------------------------------------------------------- */

function visNode(n) {
  const kind = KINDS[n.kind] || KINDS.actor;
  const node = { id: n.id, label: wrapLabel(n), group: kindOf(n), title: tooltip(n) };
  if (ACTOR_KINDS.has(n.kind)) node.value = (n.value || 0) + 1;
  if (n.kind === "outlet") node.value = (n.value || 0) + 3;
  if (n.kind === "statement") node.borderWidth = Math.min(1 + (n.reportCount || 1) * 0.5, 4);
  node.kindName = (KINDS[kindOf(n)] || kind).name;
  return node;
}
const SELF_EVIDENT = new Set(["said", "reported", "published", "wrote", "mentions", "agent"]);
function visEdge(e) {
  const style = EDGES[e.kind];
  const edge = { id: e.id, from: e.from, to: e.to, kind: e.kind, color: { color: style.color, opacity: 0.9 } };
  edge.width = style.width;
  edge.dashes = style.dashes;
  edge.title = style.name;
  if (!SELF_EVIDENT.has(e.kind)) edge.label = style.name; // the layout shows the rest by where things sit
  return edge;
}
function groups() {
  const out = {};
  for (const [key, k] of Object.entries(KINDS)) {
    const g = {
      shape: k.shape,
      color: {
        background: k.fill || k.color,
        border: k.border || k.color,
        highlight: { background: k.fill || k.color, border: "#111827" },
        hover: { background: k.fill || k.color, border: "#111827" },
      },
    };
    if (k.shape === "box") {
      g.font = { color: "#3d3000", size: 14, face: FONT, multi: false };
      g.margin = { top: 6, bottom: 6, left: 8, right: 8 };
      g.shapeProperties = { borderRadius: 5 };
    } else if (k.shape === "square") {
      g.size = 8;
      g.font = { color: "#4b5563", size: 12, face: FONT };
    } else if (k.shape === "star") {
      g.size = 12;
      g.font = { color: "#7a1f48", size: 14, face: FONT };
    } else if (k.shape === "triangle") {
      g.size = 11;
      g.font = { color: "#6b3d0f", size: 14, face: FONT };
      g.shapeProperties = { borderDashes: [3, 2] };
    } else {
      g.font = { color: "#1f2933", size: 14, face: FONT };
    }
    out[key] = g;
  }
  return out;
}

state.visible = computeVisible(); // before the views are made: a DataView filters once, when it is created
const nodes = new vis.DataSet(data.nodes.map(visNode));
const edges = new vis.DataSet(data.edges.map(visEdge));
const nodeView = new vis.DataView(nodes, { filter: (n) => isVisible(n.id) });
const edgeView = new vis.DataView(edges, { filter: (e) => state.lines.has(e.kind) && isVisible(e.from) && isVisible(e.to) });
const MIN_SCALE = 0.7; // below this a label is too small to read: the view starts at the top left instead
const timings = { started: performance.now() };
// the node to focus once laid out; whether the reader panned; where the shown nodes were placed
const layout = { pendingFocus: null, moved: false, positions: new Map(), size: null };
/* The canvas's size in CSS pixels, read from the page once and then from vis's resize events: reading it from the
 * page after the panels changed would make the browser lay the whole page out again there and then. */
function canvasSize() {
  if (!layout.size) layout.size = { width: $("ng-graph").clientWidth || 1000, height: $("ng-graph").clientHeight || 700 };
  return layout.size;
}
placeNodes();

const options = {
  autoResize: true,
  groups: groups(),
  nodes: {
    font: { face: FONT, size: 15, color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" },
    borderWidth: 1.5,
    scaling: { min: 8, max: 18, label: { enabled: false } },
  },
  edges: {
    arrows: { to: { enabled: true, scaleFactor: 0.4 } },
    font: { face: FONT, size: 11, color: "#6b7280", strokeWidth: 3, strokeColor: "#fbfbfc", align: "middle" },
    smooth: { enabled: true, type: "cubicBezier", forceDirection: "horizontal", roundness: 0.5 },
    selectionWidth: 1.5,
    hoverWidth: 0.5,
  },
  layout: { randomSeed: 7, improvedLayout: false },
  physics: { enabled: false },
  interaction: { hover: true, tooltipDelay: 250, hideEdgesOnDrag: data.nodes.length > 1500, multiselect: false, keyboard: false },
};

const network = new vis.Network($("ng-graph"), { nodes: nodeView, edges: edgeView }, options);
const api = { data, nodes, edges, nodeView, edgeView, network, ready: false, layouts: 0, timings };
window.newsgraph = api;
network.once("afterDrawing", () => {
  timings.firstFrameMs = performance.now() - timings.started;
  if (!layout.pendingFocus && !state.selected) fitView(); // the boxes have their measured sizes now
});

/* The whole view in the canvas, or, when that would make labels too small to read, its top left at a readable size. */
function fitView() {
  if (!layout.positions.size) return;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of layout.positions.values()) {
    if (p.x < left) left = p.x;
    if (p.x > right) right = p.x;
    if (p.y < top) top = p.y;
    if (p.y > bottom) bottom = p.y;
  }
  // labels reach out of the nodes: a name under a dot to the left, a box to the right, a name below
  [left, top, right, bottom] = [left - 90, top - 40, right + 110, bottom + 60];
  const { width, height } = canvasSize();
  const scale = Math.min(width / (right - left), height / (bottom - top), 1.1);
  if (scale >= MIN_SCALE) {
    network.moveTo({ position: { x: (left + right) / 2, y: (top + bottom) / 2 }, scale, animation: false });
  } else {
    const position = { x: left + width / 2 / MIN_SCALE, y: top + height / 2 / MIN_SCALE };
    network.moveTo({ position, scale: MIN_SCALE, animation: false });
  }
}
/* Give every shown node its place in the story layout (page-8-layout.js). */
function placeNodes() {
  const ids = data.nodes.filter((n) => isVisible(n.id)).map((n) => n.id);
  const t0 = performance.now();
  const positions = storyLayout(ids);
  timings.layoutMs = performance.now() - t0;
  layout.positions = positions;
  nodes.update(ids.map((id) => ({ id, ...positions.get(id) })));
}
network.on("dragStart", () => (layout.moved = true));
network.on("zoom", () => (layout.moved = true));
network.on("resize", (size) => {
  layout.size = { width: size.width, height: size.height };
  // the canvas changed size before the reader touched the view: fit again once vis has moved the camera itself
  if (!layout.moved && !state.selected) setTimeout(fitView, 0);
});
function laidOut() {
  layout.moved = false;
  $("ng-status").hidden = true;
  if (layout.pendingFocus) {
    const id = layout.pendingFocus;
    layout.pendingFocus = null;
    focusNode(id);
  } else {
    fitView();
  }
  api.layouts += 1;
  api.ready = true;
}
function applyView() {
  api.ready = false;
  const lap = stopwatch();
  state.visible = computeVisible();
  lap("visible");
  placeNodes(); // before the views refresh: nodes that appear come in at their places, each drawn once
  lap("layout");
  nodeView.refresh();
  edgeView.refresh();
  lap("views");
  updateHeader();
  renderTimeline();
  if (state.mode === "lanes") renderLanes();
  lap("panels");
  laidOut();
  saveView();
  timings.view = lap.times;
}
/* Milliseconds between calls, by name, in ``lap.times``: what a change of view spent where. */
function stopwatch() {
  let last = performance.now();
  const lap = (name) => {
    const now = performance.now();
    lap.times[name] = Math.round(now - last);
    last = now;
  };
  lap.times = {};
  return lap;
}
function refreshLines() {
  edgeView.refresh();
  saveView();
}

/* --- selection: from the canvas, the panel, the timeline or search ------------------------------------------ */

function focusNode(id) {
  if (!nodeView.get(id)) return;
  network.selectNodes([id]);
  network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 350 } });
}
function select(id) {
  if (!byId.has(id)) return;
  state.selected = id;
  showDetails(id);
  markTimeline(id);
  if (reveal(id)) {
    layout.pendingFocus = id;
    applyView();
  } else {
    focusNode(id);
    saveView();
  }
}
api.select = select;

/* Clicking an actor focuses the view on it (what it said and did, who reported it); any other node shows its details. */
network.on("click", (params) => {
  if (params.nodes.length) {
    const id = params.nodes[0];
    state.selected = id;
    showDetails(id);
    markTimeline(id);
    if (ACTOR_KINDS.has(byId.get(id).kind) && state.actor !== id) api.setFilter({ actor: id });
    else saveView();
  } else if (!params.edges.length) {
    deselect(false);
  }
});
/* Close the details: nothing selected, on the map, the timeline or the lanes; ``replace`` the view in the history
 * rather than add one (Escape does: the next Escape steps back to the view before). */
function deselect(replace) {
  state.selected = "";
  showDetails(null);
  markTimeline(null);
  network.unselectAll();
  for (const item of document.querySelectorAll(".ng-lane-item.ng-current")) item.classList.remove("ng-current");
  saveView(replace);
}
