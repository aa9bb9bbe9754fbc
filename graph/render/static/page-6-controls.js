/* --- header, legend and filters ----------------------------------------------------------------------------- */

/* "N of M" for each kind of node: how many the view shows of how many the page holds. */
function updateHeader() {
  const all = new Map();
  const shown = new Map();
  const group = (n) => (ACTOR_KINDS.has(n.kind) ? "actor" : kindOf(n));
  for (const n of data.nodes) {
    const g = group(n);
    all.set(g, (all.get(g) || 0) + 1);
    if (isVisible(n.id)) shown.set(g, (shown.get(g) || 0) + 1);
  }
  const parts = [];
  for (const [g, one] of [["actor", "actor"], ["statement", "statement"], ["claim", "claim"], ["event", "event"], ["article", "article"], ["outlet", "outlet"]]) {
    const total = all.get(g) || 0;
    if (!total && g !== "statement" && g !== "actor") continue;
    const part = shown.get(g) || 0;
    parts.push((part === total ? "" : part + " of ") + plural(total, one));
  }
  let text = (nodeView.length === data.nodes.length ? "Showing all: " : "Showing ") + parts.join(" · ");
  if (data.whole) {
    const w = data.whole;
    text += " · this page holds part of a story of " + [plural(w.actors, "actor"), plural(w.statements, "statement"),
      plural(w.articles, "article"), plural(w.events, "event")].join(", ") + "; graph.ttl holds it all";
  }
  $("ng-counts").textContent = text;

  const notice = $("ng-notice");
  const first = !state.everything && !filtering();
  const partial = nodeView.length < data.nodes.length;
  notice.hidden = !(first && partial);
  $("ng-everything").hidden = first;
  $("ng-everything").textContent = state.everything || !first ? "First view" : "Show everything";
  if (first && partial) {
    clear(notice);
    const what = FIRST_VIEW.kind === "statement" ? "said" : "did";
    append(notice, el("span", null, "Who " + what + " what: " + plural(FIRST_VIEW.actors, "actor") + ", " +
      FIRST_VIEW.items + " of " + plural(FIRST_VIEW.of, FIRST_VIEW.kind) + " · click an actor for all"));
    const everything = el("button", "ng-button ng-primary", "Show everything");
    everything.type = "button";
    everything.addEventListener("click", () => setEverything(true));
    append(notice, everything);
  }
  renderTrail();
}

function renderLegend() {
  const legend = clear($("ng-legend"));
  const present = new Set(data.nodes.map(kindOf));
  let section = null;
  for (const [key, k] of Object.entries(KINDS)) {
    if (!present.has(key)) continue;
    if (k.group !== section) {
      section = k.group;
      append(legend, el("div", "ng-legend-title", section));
    }
    const glyph = { star: "★", triangle: "▲" }[k.shape];
    const sw = el("span", "ng-sw ng-sw-" + k.shape, glyph || null);
    if (glyph) sw.style.color = k.color;
    else sw.style.background = k.color;
    append(legend, append(el("span", "ng-legend-item"), sw, k.name));
  }
  const kinds = new Set(data.edges.map((e) => e.kind));
  if (kinds.size) append(legend, el("div", "ng-legend-title", "Lines (click to show or hide)"));
  for (const [key, s] of Object.entries(EDGES)) {
    if (!kinds.has(key)) continue;
    const sw = el("span", "ng-sw ng-sw-line" + (s.dashes ? (s.quiet ? " ng-sw-dotted" : " ng-sw-dashed") : ""));
    sw.style.borderTopColor = s.color;
    const toggle = append(el("button", "ng-legend-item ng-line-toggle"), sw, s.name);
    toggle.type = "button";
    toggle.dataset.line = key;
    toggle.setAttribute("aria-pressed", String(state.lines.has(key)));
    toggle.addEventListener("click", () => setLine(key, !state.lines.has(key)));
    append(legend, toggle);
  }
}
function setLine(kind, on) {
  if (on) state.lines.add(kind);
  else state.lines.delete(kind);
  for (const b of document.querySelectorAll(".ng-line-toggle")) b.setAttribute("aria-pressed", String(state.lines.has(b.dataset.line)));
  refreshLines();
}
api.setLine = setLine;

function fillSelect(select, ids) {
  for (const id of ids) {
    const n = byId.get(id);
    const count = n.kind === "outlet" ? (articlesOf.get(id) || new Set()).size : n.said || 0;
    const option = el("option", null, clip(n.name, 48) + " (" + count + ")");
    option.value = id;
    append(select, option);
  }
}
fillSelect($("ng-actor"), data.nodes.filter((n) => ACTOR_KINDS.has(n.kind)).sort(byWeight).map((n) => n.id));
fillSelect(
  $("ng-outlet"),
  data.nodes
    .filter((n) => n.kind === "outlet")
    .sort((a, b) => (articlesOf.get(b.id) || new Set()).size - (articlesOf.get(a.id) || new Set()).size || a.name.localeCompare(b.name))
    .map((n) => n.id)
);

const KIND_NAMES = { person: "People", organization: "Organizations", group: "Groups", place: "Places", actor: "Other actors" };
for (const kind of Object.keys(KIND_NAMES)) {
  if (!data.nodes.some((n) => n.kind === kind && n.said)) continue;
  const option = el("option", null, KIND_NAMES[kind]);
  option.value = kind;
  append($("ng-akind"), option);
}
const SHOW_NAMES = { statement: "Statements", claim: "Claims", event: "Events" };
for (const kind of DATED_PRESENT) {
  const box = el("input");
  box.type = "checkbox";
  box.id = "ng-kind-" + kind;
  box.checked = true;
  box.addEventListener("change", readFilters);
  append($("ng-kinds"), append(el("label", "ng-check"), box, " " + (SHOW_NAMES[kind] || kind)));
}
function readFilters() {
  state.actor = $("ng-actor").value;
  state.outlet = $("ng-outlet").value;
  state.akind = $("ng-akind").value;
  state.kinds = new Set(DATED_PRESENT.filter((k) => $("ng-kind-" + k).checked));
  state.from = $("ng-from").value;
  state.to = $("ng-to").value;
  state.revealed.clear();
  applyView();
  runSearch();
}
for (const id of ["ng-actor", "ng-outlet", "ng-akind", "ng-from", "ng-to"]) $(id).addEventListener("change", readFilters);
$("ng-controls").addEventListener("submit", (event) => event.preventDefault());
$("ng-controls").addEventListener("reset", () => setTimeout(resetView, 0));
/* Back to the first view: no filter, nothing revealed, nothing selected. */
function resetView() {
  writeControls({ actor: "", outlet: "", akind: "", from: "", to: "", kinds: DATED_PRESENT });
  state.everything = false;
  state.selected = "";
  showDetails(null);
  readFilters();
}
/* Set the filter controls to ``view`` (the fields of a saved view). */
function writeControls(view) {
  for (const key of ["actor", "outlet", "akind", "from", "to"]) $("ng-" + key).value = view[key] || "";
  for (const k of DATED_PRESENT) $("ng-kind-" + k).checked = view.kinds.includes(k);
}
function setEverything(on) {
  state.everything = on;
  state.revealed.clear();
  applyView();
}
$("ng-everything").addEventListener("click", () => {
  if (state.everything || filtering()) resetView();
  else setEverything(true);
});
api.setFilter = (filters) => {
  for (const [key, value] of Object.entries(filters)) {
    if (key === "kinds") for (const k of DATED_PRESENT) $("ng-kind-" + k).checked = value.includes(k);
    else $("ng-" + key).value = value;
  }
  readFilters();
};
api.showEverything = setEverything;

/* --- the keyboard: arrows move the map, + and - zoom it, 0 fits it; Escape closes the details, then steps back --- */

const PAN_STEP = 120; // screen pixels an arrow key moves the map
function panBy(dx, dy) {
  const scale = network.getScale();
  const at = network.getViewPosition();
  network.moveTo({ position: { x: at.x + dx / scale, y: at.y + dy / scale }, animation: false });
  layout.moved = true;
}
function zoomBy(factor) {
  network.moveTo({ scale: Math.min(4, Math.max(0.03, network.getScale() * factor)), animation: false });
  layout.moved = true;
}
const MAP_KEYS = {
  ArrowLeft: () => panBy(-PAN_STEP, 0),
  ArrowRight: () => panBy(PAN_STEP, 0),
  ArrowUp: () => panBy(0, -PAN_STEP),
  ArrowDown: () => panBy(0, PAN_STEP),
  "+": () => zoomBy(1.25),
  "=": () => zoomBy(1.25),
  "-": () => zoomBy(0.8),
  _: () => zoomBy(0.8),
  0: fitView,
};
$("ng-graph").tabIndex = 0;
$("ng-graph").setAttribute("role", "application");
$("ng-graph").setAttribute("aria-label", "Map of the story: arrow keys move it, + and - zoom, 0 fits it to the window");
$("ng-graph").addEventListener("keydown", (event) => {
  const act = MAP_KEYS[event.key];
  if (!act || event.ctrlKey || event.metaKey || event.altKey) return;
  event.preventDefault();
  act();
});
$("ng-details").tabIndex = -1; // where the focus goes when the details it was in close
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || event.defaultPrevented) return;
  if (state.selected) {
    const inside = $("ng-details").contains(document.activeElement);
    const selected = state.selected;
    state.selected = "";
    const closed = viewOf();
    state.selected = selected;
    // the view before was this one without the details: step back to it; else close them where the reader is
    if (state.before.length && state.before[state.before.length - 1] === closed) history.back();
    else deselect(true);
    if (inside) $("ng-details").focus();
  } else if (state.pushed > 0) {
    history.back();
  }
});
