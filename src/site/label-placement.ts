/**
 * Where a picture's labels go so that no two overlap: each label's width is
 * estimated from its characters and font size (no font is measured at build
 * time), and labels are placed one at a time, most important first, in the
 * first spot around their node that covers no label already placed, no other
 * node and nothing outside the picture. Pure, so builds stay byte-identical.
 */

/** A rectangle in a picture's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a label's text is drawn: its baseline's start, middle or end, as SVG's `text-anchor` says. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

// Advance widths in ems, on the wide side of common sans-serif faces (DejaVu
// Sans, the widest a Linux machine falls back to), so that an estimate never
// comes out narrower than the drawn text.
const NARROW = new Set([..."iljI.,:;'!|()[]"]);
const SEMI = new Set([...'ftr -"/']);
const WIDE = new Set([...'mwMW@%…']);

/**
 * Roughly how wide `text` is drawn at `fontSize`, in the same units, rounded up.
 * @example textWidth('ODM', 13) // 34
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW.has(char)) ems += 0.32;
    else if (SEMI.has(char)) ems += 0.42;
    else if (WIDE.has(char)) ems += 0.98;
    else if (/\p{Lu}/u.test(char)) ems += 0.78;
    else if (/[0-9]/.test(char)) ems += 0.64;
    else if (/[a-z]/.test(char)) ems += 0.63;
    else ems += 0.75;
  }
  return Math.ceil(ems * fontSize);
}

/**
 * `label`, cut at a word (or, for one long word, a letter) with an ellipsis,
 * until it is drawn no wider than `width` at `fontSize`.
 * @example cutToWidth('Rosabella Jerono Mudavadi', 120, 13) // 'Rosabella…'
 */
export function cutToWidth(label: string, width: number, fontSize: number): string {
  if (textWidth(label, fontSize) <= width) return label;
  let words = label.replace(/…$/, '').split(' ');
  while (words.length > 1) {
    words = words.slice(0, -1);
    const cut = `${words.join(' ').replace(/[\s,;:.–—-]+$/, '')}…`;
    if (textWidth(cut, fontSize) <= width) return cut;
  }
  const letters = [...(words[0] ?? '')];
  while (letters.length > 1 && textWidth(`${letters.join('')}…`, fontSize) > width) letters.pop();
  return `${letters.join('')}…`;
}

/** How far a letter reaches above and below its baseline, in ems, and the halo drawn round it. */
const ASCENT = 0.95;
const DESCENT = 0.25;

/**
 * The box a label covers when drawn at `spot`, its halo (`pad` on each side) included.
 * @example labelBox('ODM', { x: 50, y: 20, anchor: 'middle' }, 13, 2) // { left: 31, top: 5.65, right: 69, bottom: 25.25 }
 */
export function labelBox(text: string, spot: LabelSpot, fontSize: number, pad = 2): Box {
  const width = textWidth(text, fontSize);
  const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { left: left - pad, right: left + width + pad, top: spot.y - ASCENT * fontSize - pad, bottom: spot.y + DESCENT * fontSize + pad };
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** A node whose label may be drawn: a circle or square of radius `r` round its centre. */
export interface LabelledNode {
  id: string;
  x: number;
  y: number;
  r: number;
  label: string;
}

export interface PlacementOptions {
  /** The picture's size: a label must stay inside it. */
  width: number;
  height: number;
  fontSize: number;
  /** At most how many labels are placed. */
  limit: number;
}

/**
 * The spots a node's label may take, in order of preference: centred below,
 * centred above, then to the right and to the left.
 */
function spotsAround(node: LabelledNode, fontSize: number): LabelSpot[] {
  const gap = 3;
  const middle = node.y + (ASCENT - DESCENT) * fontSize / 2;
  return [
    { x: node.x, y: node.y + node.r + gap + ASCENT * fontSize, anchor: 'middle' },
    { x: node.x, y: node.y - node.r - gap - DESCENT * fontSize, anchor: 'middle' },
    { x: node.x + node.r + gap + 2, y: middle, anchor: 'start' },
    { x: node.x - node.r - gap - 2, y: middle, anchor: 'end' },
  ].map((spot) => ({ x: round(spot.x), y: round(spot.y), anchor: spot.anchor as LabelSpot['anchor'] }));
}

/**
 * Places labels for `nodes`, taken in the order given (most important first):
 * each gets the first spot around it that overlaps no placed label, no other
 * node and no edge of the picture, or none at all. Returns the spots by node id.
 */
export function placeLabels(nodes: readonly LabelledNode[], options: PlacementOptions): Map<string, LabelSpot> {
  const { width, height, fontSize, limit } = options;
  const shapes = nodes.map((node) => ({ id: node.id, box: { left: node.x - node.r, right: node.x + node.r, top: node.y - node.r, bottom: node.y + node.r } }));
  const placed: Box[] = [];
  const spots = new Map<string, LabelSpot>();
  for (const node of nodes) {
    if (spots.size >= limit) break;
    for (const spot of spotsAround(node, fontSize)) {
      const box = labelBox(node.label, spot, fontSize);
      const inside = box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
      if (!inside || placed.some((other) => overlaps(box, other))) continue;
      if (shapes.some((shape) => shape.id !== node.id && overlaps(box, shape.box))) continue;
      placed.push(box);
      spots.set(node.id, spot);
      break;
    }
  }
  return spots;
}

/** Rounded to a tenth: enough for a picture, and short in the HTML. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
