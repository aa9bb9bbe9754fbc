/* --- view state: focus, filters, nodes revealed by search or the timeline ----------------------------------- */

// the kinds the "Show" boxes filter by, those the page holds: statements, claims (events only their sources claim
// happened), events
const DATED_PRESENT = ["statement", "claim", "event"].filter((k) => data.nodes.some((n) => kindOf(n) === k));
// drawn only when asked for: they run across the map (the details panel gives the same facts)
const QUIET_LINES = new Set(["mentions", "reported", "via", "patient", "place"]);
const state = {
  actor: "",
  outlet: "",
  akind: "", // an actor kind: only what actors of that kind said or did
  from: "",
  to: "",
  kinds: new Set(DATED_PRESENT), // statement, event (and claim, when the data has them): what is shown
  lines: new Set(Object.keys(EDGES).filter((k) => !QUIET_LINES.has(k))), // the kinds of edge drawn
  everything: false,
  mode: "map", // "map" or "lanes"
  selected: "", // the node whose details are shown
  pushed: 0, // views this page has added to the browser's history (the back button steps through them)
  before: [], // the fragment each of those views replaced, latest last
  restoring: false, // true while a view is read back from the URL
  revealed: new Set(),
  visible: null, // Set of visible node ids, or null for all
};

function filtering() {
  return Boolean(state.actor || state.outlet || state.akind || state.from || state.to) || state.kinds.size < DATED_PRESENT.length;
}
function passes(n) {
  const r = rel.get(n.id);
  if (!r) return false;
  if (!state.kinds.has(kindOf(n))) return false;
  if (state.actor && !r.actors.has(state.actor)) return false;
  if (state.akind && ![...r.actors].some((a) => byId.get(a).kind === state.akind)) return false;
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
    return new Set([...FIRST_VIEW.ids, ...state.revealed]);
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
  return state.visible === null || state.visible.has(id);
}
/* Shows ``id`` (and who it is by) in a focused or filtered view; false if it was already shown. */
function reveal(id) {
  if (isVisible(id)) return false;
  state.revealed.add(id);
  for (const a of authorsOf(byId.get(id))) state.revealed.add(a);
  return true;
}

/* The first view: who said what. The most quoted actors with their statements (all of them when there are few, else
 * the most reported few of each), who passed them on, and the articles that reported them, by outlet. A story with
 * no statements opens on its events the same way. */
function firstView() {
  const BUDGET = 40;
  const kind = data.nodes.some((n) => n.kind === "statement") ? "statement" : "event";
  const items = data.nodes.filter((n) => n.kind === kind);
  const cap = items.length <= BUDGET ? Infinity : 5;
  const byReports = (a, b) => (b.reportCount || 0) - (a.reportCount || 0) || (a.id < b.id ? -1 : 1);
  const ofActor = new Map();
  for (const n of items) {
    for (const a of authorsOf(n)) {
      if (!ofActor.has(a)) ofActor.set(a, []);
      ofActor.get(a).push(n);
    }
  }
  const chosen = new Set();
  const actors = [...ofActor.keys()].sort((a, b) => ofActor.get(b).length - ofActor.get(a).length || weight(byId.get(b)) - weight(byId.get(a)) || (a < b ? -1 : 1));
  for (const a of actors) {
    if (chosen.size >= BUDGET) break;
    const own = ofActor.get(a).filter((n) => !chosen.has(n.id)).sort(byReports);
    for (const n of own.slice(0, Math.min(cap, BUDGET - chosen.size))) chosen.add(n.id);
  }
  if (cap === Infinity) for (const n of items) chosen.add(n.id); // those nobody is named for
  const ids = new Set();
  for (const id of chosen) {
    ids.add(id);
    const r = rel.get(id);
    for (const a of r.actors) ids.add(a);
    for (const a of r.articles) {
      ids.add(a);
      for (const p of byId.get(a).publishers) ids.add(p);
    }
  }
  return { ids, items: chosen.size, of: items.length, kind, actors: new Set([...chosen].flatMap((id) => authorsOf(byId.get(id)))).size };
}
const FIRST_VIEW = firstView();
