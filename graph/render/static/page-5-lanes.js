/* --- the lane view: the timeline on a time axis, one lane per actor ----------------------------------------------
 *
 * Each statement, event or claim sits at its own date and granularity: a day is a mark, a month or a window a band
 * as long as it is; an estimated date has a dashed, hatched band; undated items are listed apart. Lanes hold the most
 * active speakers, agents and claimants, one each, and everyone else in the last. Every item carries its words (after
 * its speaker's name in the last lane), cut short with an ellipsis where the next item begins; the whole text is its
 * tooltip. Items that would touch go on another row; a lane shows LANE_ROWS rows, then marks without words where they
 * fit, and a button for the rest. Every item is a button: clicking it (or Enter) shows its details (sentence, outlets,
 * chain of sources). Claims are not on the timeline beside (nor in `newsgraph timeline`): they are drawn here at the
 * date the graph places them, styled as claims. */

const LANES = 10;
const LANE_ROWS = 6; // rows of a lane with words; more when the reader asks for the whole lane
const ROW = 22; // pixels from one row to the next
const LABEL_MAX = 260; // the most pixels an item's words take beyond its band
const LABEL_FONT = "11.5px " + FONT;
const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
const lanesOpen = new Set(); // lanes the reader asked to see whole, by actor id ("" for the last)
let measureContext = null;

/* The width in pixels ``text`` takes in the lane items' type. */
function textWidth(text) {
  if (!measureContext) {
    measureContext = document.createElement("canvas").getContext("2d");
    measureContext.font = LABEL_FONT;
  }
  return measureContext.measureText(text).width;
}
/* The timeline's entries and the claims, each with its ``kind`` as shown ("statement", "event" or "claim"). */
function laneEntries() {
  const claims = data.nodes.filter((n) => kindOf(n) === "claim").map((n) => ({
    node: n.id,
    kind: "claim",
    label: n.name,
    who: authorsOf(n).map((a) => byId.get(a).name).join(", "),
    when: n.when.start ? n.when.label : "",
    granularity: n.when.granularity,
    start: n.when.start,
    end: n.when.end,
    estimated: Boolean(n.when.estimated),
    basis: n.when.basis,
  }));
  return [...data.timeline, ...claims].filter((t) => !filtering() || passes(byId.get(t.node)));
}
function laneOf(t) {
  const authors = authorsOf(byId.get(t.node)).slice().sort((a, b) => weight(byId.get(b)) - weight(byId.get(a)));
  return authors.length ? authors[0] : "";
}
function renderLanes() {
  const box = clear($("ng-lanes"));
  append(box, laneLegend());
  const items = laneEntries();
  const dated = items.filter((t) => t.when && t.start);
  const undatedItems = items.filter((t) => !(t.when && t.start));
  if (dated.length) {
    const axis = laneRange(dated);
    // the track's width in pixels: the lane box less its padding, the names' column and the track's margin
    axis.width = Math.max(300, (box.clientWidth || 1100) - 36 - 170 - 12);
    const count = new Map();
    for (const t of dated) count.set(laneOf(t), (count.get(laneOf(t)) || 0) + 1);
    const named = [...count.keys()].filter((a) => a).sort((a, b) => count.get(b) - count.get(a) || weight(byId.get(b)) - weight(byId.get(a)));
    const own = new Set(named.slice(0, LANES));
    const lanes = new Map([...own].map((a) => [a, []]));
    lanes.set("", []);
    for (const t of dated) lanes.get(own.has(laneOf(t)) ? laneOf(t) : "").push(t);
    append(box, laneAxis(axis));
    for (const [actor, entries] of lanes) if (entries.length) append(box, laneRow(actor, entries, axis));
  }
  append(box, el("div", "ng-subhead", "Undated (" + undatedItems.length + ")"));
  const list = el("div", "ng-lane-undated");
  for (const t of undatedItems.slice(0, 400)) append(list, laneItem(t, null));
  if (undatedItems.length > 400) append(list, el("span", "ng-muted", "and " + (undatedItems.length - 400) + " more in the timeline beside"));
  append(box, list);
}
/* What the bands mean: one swatch per kind of item shown, and the estimated date's hatching. */
function laneLegend() {
  const legend = el("div", "ng-lane-legend");
  for (const kind of DATED_PRESENT) {
    append(legend, append(el("span", "ng-legend-item"), el("span", "ng-lane-sw ng-lane-" + kind), KINDS[kind].name));
  }
  append(legend, append(el("span", "ng-legend-item"), el("span", "ng-lane-sw ng-lane-estimated"), "estimated date"));
  append(legend, el("span", "ng-muted", "a band is as long as its date is: a day, a week, a month"));
  return legend;
}
/* The days the axis covers: from the first item to the last, unless a few items (at most 1 in 40) lie so far back
 * that the rest would be squeezed into a corner: then from the year of the others' first, and those few sit at the
 * axis's start, marked "earlier", each with its date in its words. */
function laneRange(dated) {
  const starts = dated.map((t) => dayOf(t.start)).sort((a, b) => a - b);
  const last = Math.max(...dated.map((t) => dayOf(t.end || t.start) + 1));
  let first = starts[0];
  const kept = starts[Math.floor(starts.length / 40)];
  if (kept - first > 0.4 * (last - first)) first = Date.UTC(new Date(kept * 864e5).getUTCFullYear(), 0, 1) / 864e5;
  return { first, span: Math.max(last - first, 1), earlier: first > starts[0] };
}
const NICE_YEARS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
const NICE_MONTHS = [1, 2, 3, 6];
const NICE_DAYS = [1, 2, 7, 14];
/* The axis: ticks on round years, months or days, at most about twelve. */
function laneAxis({ first, span, earlier }) {
  const axis = el("div", "ng-lane-axis");
  append(axis, el("div", "ng-lane-name", ""));
  const track = el("div", "ng-lane-track");
  const tick = (day, text) => {
    const mark = el("span", "ng-lane-tick", text);
    mark.style.left = ((100 * (day - first)) / span).toFixed(3) + "%";
    append(track, mark);
  };
  const start = new Date(first * 864e5);
  const fmt = (day, opts) => new Date(day * 864e5).toLocaleDateString("en-GB", { ...opts, timeZone: "UTC" });
  if (earlier) tick(first, "← earlier");
  const days = [];
  if (span > 3 * 366) {
    const step = NICE_YEARS.find((k) => span / 365.25 / k <= 12) || 1000;
    for (let y = Math.ceil(start.getUTCFullYear() / step) * step; days.length < 40; y += step) days.push([Date.UTC(y, 0, 1) / 864e5, String(y)]);
  } else if (span > 70) {
    const step = NICE_MONTHS.find((k) => span / 30.4 / k <= 12) || 12;
    for (let m = Math.ceil(start.getUTCMonth() / step) * step, y = start.getUTCFullYear(); days.length < 40; m += step) {
      const day = Date.UTC(y, m, 1) / 864e5;
      days.push([day, fmt(day, { month: "short", year: "numeric" })]);
    }
  } else {
    const step = NICE_DAYS.find((k) => span / k <= 12) || 14;
    for (let day = first; days.length < 40; day += step) days.push([day, fmt(day, { day: "numeric", month: "short" })]);
  }
  for (const [day, text] of days) if (day >= first + (earlier ? span / 12 : 0) && day <= first + span) tick(day, text);
  return append(axis, track);
}
/* One lane: its name, and its items in rows that never overlap. */
function laneRow(actor, entries, axis) {
  const row = el("div", "ng-lane");
  const head = el("div", "ng-lane-name", actor ? byId.get(actor).name : "Others and no one named");
  head.title = head.textContent;
  append(row, head);
  const track = el("div", "ng-lane-track");
  const rows = []; // per row: where (in pixels) its last item ends
  const cap = lanesOpen.has(actor) ? 200 : LANE_ROWS;
  const px = (day) => ((day - axis.first) / axis.span) * axis.width;
  let left = 0;
  for (const t of entries.slice().sort((a, b) => dayOf(a.start) - dayOf(b.start) || dayOf(b.end || b.start) - dayOf(a.end || a.start))) {
    const from = Math.max(0, px(dayOf(t.start)));
    const band = Math.max(6, px(dayOf(t.end || t.start) + 1) - from);
    const words = (dayOf(t.start) < axis.first ? t.when + " · " : "") + laneWords(t, actor);
    const wide = Math.min(axis.width, Math.max(band, Math.min(textWidth(words) + 16 + (band < 16 ? band : 0), band + LABEL_MAX)));
    // the words go after the band; where the track ends first, before it, ending where the band ends
    const at = from + wide <= axis.width ? from : Math.max(0, from + band - wide);
    let level = rows.findIndex((end) => end + 4 <= at);
    if (level < 0 && rows.length < cap) level = rows.push(-Infinity) - 1;
    let place = { left: at, width: Math.min(wide, axis.width - at), band: from - at, bandWidth: band, level, words };
    if (level < 0) {
      // no row has room for its words: a mark without them, in the first row with room for the band
      level = rows.findIndex((end) => end + 2 <= from);
      if (level < 0) {
        left += 1;
        continue;
      }
      place = { left: from, width: band, band: 0, bandWidth: band, level, words: "" };
    }
    rows[level] = place.left + place.width;
    append(track, laneItem(t, place));
  }
  if (left) append(head, laneMore(actor, left));
  track.style.height = 8 + ROW * Math.max(1, rows.length) + "px";
  return append(row, track);
}
/* The words an item shows on its band: a statement's speakers or a claim's claimants first unless the lane is theirs. */
function laneWords(t, actor) {
  const n = byId.get(t.node);
  const words = clip(t.kind === "statement" ? n.text || n.name : n.name, 120);
  if (t.kind === "event" || !t.who || (actor && authorsOf(n).includes(actor))) return words;
  return t.who + (t.kind === "claim" ? " claims: " : ": ") + words;
}
function laneMore(actor, count) {
  const more = el("button", "ng-link ng-lane-more", "+ " + count + " more");
  more.type = "button";
  more.title = "Show every item of this lane";
  more.addEventListener("click", () => {
    lanesOpen.add(actor);
    renderLanes();
  });
  return more;
}
function laneItem(t, place) {
  const item = el("button", "ng-lane-item ng-lane-" + t.kind + (t.estimated ? " ng-lane-estimated" : ""));
  item.type = "button";
  item.dataset.node = t.node;
  const n = byId.get(t.node);
  const when = t.when ? t.when + (t.estimated ? " (estimated)" : "") + (t.granularity && MARKED_GRANULARITIES.has(t.granularity) ? " · " + t.granularity : "") : "undated";
  const who = t.kind === "claim" ? (t.who || "no one named") + " claims" : t.who || "no one named";
  item.title = when + " — " + who + ": " + clip(t.kind === "statement" ? n.text || t.label : t.label, 400);
  item.setAttribute("aria-label", item.title);
  if (place) {
    item.classList.add("ng-lane-placed");
    item.style.left = place.left.toFixed(1) + "px";
    item.style.width = place.width.toFixed(1) + "px";
    item.style.top = 4 + ROW * place.level + "px";
    const band = el("span", "ng-lane-band");
    band.style.left = place.band.toFixed(1) + "px";
    band.style.width = place.bandWidth.toFixed(1) + "px";
    append(item, band);
    if (place.words) {
      const label = el("span", "ng-lane-label", place.words);
      const beside = (place.bandWidth < 16 ? place.bandWidth + 4 : 5).toFixed(1) + "px"; // a mark's words go beside it
      if (place.band > 0) {
        // the words end where the band does
        label.style.textAlign = "right";
        label.style.paddingRight = beside;
      } else label.style.paddingLeft = beside;
      append(item, label);
    }
  } else {
    item.textContent = (t.who ? t.who + (t.kind === "claim" ? " claims: " : ": ") : "") + clip(n.label, 60);
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
let laneResize = null;
window.addEventListener("resize", () => {
  clearTimeout(laneResize);
  if (state.mode === "lanes") laneResize = setTimeout(renderLanes, 150); // the bands' pixels follow the width
});
