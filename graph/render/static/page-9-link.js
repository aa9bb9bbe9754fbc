/* --- the link: the view in the URL's fragment, the back button and the trail ---------------------------------
 *
 * Every change of view (a filter, an actor clicked, everything shown, a node selected, a kind of line shown or
 * hidden) is written to the fragment (#actor=n3&sel=n12...) as a new history entry, so the browser's back button and
 * the page's own step back through the views, and a link sent with the same file opens on the same view. Node ids are
 * stable for a given page.
 */

function viewOf() {
  const view = new URLSearchParams();
  for (const key of ["actor", "outlet", "akind", "from", "to"]) if (state[key]) view.set(key, state[key]);
  if (state.kinds.size < DATED_PRESENT.length) view.set("kinds", [...state.kinds].join(",") || "none");
  if (state.everything) view.set("all", "1");
  if (state.mode === "lanes") view.set("view", "lanes");
  if (state.selected) view.set("sel", state.selected);
  const lines = Object.keys(EDGES).filter((k) => state.lines.has(k));
  if (lines.join(",") !== Object.keys(EDGES).filter((k) => !QUIET_LINES.has(k)).join(",")) view.set("lines", lines.join(",") || "none");
  return view.toString();
}
/* Write the view to the fragment: a new history entry, or with ``replace`` in place of the current one. */
function saveView(replace) {
  if (state.restoring) return;
  const hash = viewOf();
  if (hash === location.hash.replace(/^#/, "")) return;
  const url = hash ? "#" + hash : location.pathname + location.search;
  if (replace) history.replaceState(null, "", url);
  else {
    state.before.push(location.hash.replace(/^#/, ""));
    history.pushState(null, "", url);
    state.pushed += 1;
  }
  renderTrail();
}
/* Show the view the fragment names; unknown ids and values are ignored. */
function restoreView() {
  const view = new URLSearchParams(location.hash.replace(/^#/, ""));
  const known = (id) => (byId.has(id) ? id : "");
  const kinds = view.has("kinds") ? view.get("kinds").split(",") : DATED_PRESENT;
  state.restoring = true;
  try {
    writeControls({
      actor: known(view.get("actor") || ""),
      outlet: known(view.get("outlet") || ""),
      akind: Object.prototype.hasOwnProperty.call(KIND_NAMES, view.get("akind") || "") ? view.get("akind") : "",
      from: /^\d{4}-\d{2}-\d{2}$/.test(view.get("from") || "") ? view.get("from") : "",
      to: /^\d{4}-\d{2}-\d{2}$/.test(view.get("to") || "") ? view.get("to") : "",
      kinds,
    });
    state.everything = view.get("all") === "1";
    setMode(view.get("view"));
    state.lines = view.has("lines") ? new Set(view.get("lines").split(",").filter((k) => EDGES[k])) : new Set(Object.keys(EDGES).filter((k) => !QUIET_LINES.has(k)));
    for (const b of document.querySelectorAll(".ng-line-toggle")) b.setAttribute("aria-pressed", String(state.lines.has(b.dataset.line)));
    state.selected = known(view.get("sel") || "");
    readFilters();
    if (state.selected) select(state.selected);
    else {
      showDetails(null);
      markTimeline(null);
      network.unselectAll();
    }
  } finally {
    state.restoring = false;
  }
  renderTrail();
}
function renderTrail() {
  const crumbs = clear($("ng-crumbs"));
  const story = el("button", "ng-link", "Story");
  story.type = "button";
  story.addEventListener("click", resetView);
  const steps = [];
  if (state.everything) steps.push("everything");
  else if (!filtering()) steps.push("who said what");
  if (state.actor) steps.push(byId.get(state.actor).name);
  if (state.outlet) steps.push("in " + byId.get(state.outlet).name);
  if (state.akind) steps.push(KIND_NAMES[state.akind]);
  if (state.kinds.size < DATED_PRESENT.length) steps.push([...state.kinds].map((k) => SHOW_NAMES[k] || k).join(" and ") || "nothing dated");
  if (state.from || state.to) steps.push((state.from || "…") + " to " + (state.to || "…"));
  if (state.selected && byId.has(state.selected)) steps.push(clip(byId.get(state.selected).name, 50));
  append(crumbs, story);
  for (const step of steps) append(crumbs, el("span", "ng-crumb-sep", " › "), el("span", "ng-crumb", step));
  $("ng-back").disabled = state.pushed < 1;
}
$("ng-back").addEventListener("click", () => history.back());
for (const mode of ["map", "lanes"]) {
  $("ng-mode-" + mode).addEventListener("click", () => {
    setMode(mode);
    if (mode === "map") fitView();
    saveView();
  });
}
window.addEventListener("popstate", () => {
  state.pushed = Math.max(0, state.pushed - 1);
  state.before.pop();
  restoreView();
});

/* --- start ---------------------------------------------------------------------------------------------------- */

renderLegend();
showDetails(null);
layout.size = null; // the header, trail and legend are filled in now: the canvas has its real size
if (location.hash.length > 1) {
  restoreView();
  history.replaceState(null, "", "#" + viewOf());
} else {
  updateHeader();
  renderTimeline();
  placeNodes();
  laidOut();
}
