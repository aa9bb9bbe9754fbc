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
    if (t.when && MARKED_GRANULARITIES.has(t.granularity)) append(date, el("span", "ng-gran", t.granularity));
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
