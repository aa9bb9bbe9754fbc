/* --- view state: focus, filters, nodes revealed by search or the timeline ----------------------------------- */

const state = {
  actor: "",
  outlet: "",
  from: "",
  to: "",
  everything: !data.focus,
  revealed: new Set(),
  visible: null, // Set of visible node ids, or null for all
};

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
  return state.visible === null || state.visible.has(id);
}
/* Shows ``id`` (and who it is by) in a focused or filtered view; false if it was already shown. */
function reveal(id) {
  if (isVisible(id)) return false;
  state.revealed.add(id);
  for (const a of authorsOf(byId.get(id))) state.revealed.add(a);
  return true;
}
