/* newsgraph page: the graph, a details panel, a timeline, search and filters.
 *
 * graph/render/page.py joins page-1-data.js ... page-7-search.js (its PAGE_SCRIPTS), in that order, into one
 * function: each file's top-level names are visible to the files after it (function declarations to all of them).
 *
 * Every name and quote is hostile input. The data arrives as JSON in the <script type="application/json" id="ng-data">
 * element and reaches the page only through textContent, createElement and vis-network's canvas labels; nothing here
 * parses it as HTML, and tooltips are DOM elements, not HTML strings.
 *
 * The data, as graph/render/payload.py defines it (the types named there in brackets). Ids are "n0", "n1", ... for
 * nodes and "e0", ... for edges; a date is "YYYY-MM-DD"; "" means none.
 *
 *   title        the page's title
 *   nodes        [PageNode] every node, each with
 *       id, kind     kind: person, organization, group, place, actor, outlet (actors), article, statement, event
 *       label        at most 48 characters, drawn on the canvas
 *       name         the whole name, title or text
 *       iri          the node's IRI in the graph
 *     an actor or outlet [ActorNode] also has
 *       aliases, roles      lists of strings
 *       said, mentions      how many statements it made, how many mentions of it the articles have
 *       value               said + mentions: its size
 *     an article [ArticleNode]
 *       published           date label of its publication, or ""
 *       sourceFile          the files it was read from, " | " between them
 *       publishers          outlet node ids
 *       authors             actor node ids of its writers
 *       url                 where it was published on the web, or "" (any scheme: only http and https are linked)
 *     a statement [StatementNode]
 *       text                the words said
 *       speakers            actor node ids
 *       when, reports, outlets, reportCount, outletCount, firstReported   as an event's, below
 *       sourceCount         how many independent sources report it
 *     an event [EventNode]
 *       eventType           what kind of event it is, or ""
 *       agents, patients, places   actor node ids: who did it, to whom, where
 *       when [WhenData]     label, granularity ("day", "week", "month", "window", ... "unknown"), start, end (dates),
 *                           text (the time expression's words), value (its TimeML value), estimated (true, false, or
 *                           absent when there is no time), basis ("stated", "published", "estimated", "undated", "")
 *       reports [ReportData] earliest published first: article (node id or null), articleTitle, published (label),
 *                           outlet (publisher names), wording, sentence, via (node id or null), viaName, medium,
 *                           startOffset, endOffset (where the words are in the article's text, or null)
 *       outlets             names of the outlets reporting it
 *       reportCount, outletCount
 *       firstReported       date label of the first report, or ""
 *       claimed             true when it is only what sources claim (not on the timeline); claimedBy: actor node
 *                           ids of those sources; claimCues: the words that attribute it ("say", "allegedly")
 *   edges        [Edge] id, from, to (node ids), kind: said (speaker -> statement), reported (statement or event ->
 *                article), published (article -> outlet), via (statement -> go-between), mentions (article ->
 *                actor), agent (actor -> event), patient (event -> actor), place (event -> place), claims (actor ->
 *                an event one of its reports attributes to that actor)
 *   timeline     [TimelineEntry] statements and events, earliest first, undated last: node (its id), kind
 *                ("statement" or "event"), label (its whole text), who (its speakers' or agents' names), when (date
 *                label, "" when undated), granularity, start, end, estimated, basis (as in when, above)
 *   focus        node ids of the most connected actors and their statements of a large graph, or null (the page
 *                makes its own first view: FIRST_VIEW in page-2-view.js)
 *   whole        [Whole] for a page holding an excerpt: the whole story's actors, statements, events and articles
 *                (counts), or null
 */

const KINDS = {
  person: { name: "Person", shape: "dot", color: "#3b6fb6", group: "Actors" },
  organization: { name: "Organization", shape: "dot", color: "#2a9d8f", group: "Actors" },
  group: { name: "Group", shape: "dot", color: "#8e6bbf", group: "Actors" },
  place: { name: "Place", shape: "dot", color: "#6a994e", group: "Actors" },
  actor: { name: "Other actor", shape: "dot", color: "#7d8597", group: "Actors" },
  statement: { name: "Statement", shape: "box", color: "#fdf0c2", border: "#d9a400", group: "Said and reported" },
  event: { name: "Event", shape: "star", color: "#e5508f", group: "Said and reported" },
  claim: { name: "Claim", shape: "triangle", color: "#b86e1f", fill: "#f6dfc2", group: "Said and reported" },
  article: { name: "Article", shape: "square", color: "#9aa5b1", group: "Said and reported" },
  outlet: { name: "Outlet", shape: "diamond", color: "#e76f51", group: "Said and reported" },
};
const EDGES = {
  said: { name: "said", color: "#3b6fb6", width: 1.8, dashes: false },
  reported: { name: "reported in", color: "#98a2ae", width: 1, dashes: false },
  published: { name: "published by", color: "#e76f51", width: 1.2, dashes: false },
  wrote: { name: "written by", color: "#e76f51", width: 1, dashes: [4, 3] },
  via: { name: "via", color: "#e9a23b", width: 1.5, dashes: [7, 4] },
  mentions: { name: "mentions", color: "#b9c1cb", width: 1, dashes: [2, 4], quiet: true },
  agent: { name: "did", color: "#b0306a", width: 1.8, dashes: false },
  patient: { name: "to", color: "#e5508f", width: 1.2, dashes: [5, 3] },
  place: { name: "in", color: "#6a994e", width: 1.2, dashes: [2, 3] },
  claims: { name: "claims", color: "#b86e1f", width: 1.5, dashes: [6, 3] },
};
const ACTOR_KINDS = new Set(["person", "organization", "group", "place", "actor"]);
const DATED_KINDS = new Set(["statement", "event"]);
// The granularities a date is marked with, as the terminal timeline marks them (graph.export.timeline_rows.when): a day
// needs no mark, a window is marked "estimated", and a period ("the 1980s", "Q3 2004") or an undated time says itself.
const MARKED_GRANULARITIES = new Set(["week", "month", "year"]);
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif';

const data = JSON.parse(document.getElementById("ng-data").textContent);
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const $ = (id) => document.getElementById(id);

/* The kind a node is shown as: an event only its sources claim happened (ng:claimed) is a "claim"; others their own. */
function kindOf(n) {
  return n.kind === "event" && n.claimed ? "claim" : n.kind;
}
/* Who a statement or event is by: a statement's speakers, a claim's claimants, an event's agents; nobody for other
 * nodes. */
function authorsOf(n) {
  if (n.kind === "event") return n.claimed && n.claimedBy.length ? n.claimedBy : n.agents;
  return n.speakers || [];
}

/* How prominent an actor is: the statements it made first, then how often it is mentioned. */
const weight = (n) => (n.said || 0) * 1000 + (n.mentions || 0);
const byWeight = (a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name);

/* --- small DOM helpers: text only --------------------------------------------------------------------------- */

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

/* --- relations the filters need --------------------------------------------------------------------------- */

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
  if (DATED_KINDS.has(n.kind)) {
    const actors = new Set([...authorsOf(n), ...(n.kind === "event" ? [...n.agents, ...n.claimedBy] : [])]);
    rel.set(n.id, { actors, articles: new Set(), outlets: new Set() });
  }
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
