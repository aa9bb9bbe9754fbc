/* newsgraph page: the graph, a details panel, a timeline, search and filters.
 *
 * Every name and quote is hostile input. The data arrives as JSON in <script type="application/json" id="ng-data">
 * and reaches the page only through textContent, createElement and vis-network's canvas labels; nothing here parses
 * it as HTML, and tooltips are DOM elements, not HTML strings.
 */
(function () {
  "use strict";

  const KINDS = {
    person: { name: "Person", shape: "dot", color: "#3b6fb6", group: "Actors" },
    organization: { name: "Organization", shape: "dot", color: "#2a9d8f", group: "Actors" },
    group: { name: "Group", shape: "dot", color: "#8e6bbf", group: "Actors" },
    place: { name: "Place", shape: "dot", color: "#6a994e", group: "Actors" },
    actor: { name: "Other actor", shape: "dot", color: "#7d8597", group: "Actors" },
    statement: { name: "Statement", shape: "box", color: "#fdf0c2", border: "#d9a400", group: "Said and reported" },
    event: { name: "Event", shape: "star", color: "#e5508f", group: "Said and reported" },
    article: { name: "Article", shape: "square", color: "#9aa5b1", group: "Said and reported" },
    outlet: { name: "Outlet", shape: "diamond", color: "#e76f51", group: "Said and reported" },
  };
  const EDGES = {
    said: { name: "said", color: "#3b6fb6", width: 1.8, dashes: false },
    reported: { name: "reported in", color: "#98a2ae", width: 1, dashes: false },
    published: { name: "published by", color: "#e76f51", width: 1.2, dashes: false },
    via: { name: "via", color: "#e9a23b", width: 1.5, dashes: [7, 4] },
    mentions: { name: "mentions", color: "#b9c1cb", width: 1, dashes: [2, 4], quiet: true },
    agent: { name: "did", color: "#b0306a", width: 1.8, dashes: false },
    patient: { name: "to", color: "#e5508f", width: 1.2, dashes: [5, 3] },
    place: { name: "in", color: "#6a994e", width: 1.2, dashes: [2, 3] },
  };
  const ACTOR_KINDS = new Set(["person", "organization", "group", "place", "actor"]);
  const DATED_KINDS = new Set(["statement", "event"]);
  const UNMARKED_GRANULARITIES = new Set(["day", "window"]); // a day needs no mark; a window is marked "estimated"
  const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif';

  const data = JSON.parse(document.getElementById("ng-data").textContent);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const $ = (id) => document.getElementById(id);

  /* --- small DOM helpers: text only ------------------------------------------------------------------------- */

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function append(parent, ...children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }
  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many || one + "s");
  }
  function clip(text, limit) {
    const flat = String(text || "").replace(/\s+/g, " ").trim();
    return flat.length > limit ? flat.slice(0, limit - 1) + "…" : flat;
  }

  /* --- relations the filters need ------------------------------------------------------------------------- */

  const rel = new Map(); // statement/event id -> {actors, articles, outlets}
  const mentionedIn = new Map(); // actor id -> articles that mention it
  const articlesOf = new Map(); // outlet id -> its articles
  for (const n of data.nodes) {
    if (n.kind === "article") {
      for (const p of n.publishers) {
        if (!articlesOf.has(p)) articlesOf.set(p, new Set());
        articlesOf.get(p).add(n.id);
      }
    }
    if (DATED_KINDS.has(n.kind)) rel.set(n.id, { actors: new Set(n.speakers || []), articles: new Set(), outlets: new Set() });
  }
  for (const r of rel.values()) {
    for (const a of r.actors) if (byId.get(a).kind === "outlet") r.outlets.add(a); // an outlet that speaks for itself
  }
  for (const e of data.edges) {
    const r = rel.get(e.from);
    if (r && e.kind === "reported") {
      r.articles.add(e.to);
      for (const p of byId.get(e.to).publishers) r.outlets.add(p);
    }
    if (r && e.kind === "via") {
      r.actors.add(e.to);
      if (byId.get(e.to).kind === "outlet") r.outlets.add(e.to);
    }
    if (e.kind === "mentions") {
      if (!mentionedIn.has(e.to)) mentionedIn.set(e.to, new Set());
      mentionedIn.get(e.to).add(e.from);
    }
  }

  /* --- view state: focus, filters, nodes revealed by search or the timeline ---------------------------------- */

  const state = { actor: "", outlet: "", from: "", to: "", everything: !data.focus, revealed: new Set() };
  let visible = null; // Set of visible node ids, or null for all

  function filtering() {
    return Boolean(state.actor || state.outlet || state.from || state.to);
  }
  function passes(n) {
    const r = rel.get(n.id);
    if (!r) return false;
    if (state.actor && !r.actors.has(state.actor)) return false;
    if (state.outlet && !r.outlets.has(state.outlet)) return false;
    if (state.from || state.to) {
      const when = n.when || {};
      if (!when.start) return false;
      if (state.from && (when.end || when.start) < state.from) return false;
      if (state.to && when.start > state.to) return false;
    }
    return true;
  }
  function addArticle(set, articleId) {
    const article = byId.get(articleId);
    if (state.outlet && !article.publishers.includes(state.outlet)) return;
    set.add(articleId);
    for (const p of article.publishers) set.add(p);
  }
  function computeVisible() {
    if (!filtering()) {
      if (state.everything) return null;
      return new Set([...data.focus, ...state.revealed]);
    }
    const shown = new Set(state.revealed);
    for (const n of data.nodes) {
      if (!DATED_KINDS.has(n.kind) || !passes(n)) continue;
      const r = rel.get(n.id);
      shown.add(n.id);
      for (const a of r.actors) shown.add(a);
      for (const a of r.articles) addArticle(shown, a);
    }
    if (state.actor) {
      shown.add(state.actor);
      if (!state.from && !state.to) for (const a of mentionedIn.get(state.actor) || []) addArticle(shown, a);
    }
    if (state.outlet) shown.add(state.outlet);
    return shown;
  }
  function isVisible(id) {
    return visible === null || visible.has(id);
  }

  /* --- the network -------------------------------------------------------------------------------------------- */

  function tooltip(n) {
    const box = el("div", "ng-tip");
    box.style.maxWidth = "340px";
    box.style.whiteSpace = "normal";
    append(box, el("strong", null, n.kind === "statement" ? clip(n.text || n.name, 240) : n.name));
    const bits = [KINDS[n.kind] ? KINDS[n.kind].name : n.kind];
    if (ACTOR_KINDS.has(n.kind) || n.kind === "outlet") {
      bits.push(plural(n.said || 0, "statement"), plural(n.mentions || 0, "mention"));
    } else if (n.kind === "statement") {
      if (n.when && n.when.label) bits.push(n.when.label);
      bits.push(plural(n.reportCount || 0, "report"), plural(n.sourceCount || 0, "independent source"));
    } else if (n.kind === "article" && n.published) {
      bits.push(n.published);
    } else if (n.kind === "event") {
      if (n.eventType) bits.push(n.eventType);
      if (n.when && n.when.label) bits.push(n.when.label);
      bits.push(plural(n.reportCount || 0, "report"));
    }
    append(box, el("div", "ng-muted", bits.join(" · ")));
    return box;
  }

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

  visible = computeVisible(); // before the views are made: a DataView filters once, when it is created
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

  let pendingFocus = null;
  let layoutTimer = null;
  function laidOut() {
    if (layoutTimer) clearTimeout(layoutTimer);
    layoutTimer = null;
    network.setOptions({ physics: { enabled: false } });
    $("ng-status").hidden = true;
    // vis finishes its own stabilization step after this event: fit (or focus) once it has
    setTimeout(() => {
      if (pendingFocus) {
        const id = pendingFocus;
        pendingFocus = null;
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
    if (layoutTimer) clearTimeout(layoutTimer);
    if (nodeView.length === 0) {
      laidOut();
      return;
    }
    $("ng-status").hidden = false;
    $("ng-status").textContent = "Laying out the graph…";
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(nodeView.length > 1500 ? 25 : nodeView.length > 300 ? 150 : 200);
    layoutTimer = setTimeout(laidOut, 15000); // a bound even if vis never reports
  }
  layoutTimer = setTimeout(laidOut, 30000);
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
    visible = computeVisible();
    seedPositions();
    nodeView.refresh();
    edgeView.refresh();
    updateHeader();
    renderTimeline();
    relayout();
  }

  /* --- selection and details -------------------------------------------------------------------------------- */

  function focusNode(id) {
    if (!nodeView.get(id)) return;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 350 } });
  }
  function reveal(id) {
    if (isVisible(id)) return false;
    state.revealed.add(id);
    const n = byId.get(id);
    for (const s of n.speakers || []) state.revealed.add(s);
    return true;
  }
  function select(id) {
    if (!byId.has(id)) return;
    showDetails(id);
    markTimeline(id);
    if (reveal(id)) {
      pendingFocus = id;
      applyView();
    } else {
      focusNode(id);
    }
  }
  api.select = select;

  function ref(id) {
    const n = byId.get(id);
    if (!n) return el("span", null, "");
    const button = el("button", "ng-link", n.kind === "statement" ? n.label : n.name);
    button.type = "button";
    button.addEventListener("click", () => select(id));
    return button;
  }
  function kindChip(kind) {
    const chip = el("span", "ng-kind", KINDS[kind] ? KINDS[kind].name : kind);
    chip.style.background = kind === "statement" ? "#c99700" : (KINDS[kind] || KINDS.actor).color;
    return chip;
  }
  function facts(rows) {
    const dl = el("dl", "ng-facts");
    for (const [term, value] of rows) {
      if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) continue;
      const dd = el("dd");
      if (Array.isArray(value)) {
        value.forEach((v, i) => append(dd, i ? ", " : null, v));
      } else {
        append(dd, value);
      }
      append(dl, el("dt", null, term), dd);
    }
    return dl;
  }
  // Each outlet's report: outlet, article, date, source and medium, and its words as ``words(report)`` gives them.
  function appendReports(body, reports, words) {
    append(body, el("div", "ng-subhead", "Wording by outlet"));
    const list = el("ul", "ng-reports");
    for (const r of reports) {
      const item = el("li");
      append(item, el("div", "ng-report-head", r.outlet || "Unknown outlet"));
      const meta = el("div", "ng-report-meta");
      if (r.article) append(meta, ref(r.article));
      if (r.published) append(meta, " · " + r.published);
      if (r.via) append(meta, " · via ", ref(r.via));
      if (r.medium) append(meta, " · " + r.medium);
      append(item, meta, el("p", "ng-report-quote", words(r)));
      append(list, item);
    }
    append(body, list);
  }

  function whenNode(when) {
    if (!when || !when.label) return null;
    const span = el("span", null, when.label);
    if (when.granularity && !UNMARKED_GRANULARITIES.has(when.granularity)) append(span, el("span", "ng-gran", when.granularity));
    if (when.estimated) append(span, el("span", "ng-gran", "estimated"));
    if (when.basis === "published") append(span, el("span", "ng-gran", "publication date"));
    if (when.text && when.text !== when.label) append(span, el("div", "ng-muted", "“" + when.text + "”"));
    return span;
  }

  function showDetails(id) {
    const body = clear($("ng-details-body"));
    const n = byId.get(id);
    if (!n) {
      append(body, el("p", "ng-empty", "Click a node or a timeline entry to see who said what, when, and who reported it."));
      const speakers = data.nodes.filter((x) => x.said).sort(byWeight).slice(0, 5);
      const reported = data.nodes
        .filter((x) => x.kind === "statement" && x.reportCount > 1)
        .sort((a, b) => b.reportCount - a.reportCount || a.name.localeCompare(b.name))
        .slice(0, 5);
      appendRefList(body, "Most quoted", speakers.map((x) => x.id), (x) => plural(x.said, "statement"));
      appendRefList(body, "Most reported", reported.map((x) => x.id), (x) => plural(x.reportCount, "report"));
      return;
    }
    append(body, kindChip(n.kind));
    if (n.kind === "statement") {
      append(body, el("blockquote", "ng-quote", n.text || n.name));
      append(
        body,
        facts([
          ["Speaker", (n.speakers || []).map(ref)],
          ["When", whenNode(n.when) || el("span", "ng-muted", "undated")],
          ["Reported", plural(n.reportCount, "report") + " in " + plural(n.outletCount, "outlet")],
          ["Independent sources", String(n.sourceCount || 0)],
          ["Outlets", n.outlets.join(", ")],
          ["First reported", n.firstReported],
        ])
      );
      if (n.reports.length) {
        appendReports(body, n.reports, (r) => "“" + (r.wording || r.sentence) + "”");
      }
    } else if (n.kind === "article") {
      append(body, el("h3", null, n.name));
      const reported = data.edges.filter((e) => e.kind === "reported" && e.to === id).map((e) => e.from);
      append(
        body,
        facts([
          ["Published", n.published],
          ["Outlet", n.publishers.map(ref)],
          ["File", n.sourceFile],
          ["Reports", plural(reported.length, "statement")],
        ])
      );
      appendRefList(body, "Statements", reported);
    } else if (n.kind === "event") {
      append(body, el("h3", null, n.name));
      append(
        body,
        facts([
          ["Type", n.eventType || ""],
          ["When", whenNode(n.when) || el("span", "ng-muted", "undated")],
          ["Who", (n.agents || []).map(ref)],
          ["To whom", (n.patients || []).map(ref)],
          ["Where", (n.places || []).map(ref)],
          ["Reported", plural(n.reportCount || 0, "report") + " in " + plural(n.outletCount || 0, "outlet")],
          ["First reported", n.firstReported || ""],
        ])
      );
      if ((n.reports || []).length) {
        appendReports(body, n.reports, (r) => r.sentence || r.wording);
      }
    } else {
      append(body, el("h3", null, n.name));
      const statements = data.edges.filter((e) => e.kind === "said" && e.from === id).map((e) => e.to);
      const via = data.edges.filter((e) => e.kind === "via" && e.to === id).map((e) => e.from);
      append(
        body,
        facts([
          ["Also called", (n.aliases || []).join("; ")],
          ["Role", (n.roles || []).join("; ")],
          ["Said", plural(n.said || 0, "statement")],
          ["Mentions", String(n.mentions || 0)],
          ["Articles", n.kind === "outlet" ? (articlesOf.get(id) ? plural(articlesOf.get(id).size, "article") : "") : ""],
        ])
      );
      appendRefList(body, "Statements", statements);
      appendRefList(body, "Passed on", via);
    }
    const iri = el("div", "ng-iri", n.iri);
    iri.title = "IRI in the graph";
    append(body, iri);
  }
  function appendRefList(body, title, ids, note) {
    if (!ids.length) return;
    append(body, el("div", "ng-subhead", title));
    const list = el("ul", "ng-list");
    for (const sid of ids.slice(0, 60)) {
      append(list, append(el("li"), ref(sid), note ? el("span", "ng-muted", " · " + note(byId.get(sid))) : null));
    }
    if (ids.length > 60) append(list, el("li", "ng-muted", "and " + (ids.length - 60) + " more"));
    append(body, list);
  }

  network.on("click", (params) => {
    if (params.nodes.length) {
      showDetails(params.nodes[0]);
      markTimeline(params.nodes[0]);
    } else if (!params.edges.length) {
      showDetails(null);
      markTimeline(null);
    }
  });

  /* --- timeline ----------------------------------------------------------------------------------------------- */

  function renderTimeline() {
    const list = clear($("ng-timeline-list"));
    let group = null;
    let shown = 0;
    for (const t of data.timeline) {
      const n = byId.get(t.node);
      if (filtering() && !passes(n)) continue;
      const heading = t.start ? t.start.slice(0, 4) : "Undated";
      if (heading !== group) {
        group = heading;
        append(list, el("div", "ng-tl-group", heading));
      }
      const entry = el("button", "ng-tl-entry ng-tl-" + t.kind);
      entry.type = "button";
      entry.dataset.node = t.node;
      const date = el("span", "ng-tl-date", t.when || "undated");
      if (t.when && !UNMARKED_GRANULARITIES.has(t.granularity)) append(date, el("span", "ng-gran", t.granularity));
      if (t.estimated) append(date, el("span", "ng-gran", "estimated"));
      if (t.basis === "published") append(date, el("span", "ng-gran", "published"));
      if (!t.when && n.firstReported) append(date, el("span", "ng-gran", "reported " + n.firstReported));
      append(entry, date, el("span", "ng-tl-who", t.kind === "event" ? "Event" + (t.who ? " · " + t.who : "") : t.who || "Unknown speaker"));
      append(entry, el("span", "ng-tl-text", clip(t.label, 160)));
      entry.addEventListener("click", () => select(t.node));
      append(list, entry);
      shown += 1;
    }
    if (!shown) append(list, el("p", "ng-empty", "Nothing dated matches the filters."));
    $("ng-timeline-count").textContent = shown === data.timeline.length ? "" : shown + " of " + data.timeline.length;
  }
  function markTimeline(id) {
    for (const entry of document.querySelectorAll(".ng-tl-entry.ng-current")) entry.classList.remove("ng-current");
    if (!id) return;
    for (const entry of document.querySelectorAll(".ng-tl-entry")) {
      if (entry.dataset.node === id) {
        entry.classList.add("ng-current");
        entry.scrollIntoView({ block: "nearest" });
      }
    }
  }

  /* --- header, legend, filters and search ------------------------------------------------------------------ */

  function updateHeader() {
    const count = (pred) => data.nodes.filter(pred).length;
    const parts = [
      plural(count((n) => ACTOR_KINDS.has(n.kind)), "actor"),
      plural(count((n) => n.kind === "statement"), "statement"),
      plural(count((n) => n.kind === "article"), "article"),
      plural(count((n) => n.kind === "outlet"), "outlet"),
    ];
    const events = count((n) => n.kind === "event");
    if (events) parts.push(plural(events, "event"));
    let text = parts.join(" · ");
    if (nodeView.length !== data.nodes.length) text += " — showing " + nodeView.length + " of " + plural(data.nodes.length, "node");
    if (data.whole) {
      const w = data.whole;
      text += " · this page holds part of a story of " + [plural(w.actors, "actor"), plural(w.statements, "statement"),
        plural(w.articles, "article"), plural(w.events, "event")].join(", ") + "; graph.ttl holds it all";
    }
    $("ng-counts").textContent = text;

    const notice = $("ng-notice");
    const focused = !state.everything && !filtering();
    notice.hidden = !focused;
    $("ng-everything").hidden = !data.focus;
    $("ng-everything").textContent = state.everything ? "Focused view" : "Show everything";
    if (focused) {
      clear(notice);
      append(notice, el("span", null, "Large graph: showing the most connected actors and what they said (" + nodeView.length + " of " + data.nodes.length + " nodes)."));
      const all = el("button", "ng-button ng-primary", "Show everything");
      all.type = "button";
      all.addEventListener("click", () => setEverything(true));
      append(notice, all);
    }
  }

  function renderLegend() {
    const legend = clear($("ng-legend"));
    const present = new Set(data.nodes.map((n) => n.kind));
    let section = null;
    for (const [key, k] of Object.entries(KINDS)) {
      if (!present.has(key)) continue;
      if (k.group !== section) {
        section = k.group;
        append(legend, el("div", "ng-legend-title", section));
      }
      const sw = el("span", "ng-sw ng-sw-" + k.shape, k.shape === "star" ? "★" : null);
      if (k.shape === "star") sw.style.color = k.color;
      else sw.style.background = k.color;
      append(legend, append(el("span", "ng-legend-item"), sw, k.name));
    }
    const kinds = new Set(data.edges.map((e) => e.kind));
    if (kinds.size) append(legend, el("div", "ng-legend-title", "Edges"));
    for (const [key, s] of Object.entries(EDGES)) {
      if (!kinds.has(key)) continue;
      const sw = el("span", "ng-sw ng-sw-line" + (s.dashes ? (s.quiet ? " ng-sw-dotted" : " ng-sw-dashed") : ""));
      sw.style.borderTopColor = s.color;
      append(legend, append(el("span", "ng-legend-item"), sw, s.name));
    }
  }

  function fillSelect(select, ids) {
    for (const id of ids) {
      const n = byId.get(id);
      const count = n.kind === "outlet" ? (articlesOf.get(id) || new Set()).size : n.said || 0;
      const option = el("option", null, clip(n.name, 48) + " (" + count + ")");
      option.value = id;
      append(select, option);
    }
  }
  const weight = (n) => (n.said || 0) * 1000 + (n.mentions || 0);
  const byWeight = (a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name);
  fillSelect($("ng-actor"), data.nodes.filter((n) => ACTOR_KINDS.has(n.kind)).sort(byWeight).map((n) => n.id));
  fillSelect(
    $("ng-outlet"),
    data.nodes
      .filter((n) => n.kind === "outlet")
      .sort((a, b) => (articlesOf.get(b.id) || new Set()).size - (articlesOf.get(a.id) || new Set()).size || a.name.localeCompare(b.name))
      .map((n) => n.id)
  );

  function readFilters() {
    state.actor = $("ng-actor").value;
    state.outlet = $("ng-outlet").value;
    state.from = $("ng-from").value;
    state.to = $("ng-to").value;
    state.revealed.clear();
    applyView();
    runSearch();
  }
  for (const id of ["ng-actor", "ng-outlet", "ng-from", "ng-to"]) $(id).addEventListener("change", readFilters);
  $("ng-controls").addEventListener("submit", (event) => event.preventDefault());
  $("ng-controls").addEventListener("reset", () => setTimeout(readFilters, 0));
  function setEverything(on) {
    state.everything = on;
    state.revealed.clear();
    applyView();
  }
  $("ng-everything").addEventListener("click", () => setEverything(!state.everything));
  api.setFilter = (filters) => {
    for (const [key, value] of Object.entries(filters)) $("ng-" + key).value = value;
    readFilters();
  };
  api.showEverything = setEverything;

  let haystacks = null;
  function haystack(n) {
    const parts = [n.name, n.label, ...(n.aliases || []), ...(n.roles || []), n.text || ""];
    for (const r of n.reports || []) parts.push(r.wording, r.outlet);
    return parts.join("\n").toLowerCase();
  }
  const KIND_ORDER = ["person", "organization", "group", "place", "actor", "outlet", "statement", "event", "article"];
  let matches = [];
  let matchIndex = -1;
  function runSearch() {
    const q = $("ng-search").value.trim().toLowerCase();
    const status = $("ng-search-count");
    matches = [];
    matchIndex = -1;
    if (q.length < 2) {
      status.textContent = "";
      network.unselectAll();
      return;
    }
    if (!haystacks) haystacks = new Map(data.nodes.map((n) => [n.id, haystack(n)]));
    const found = data.nodes.filter((n) => haystacks.get(n.id).includes(q));
    found.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    let hidden = 0;
    let revealed = false;
    for (const n of found) {
      if (isVisible(n.id)) matches.push(n.id);
      else if (!filtering() && matches.length < 50) {
        revealed = reveal(n.id) || revealed;
        matches.push(n.id);
      } else hidden += 1;
    }
    status.textContent = found.length ? plural(matches.length, "match", "matches") + (hidden ? " (" + hidden + " hidden by filters)" : "") : "no matches";
    const show = () => {
      network.selectNodes(matches.filter((id) => nodeView.get(id)));
      if (matches.length) {
        showDetails(matches[0]);
        markTimeline(matches[0]);
        network.fit({ nodes: matches, animation: { duration: 300 } });
      }
      api.searched = q;
    };
    if (revealed) {
      applyView();
      network.once("stabilizationIterationsDone", () => setTimeout(show, 0));
    } else {
      show();
    }
  }
  let searchTimer = null;
  $("ng-search").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 150);
  });
  $("ng-search").addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (!matches.length) {
        runSearch();
        return;
      }
      matchIndex = (matchIndex + 1) % matches.length;
      select(matches[matchIndex]);
    } else if (event.key === "Escape") {
      $("ng-search").value = "";
      runSearch();
    }
  });
  api.search = (text) => {
    $("ng-search").value = text;
    runSearch();
  };

  renderLegend();
  updateHeader();
  renderTimeline();
  showDetails(null);
})();
