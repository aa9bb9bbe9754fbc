/* --- what each kind of node shows: in its tooltip and in the details panel --------------------------------- */

const undated = () => el("span", "ng-muted", "undated");
const edgesTo = (id, kind) => data.edges.filter((e) => e.kind === kind && e.to === id).map((e) => e.from);
const edgesFrom = (id, kind) => data.edges.filter((e) => e.kind === kind && e.from === id).map((e) => e.to);

/* Per kind (actors and outlets share "actor"): ``tip`` the tooltip's notes after the kind's name; ``title`` the
 * panel's heading (default: the name); ``facts`` its rows, [term, text or node or list of them], empty ones left
 * out; ``wording`` how a report's words read under "Wording by outlet" (no such list without it); ``lists`` the
 * [title, node ids] lists at the end. */
const DETAILS = {
  statement: {
    tipName: (n) => clip(n.text || n.name, 240),
    tip: (n) => [n.when.label, plural(n.reportCount || 0, "report"), plural(n.sourceCount || 0, "independent source")],
    title: (n) => el("blockquote", "ng-quote", n.text || n.name),
    facts: (n) => [
      ["Speaker", n.speakers.map(ref)],
      ["When", whenNode(n.when) || undated()],
      ["Reported", plural(n.reportCount, "report") + " in " + plural(n.outletCount, "outlet")],
      ["Independent sources", String(n.sourceCount || 0)],
      ["Corroboration", corroboration(n)],
      ["Outlets", n.outlets.join(", ")],
      ["First reported", n.firstReported],
    ],
    wording: (r) => "“" + (r.wording || r.sentence) + "”",
  },
  article: {
    tip: (n) => [n.published],
    facts: (n) => [
      ["Published", n.published],
      ["Outlet", n.publishers.map(ref)],
      ["By", n.authors.map(ref)],
      ["File", n.sourceFile],
      ["Web", n.url ? webLink(n.url) : ""],
      ["Reports", plural(edgesTo(n.id, "reported").length, "statement")],
    ],
    lists: (n) => [["Statements", edgesTo(n.id, "reported")]],
  },
  event: {
    tip: (n) => [claimedBy(n), n.eventType, n.when.label, plural(n.reportCount || 0, "report")],
    facts: (n) => [
      ["Claim", claimNote(n)],
      ["Claimed by", n.claimedBy.map(ref)],
      ["Type", n.eventType],
      ["When", whenNode(n.when) || undated()],
      ["Who", n.agents.map(ref)],
      ["To whom", n.patients.map(ref)],
      ["Where", n.places.map(ref)],
      ["Reported", plural(n.reportCount || 0, "report") + " in " + plural(n.outletCount || 0, "outlet")],
      ["First reported", n.firstReported],
    ],
    wording: (r) => r.sentence || r.wording,
  },
  actor: {
    tip: (n) => [plural(n.said || 0, "statement"), plural(n.mentions || 0, "mention")],
    facts: (n) => [
      ["Also called", n.aliases.join("; ")],
      ["Role", n.roles.join("; ")],
      ["Said", plural(n.said || 0, "statement")],
      ["Mentions", String(n.mentions || 0)],
      ["Articles", n.kind === "outlet" && articlesOf.has(n.id) ? plural(articlesOf.get(n.id).size, "article") : ""],
    ],
    lists: (n) => [
      ["Statements", edgesFrom(n.id, "said")],
      ["Passed on", edgesTo(n.id, "via")],
    ],
  },
};
/* What kind of claim an event is: only what its sources claim, or also told as fact; "" for no claim. */
function claimNote(n) {
  const cues = n.claimCues.length ? " (" + n.claimCues.map((c) => "“" + c + "”").join(", ") + ")" : "";
  if (n.claimed) return "only what its sources claim happened" + cues + ", not what the articles report as fact";
  if (n.claimedBy.length || n.claimCues.length) return "some reports attribute it to a source" + cues + "; others tell it as fact";
  return "";
}
/* "claimed by X and Y", "claimed by no one named", or "" for an event no report attributes to anyone. */
function claimedBy(n) {
  if (!n.claimed && !n.claimedBy.length) return "";
  const who = n.claimedBy.map((id) => byId.get(id).name);
  return "claimed by " + (who.length ? who.join(" and ") : "no one named");
}
function detailsOf(n) {
  return DETAILS[n.kind] || DETAILS.actor;
}

function tooltip(n) {
  const view = detailsOf(n);
  const box = el("div", "ng-tip");
  box.style.maxWidth = "340px";
  box.style.whiteSpace = "normal";
  append(box, el("strong", null, view.tipName ? view.tipName(n) : n.name));
  const bits = [KINDS[kindOf(n)] ? KINDS[kindOf(n)].name : n.kind, ...view.tip(n).filter(Boolean)];
  append(box, el("div", "ng-muted", bits.join(" · ")));
  return box;
}

function showDetails(id) {
  const body = clear($("ng-details-body"));
  const n = byId.get(id);
  if (!n) {
    showOverview(body);
    return;
  }
  const view = detailsOf(n);
  append(body, kindChip(kindOf(n)), view.title ? view.title(n) : el("h3", null, n.name), facts(view.facts(n)));
  if (view.wording && n.reports.length) appendReports(body, n.reports, view.wording);
  for (const [title, ids] of view.lists ? view.lists(n) : []) appendRefList(body, title, ids);
  const iri = el("div", "ng-iri", n.iri);
  iri.title = "IRI in the graph";
  append(body, iri);
}
/* Nothing selected: the most quoted actors and the most reported statements. */
function showOverview(body) {
  append(body, el("p", "ng-empty", "Click a node or a timeline entry to see who said what, when, and who reported it."));
  const speakers = data.nodes.filter((x) => x.said).sort(byWeight).slice(0, 5);
  const reported = data.nodes
    .filter((x) => x.kind === "statement" && x.reportCount > 1)
    .sort((a, b) => b.reportCount - a.reportCount || a.name.localeCompare(b.name))
    .slice(0, 5);
  appendRefList(body, "Most quoted", speakers.map((x) => x.id), (x) => plural(x.said, "statement"));
  appendRefList(body, "Most reported", reported.map((x) => x.id), (x) => plural(x.reportCount, "report"));
}

/* --- the panel's parts -------------------------------------------------------------------------------------- */

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
    const article = r.article ? byId.get(r.article) : null;
    if (article && article.url) append(meta, " · ", webLink(article.url, "article"));
    append(item, meta, el("p", "ng-report-quote", words(r)));
    if (r.sentence && r.sentence !== words(r)) append(item, el("p", "ng-report-sentence", "Sentence: " + r.sentence));
    const chain = [r.outlet || "an unknown outlet", r.viaName ? "citing " + r.viaName : null].filter(Boolean).join(", ");
    const where = r.startOffset !== null && r.startOffset !== undefined ? "characters " + r.startOffset + "–" + r.endOffset + " of the article" : "";
    append(item, el("div", "ng-report-meta", "Source chain: " + chain + (where ? " · " + where : "")));
    append(list, item);
  }
  append(body, list);
}
/* A link for an http or https address; any other address is shown as text, never followed. */
function webLink(url, text) {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return el("span", "ng-muted", url);
  const a = el("a", "ng-web", text || url);
  a.href = url;
  a.rel = "noopener noreferrer";
  a.target = "_blank";
  a.title = url;
  return a;
}
/* Why a statement counts as corroborated: how many outlets, how many independent sources, and who cites whom. */
function corroboration(n) {
  const cite = new Map(); // go-between -> outlets citing it
  const direct = new Set();
  for (const r of n.reports) {
    const outlet = r.outlet || "an unknown outlet";
    if (r.viaName) {
      if (!cite.has(r.viaName)) cite.set(r.viaName, new Set());
      cite.get(r.viaName).add(outlet);
    } else direct.add(outlet);
  }
  const head = plural(n.outletCount || 0, "outlet") + ", " + plural(n.sourceCount || 0, "independent source");
  const parts = [];
  for (const [via, outlets] of cite) {
    const list = [...outlets];
    parts.push((list.length > 1 ? "both " : "") + list.join(" and ") + (list.length > 1 ? " cite " : " cites ") + via);
  }
  if (direct.size) parts.push([...direct].join(" and ") + (direct.size > 1 ? " report it first-hand" : " reports it first-hand"));
  return parts.length ? head + ": " + parts.join("; ") : head;
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

function whenNode(when) {
  if (!when || !when.label) return null;
  const span = el("span", null, when.label);
  if (when.granularity && MARKED_GRANULARITIES.has(when.granularity)) append(span, el("span", "ng-gran", when.granularity));
  if (when.estimated) append(span, el("span", "ng-gran", "estimated"));
  if (when.basis === "published") append(span, el("span", "ng-gran", "publication date"));
  if (when.text && when.text !== when.label) append(span, el("div", "ng-muted", "“" + when.text + "”"));
  return span;
}
