/* --- header, legend and filters ----------------------------------------------------------------------------- */

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
