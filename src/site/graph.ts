/**
 * Who appears with whom, as pictures: what every picture shares (labels, line
 * widths, the order of ties) and one entity's neighbourhood, a star on an
 * ellipse; the corpus's network is in `network.ts`. Pure and deterministic:
 * the same content always gives the same coordinates, so builds stay
 * byte-identical. Rendering is in the components.
 */
import { cutToWidth, type LabelSpot } from './label-placement';
import { byStrength } from './order';
import type { EntityKind } from './urls';

/**
 * Another entity as an entity's `coMentions` name it: `count` articles the two
 * share, `paragraphs` that name both, the other's `mentions` in those articles.
 */
export interface CoMentionRef {
  slug: string;
  name: string;
  count: number;
  paragraphs: number;
  mentions: number;
}

/** What the pictures read from a person or party entry. */
export interface GraphEntity {
  kind: EntityKind;
  slug: string;
  name: string;
  /** A party's short form as the articles write it (its `label`), when it has one. */
  label?: string;
  mentionCount: number;
  coMentions: { people: CoMentionRef[]; parties: CoMentionRef[] };
}

/** A point in a picture's coordinates (its SVG viewBox). */
export interface Point {
  x: number;
  y: number;
}

/** Where a label goes relative to its point, as SVG's `text-anchor` says. */
export type Anchor = 'start' | 'middle' | 'end';

/** Labels longer than this are cut, with an ellipsis; the full name is in the node's title. */
const LABEL_LENGTH = 24;

/**
 * A node's visible label: a party's short form when it has one (an acronym or
 * name the articles write), else the name, cut at a word.
 * @example nodeLabel('Azimio la Umoja One Kenya Coalition Party') // 'Azimio la Umoja One…'
 */
export function nodeLabel(name: string, short?: string | null): string {
  if (short) return short;
  if (name.length <= LABEL_LENGTH) return name;
  const cut = name.slice(0, LABEL_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > LABEL_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * A node's accessible name and tooltip: its visible label first (so speech
 * input can say what it sees), the full name when the label is shorter, and a fact.
 * @example nodeTitle('Orange Democratic Movement', 'ODM', '7 mentions') // 'ODM, Orange Democratic Movement: 7 mentions'
 */
export function nodeTitle(name: string, label: string, fact: string): string {
  const labelInName = name.startsWith(label.replace(/…$/, ''));
  return `${labelInName ? name : `${label}, ${name}`}: ${fact}`;
}

/**
 * The square a party's node is drawn as: centred on `at`, `r` from its middle to a side.
 * @example squareAround({ x: 10, y: 10 }, 4) // { x: 6, y: 6, size: 8 }
 */
export function squareAround(at: Point, r: number): Point & { size: number } {
  return { x: round(at.x - r), y: round(at.y - r), size: round(2 * r) };
}

/**
 * The width of a line that stands for `count` shared articles, from 1 (one
 * article) to 5 (the most in the picture), in steps of a tenth.
 * @example edgeWidth(3, 5) // 3
 */
export function edgeWidth(count: number, max: number): number {
  const share = max <= 1 ? 0 : (count - 1) / (max - 1);
  return round(1 + 4 * Math.min(1, Math.max(0, share)));
}

/** The labels' font size in the pictures' units, as `graphs.css` sets it. */
export const LABEL_FONT_SIZE = 13;

/** An entity's co-mentions, people and parties together, strongest first (see `byStrength`). */
export function rankedCoMentions(coMentions: GraphEntity['coMentions']): (CoMentionRef & { kind: EntityKind })[] {
  return [
    ...coMentions.people.map((ref) => ({ ...ref, kind: 'person' as const })),
    ...coMentions.parties.map((ref) => ({ ...ref, kind: 'party' as const })),
  ].sort((a, b) => byStrength(a, b) || compareText(a.kind, b.kind));
}

// ─── One entity's neighbourhood ───────────────────────────────────────────────

/** One of the entities drawn around the centre of a neighbourhood. */
export interface Neighbour extends Point {
  kind: EntityKind;
  slug: string;
  name: string;
  label: string;
  /** Articles shared with the centre. */
  count: number;
  /** The width of the line to the centre. */
  width: number;
  /** Where the label is drawn, and which way it runs from there. */
  labelAt: Point & { anchor: Anchor };
}

/** A star: the entity in the middle, the ones it shares most articles with around it. */
export interface Neighbourhood {
  width: number;
  height: number;
  centre: Point;
  neighbours: Neighbour[];
  /** How many entities it shares articles with in all (the picture may show fewer). */
  total: number;
}

export interface NeighbourhoodOptions {
  /** How many neighbours to draw at most; the rest are in the list beside it. */
  limit?: number;
  /** A party's short form by slug (its `label`), for shorter labels. */
  labels?: ReadonlyMap<string, string | undefined>;
}

const NEIGHBOURHOOD = { width: 760, height: 420, rx: 215, ry: 150, node: 9 } as const;

/**
 * The people and parties an entity shares most articles with, placed on an
 * ellipse around it, strongest first, clockwise from the top.
 */
export function neighbourhood(coMentions: GraphEntity['coMentions'], options: NeighbourhoodOptions = {}): Neighbourhood {
  const { limit = 12, labels = new Map() } = options;
  const { width, height, rx, ry, node } = NEIGHBOURHOOD;
  const centre = { x: width / 2, y: height / 2 };
  const ranked = rankedCoMentions(coMentions);
  const shown = ranked.slice(0, limit);
  const max = Math.max(1, ...shown.map((ref) => ref.count));
  const neighbours = shown.map((ref, index): Neighbour => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / shown.length;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const at = { x: round(centre.x + rx * cos), y: round(centre.y + ry * sin) };
    const labelAt = labelBeside(at, cos, sin, node + 5);
    const label = nodeLabel(ref.name, ref.kind === 'party' ? labels.get(ref.slug) : undefined);
    return {
      kind: ref.kind,
      slug: ref.slug,
      name: ref.name,
      label: cutToWidth(label, roomFor(labelAt, width), LABEL_FONT_SIZE),
      count: ref.count,
      width: edgeWidth(ref.count, max),
      ...at,
      labelAt,
    };
  });
  return { width, height, centre, neighbours, total: ranked.length };
}

/** How wide a label drawn at `spot` may be and stay inside a picture `width` wide. */
function roomFor(spot: LabelSpot, width: number): number {
  const margin = 4;
  if (spot.anchor === 'start') return width - spot.x - margin;
  if (spot.anchor === 'end') return spot.x - margin;
  return 2 * Math.min(spot.x, width - spot.x) - 2 * margin;
}

/** A label outside the ellipse: above or below near the top and bottom, else to the side. */
function labelBeside(at: Point, cos: number, sin: number, gap: number): Point & { anchor: Anchor } {
  if (Math.abs(cos) < 0.3) return { x: at.x, y: round(at.y + (sin < 0 ? -gap : gap + 10)), anchor: 'middle' };
  return { x: round(at.x + (cos > 0 ? gap : -gap)), y: round(at.y + 4), anchor: cos > 0 ? 'start' : 'end' };
}

/** A node's id, as in `data/graph.json`. */
export function idOf(kind: EntityKind, slug: string): string {
  return `${kind}:${slug}`;
}

/** Rounded to a tenth: enough for a picture, and short in the HTML. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
