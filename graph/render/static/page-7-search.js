/* --- search: names, aliases, roles, quotes and their wordings ---------------------------------------------- */

// the text searched in each node, made on the first search; what the last search found and which of it Enter showed
const search = { haystacks: null, matches: [], index: -1, timer: null };
function haystack(n) {
  const parts = [n.name, n.label, ...(n.aliases || []), ...(n.roles || []), n.text || ""];
  for (const r of n.reports || []) parts.push(r.wording, r.outlet);
  return parts.join("\n").toLowerCase();
}
/* How well ``n`` matches ``q`` (lower is better): its exact name, a whole word of its name ("blair" in "Tony
 * Blair"), part of its name, an alias or role, its own words, then one outlet's wording of them. */
function matchRank(n, q) {
  const name = n.name.toLowerCase();
  if (name === q) return 0;
  const words = name.split(/[^\p{L}\p{N}'’-]+/u);
  if (words.includes(q) || name.startsWith(q + " ")) return 1;
  if (name.includes(q)) return 2;
  if ((n.aliases || []).some((a) => a.toLowerCase() === q)) return 1;
  if ([...(n.aliases || []), ...(n.roles || [])].some((a) => a.toLowerCase().includes(q))) return 3;
  if ((n.text || "").toLowerCase().includes(q)) return 4;
  return 5;
}
const KIND_ORDER = ["person", "organization", "group", "place", "actor", "outlet", "statement", "event", "article"];
function runSearch() {
  const q = $("ng-search").value.trim().toLowerCase();
  const status = $("ng-search-count");
  const matches = [];
  search.matches = matches;
  search.index = -1;
  if (q.length < 2) {
    status.textContent = "";
    network.unselectAll();
    return;
  }
  if (!search.haystacks) search.haystacks = new Map(data.nodes.map((n) => [n.id, haystack(n)]));
  const found = data.nodes.filter((n) => search.haystacks.get(n.id).includes(q));
  const rank = new Map(found.map((n) => [n.id, matchRank(n, q)]));
  found.sort((a, b) => rank.get(a.id) - rank.get(b.id) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || weight(b) - weight(a));
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
  if (revealed) applyView(); // laid out at once: no simulation to wait for
  show();
}
$("ng-search").addEventListener("input", () => {
  clearTimeout(search.timer);
  search.timer = setTimeout(runSearch, 150);
});
$("ng-search").addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    event.preventDefault();
    if (!search.matches.length) {
      runSearch();
      return;
    }
    search.index = (search.index + 1) % search.matches.length;
    select(search.matches[search.index]);
  } else if (event.key === "Escape" && $("ng-search").value) {
    event.preventDefault(); // the first Escape empties the search; the next closes the details
    $("ng-search").value = "";
    runSearch();
  }
});
api.search = (text) => {
  $("ng-search").value = text;
  runSearch();
};
