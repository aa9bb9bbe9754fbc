/* --- timeline ----------------------------------------------------------------------------------------------- */

const TIMELINE_PAGE = 400; // entries drawn at first: thousands of them would hold up every change of view
function renderTimeline(all) {
  const list = clear($("ng-timeline-list"));
  let group = null;
  let shown = 0;
  let left = 0;
  for (const t of data.timeline) {
    const n = byId.get(t.node);
    if (filtering() && !passes(n)) continue;
    if (shown >= TIMELINE_PAGE && !all) {
      left += 1;
      continue;
    }
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
  if (left) {
    const more = el("button", "ng-button", "Show the other " + left);
    more.type = "button";
    more.addEventListener("click", () => renderTimeline(true));
    append(list, more);
  }
  const matching = shown + left;
  $("ng-timeline-count").textContent = matching === data.timeline.length ? "" : matching + " of " + data.timeline.length;
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


/* --- the lane view: the timeline on a time axis, one lane per actor ----------------------------------------------
 *
 * Each statement or event sits at its own date and granularity: a day is a mark, a month or a window a band as long
 * as it is; an estimated date has a dashed, hatched band; undated items are listed apart. Lanes hold the most active
 * speakers and agents, one each, and everyone else in the last; items that would touch in a lane go on a second row.
 * Every item is a button: clicking it (or Enter) shows its details (sentence, outlets, chain of sources). */

const LANES = 10;
const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;

function laneOf(t) {
  const authors = authorsOf(byId.get(t.node)).slice().sort((a, b) => weight(byId.get(b)) - weight(byId.get(a)));
  return authors.length ? authors[0] : "";
}
function renderLanes() {
  const box = clear($("ng-lanes"));
  const items = data.timeline.filter((t) => !(filtering() && !passes(byId.get(t.node))));
  const dated = items.filter((t) => t.when && t.start);
  const undatedItems = items.filter((t) => !(t.when && t.start));
  if (dated.length) {
    const first = Math.min(...dated.map((t) => dayOf(t.start)));
    const last = Math.max(...dated.map((t) => dayOf(t.end || t.start) + 1));
    const span = Math.max(last - first, 1);
    const count = new Map();
    for (const t of dated) count.set(laneOf(t), (count.get(laneOf(t)) || 0) + 1);
    const named = [...count.keys()].filter((a) => a).sort((a, b) => count.get(b) - count.get(a) || weight(byId.get(b)) - weight(byId.get(a)));
    const own = new Set(named.slice(0, LANES));
    const lanes = new Map([...own].map((a) => [a, []]));
    lanes.set("", []);
    for (const t of dated) lanes.get(own.has(laneOf(t)) ? laneOf(t) : "").push(t);
    append(box, laneAxis(first, span));
    for (const [actor, entries] of lanes) {
      if (!entries.length) continue;
      append(box, laneRow(actor ? byId.get(actor).name : "Others and no one named", entries, first, span));
    }
  }
  append(box, el("div", "ng-subhead", "Undated (" + undatedItems.length + ")"));
  const list = el("div", "ng-lane-undated");
  for (const t of undatedItems.slice(0, 400)) append(list, laneItem(t, null));
  if (undatedItems.length > 400) append(list, el("span", "ng-muted", "and " + (undatedItems.length - 400) + " more in the timeline beside"));
  append(box, list);
}
function laneAxis(first, span) {
  const axis = el("div", "ng-lane-axis");
  append(axis, el("div", "ng-lane-name", ""));
  const track = el("div", "ng-lane-track");
  const start = new Date(first * 864e5);
  const years = span > 3 * 366;
  const step = years ? Math.max(1, Math.ceil(span / 366 / 12)) : Math.max(1, Math.ceil(span / 31 / 12));
  let y = start.getUTCFullYear();
  let m = years ? 0 : start.getUTCMonth();
  for (let guard = 0; guard < 200; guard += 1) {
    const day = Date.UTC(y, m, 1) / 864e5;
    if (day > first + span) break;
    if (day >= first) {
      const tick = el("span", "ng-lane-tick", years ? String(y) : new Date(day * 864e5).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }));
      tick.style.left = ((100 * (day - first)) / span).toFixed(3) + "%";
      append(track, tick);
    }
    if (years) y += step;
    else {
      m += step;
      y += Math.floor(m / 12);
      m %= 12;
    }
  }
  return append(axis, track);
}
function laneRow(name, entries, first, span) {
  const row = el("div", "ng-lane");
  append(row, el("div", "ng-lane-name", name));
  const track = el("div", "ng-lane-track");
  const ends = []; // per row within the lane: where its last item ends (in days)
  const room = span / 120; // items closer than this would touch
  for (const t of entries.slice().sort((a, b) => dayOf(a.start) - dayOf(b.start))) {
    const from = dayOf(t.start);
    const to = dayOf(t.end || t.start) + 1;
    let level = ends.findIndex((end) => end + room <= from);
    if (level < 0) level = ends.push(0) - 1;
    ends[level] = Math.max(to, from + room);
    const item = laneItem(t, { left: (100 * (from - first)) / span, width: (100 * (to - from)) / span, level });
    append(track, item);
  }
  track.style.height = 8 + 22 * Math.max(1, ends.length) + "px";
  return append(row, track);
}
function laneItem(t, place) {
  const item = el("button", "ng-lane-item ng-lane-" + t.kind + (t.estimated ? " ng-lane-estimated" : ""));
  item.type = "button";
  item.dataset.node = t.node;
  const n = byId.get(t.node);
  const when = t.when ? t.when + (t.estimated ? " (estimated)" : "") + (t.granularity && !UNMARKED_GRANULARITIES.has(t.granularity) ? " · " + t.granularity : "") : "undated";
  item.title = when + " — " + (t.who || "no one named") + ": " + clip(t.label, 200);
  item.setAttribute("aria-label", item.title);
  if (place) {
    item.style.left = place.left.toFixed(3) + "%";
    item.style.width = "max(10px, " + place.width.toFixed(3) + "%)";
    item.style.top = 4 + 22 * place.level + "px";
  } else {
    item.textContent = (t.who ? t.who + ": " : "") + clip(n.label, 60);
  }
  item.addEventListener("click", () => {
    state.selected = t.node;
    showDetails(t.node);
    markTimeline(t.node);
    for (const other of document.querySelectorAll(".ng-lane-item.ng-current")) other.classList.remove("ng-current");
    item.classList.add("ng-current");
    saveView();
  });
  return item;
}
/* Show the map or the lanes. */
function setMode(mode) {
  state.mode = mode === "lanes" ? "lanes" : "map";
  $("ng-lanes").hidden = state.mode !== "lanes";
  $("ng-graph").hidden = state.mode === "lanes";
  $("ng-mode-map").setAttribute("aria-pressed", String(state.mode === "map"));
  $("ng-mode-lanes").setAttribute("aria-pressed", String(state.mode === "lanes"));
  if (state.mode === "lanes") renderLanes();
}
