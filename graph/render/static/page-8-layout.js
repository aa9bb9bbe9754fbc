/* --- the story layout: who said what, in lanes ----------------------------------------------------------------
 *
 * Positions are computed, not simulated, so the same view always looks the same and a large view settles at once.
 * Every speaker heads a block: its dot on the left, what it said (then what it did) stacked to its right, each
 * statement's box joined to the dot by a curve that turns before the boxes start, so no line crosses a box of its
 * own block. Outlets head blocks of their articles; the other actors shown sit in a grid. Blocks fill lanes of one
 * width, each going to the shortest lane, the most quoted first, so they read from the top left. Heights are
 * estimated from the label's length, with room to spare, so labels never overlap.
 *
 * This file holds function declarations only: they are called from the files before it.
 */

function layoutGeometry() {
  return { lane: 380, itemX: 215, gap: 12 };
}

/* How many characters a line of a label holds, by kind of node: the canvas gets labels wrapped here, so the layout
 * knows their height and the browser measures each line once. */
function lineChars(kind) {
  if (kind === "statement" || kind === "event") return 20;
  if (kind === "article") return 22;
  return 16;
}
/* ``text`` broken between words into lines of at most ``perLine`` characters (a longer word has a line of its own),
 * at most four lines. */
function wrapLines(text, perLine) {
  const lines = [];
  for (const w of String(text || "").split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + w.length <= perLine) lines[last] += " " + w;
    else lines.push(w);
  }
  if (lines.length > 4) {
    lines.length = 4;
    lines[3] = lines[3].replace(/…?$/, "…");
  }
  return lines.length ? lines : [""];
}
function wrapLabel(n) {
  return wrapLines(n.label, lineChars(n.kind)).join("\n");
}

/* The height a node takes on the canvas, its label included. */
function itemHeight(n) {
  const lines = wrapLines(n.label, lineChars(n.kind)).length;
  if (n.kind === "statement") return lines * 19 + 18;
  if (n.kind === "event") return 28 + lines * 19;
  if (n.kind === "article") return 26 + lines * 17;
  return 26 + lines * 19; // an actor: its dot and the name under it
}

/* The first speaker (or go-between) of ``n`` that is shown, most quoted first; for an event, its first agent shown
 * (for a claim, its first claimant);
 * for an article, its first outlet shown. */
function headOf(n, shown) {
  let ids;
  if (n.kind === "statement") ids = [...n.speakers, ...(rel.get(n.id) ? [...rel.get(n.id).actors] : [])];
  else if (n.kind === "event") ids = [...authorsOf(n), ...n.agents];
  else if (n.kind === "article") ids = n.publishers;
  else return null;
  const candidates = ids.filter((id) => shown.has(id));
  candidates.sort((a, b) => weight(byId.get(b)) - weight(byId.get(a)) || (a < b ? -1 : 1));
  return candidates.length ? candidates[0] : null;
}

/* Blocks of the view: [{head: actor id or null, items: [node ids]}], in reading order. */
function layoutBlocks(ids) {
  const shown = new Set(ids);
  const under = new Map(); // head id (or "" for none) -> items
  const order = new Map(data.timeline.map((t, i) => [t.node, i]));
  for (const id of ids) {
    const n = byId.get(id);
    if (!DATED_KINDS.has(n.kind) && n.kind !== "article") continue;
    const head = headOf(n, shown) || (n.kind === "article" ? "\u0000articles" : "\u0000" + n.kind);
    if (!under.has(head)) under.set(head, []);
    under.get(head).push(id);
  }
  const rank = (id) => {
    const n = byId.get(id);
    return (n.kind === "statement" ? 0 : n.kind === "event" ? 1 : 2) * 1e7 + (order.has(id) ? order.get(id) : 0);
  };
  const blocks = [];
  for (const [head, items] of under) {
    items.sort((a, b) => rank(a) - rank(b));
    const real = head[0] !== "\u0000";
    const outlet = items.every((i) => byId.get(i).kind === "article"); // articles by outlet go after who said what
    // what no one shown is named for comes after, in short stacks that fill the lanes evenly
    const chunk = real ? items.length : 12;
    for (let i = 0; i < items.length; i += chunk) {
      blocks.push({ head: real ? head : null, items: items.slice(i, i + chunk), outlet, real, size: items.length });
    }
  }
  const said = (block) => (block.head ? weight(byId.get(block.head)) : 0); // the most quoted first, among equals
  blocks.sort((a, b) => a.outlet - b.outlet || b.real - a.real || b.size - a.size || said(b) - said(a) || blockName(a).localeCompare(blockName(b)));
  const heads = new Set(blocks.map((b) => b.head));
  const others = ids.filter((id) => !heads.has(id) && !DATED_KINDS.has(byId.get(id).kind) && byId.get(id).kind !== "article");
  others.sort((a, b) => weight(byId.get(b)) - weight(byId.get(a)) || byId.get(a).name.localeCompare(byId.get(b).name));
  for (let i = 0; i < others.length; i += 12) blocks.push({ head: null, items: [], grid: others.slice(i, i + 12), size: 0 });
  return blocks;
}
function blockName(block) {
  return block.head ? byId.get(block.head).name : "";
}

/* Positions of one block, relative to its top left corner, and its height. */
function placeBlock(block) {
  const g = layoutGeometry();
  if (block.grid) {
    const at = new Map();
    let y = 0;
    for (let i = 0; i < block.grid.length; i += 2) {
      const row = block.grid.slice(i, i + 2);
      const h = Math.max(...row.map((id) => itemHeight(byId.get(id))));
      row.forEach((id, k) => at.set(id, { x: 20 + k * 185, y: y + 10 }));
      y += h + g.gap;
    }
    return { at, height: y };
  }
  const single = stack(block.items, g.itemX);
  const at = single.at;
  let y = single.height;
  if (block.head) {
    at.set(block.head, { x: 20, y: Math.min(18, y / 2) });
    y = Math.max(y, 30 + itemHeight(byId.get(block.head)));
  }
  const placed = { at, height: y };
  if (block.head && block.items.length >= 8) placed.wide = wideBlock(block);
  return placed;
}
/* A speaker with many items across two lanes: its dot between two stacks, the first half on its left. */
function wideBlock(block) {
  const g = layoutGeometry();
  const half = Math.ceil(block.items.length / 2);
  const centre = g.lane + 10;
  const left = stack(block.items.slice(0, half), centre - 195);
  const right = stack(block.items.slice(half), centre + 195);
  const at = new Map([...left.at, ...right.at]);
  at.set(block.head, { x: centre, y: 18 });
  return { at, height: Math.max(left.height, right.height, 30 + itemHeight(byId.get(block.head))) };
}
/* ``ids`` one under another at ``x``, from the top; their positions and the height they take. */
function stack(ids, x) {
  const g = layoutGeometry();
  const at = new Map();
  let y = 0;
  for (const id of ids) {
    const n = byId.get(id);
    const h = itemHeight(n);
    at.set(id, { x, y: y + (n.kind === "statement" ? h / 2 : 14) }); // a box holds its label; others have it below
    y += h + g.gap;
  }
  return { at, height: y };
}

/* Node id -> {x, y} for every id in ``ids``: the blocks in as many lanes as make the view largest in the canvas. */
function storyLayout(ids) {
  const g = layoutGeometry();
  const blocks = layoutBlocks(ids).map((b) => ({ ...b, ...placeBlock(b) }));
  const { width, height } = canvasSize();
  let best = null;
  for (let lanes = 1; lanes <= Math.max(1, blocks.length); lanes += 1) {
    const tall = fillLanes(blocks, lanes, null);
    const scale = Math.min(width / (lanes * g.lane + 60), height / (tall + 60));
    if (!best || scale > best.scale) best = { lanes, scale };
    if (lanes * g.lane * Math.max(best.scale, 0.3) > width * 1.5) break;
  }
  // too many to read at once: as many lanes as fit across at a readable size, read from the top down
  if (best.scale < MIN_SCALE) best.lanes = Math.max(1, Math.min(blocks.length, Math.floor((width / MIN_SCALE - 200) / g.lane)));
  const positions = new Map();
  fillLanes(blocks, best.lanes, positions);
  return positions;
}
/* Put ``blocks`` in ``lanes`` lanes, each in the shortest so far; record positions in ``positions`` (if given) and
 * return the tallest lane's height. */
function fillLanes(blocks, lanes, positions) {
  const g = layoutGeometry();
  const heights = new Array(lanes).fill(0);
  for (const b of blocks) {
    const wide = b.wide && lanes >= 2;
    const span = wide ? 2 : 1;
    const top = (i) => Math.max(...heights.slice(i, i + span));
    let lane = 0;
    for (let i = 1; i + span <= lanes; i += 1) if (top(i) < top(lane) - 1) lane = i;
    const { at, height } = wide ? b.wide : b;
    const y0 = top(lane);
    if (positions) for (const [id, p] of at) positions.set(id, { x: lane * g.lane + p.x, y: y0 + p.y });
    for (let i = lane; i < lane + span; i += 1) heights[i] = y0 + height + 40;
  }
  return Math.max(...heights);
}
