/**
 * A party's ties as a picture: the party on the left, its people grouped by
 * how they are tied to it (leader, member…) and the coalitions it is in or
 * includes, one row per name. Pure: rows in a fixed order, so builds repeat.
 */
import { nodeLabel, type Anchor, type Point } from './graph';
import { byName } from './order';
import type { EntityKind } from './urls';

/** What the picture reads from a party entry. */
export interface PartyTies {
  name: string;
  /** Its short form as the articles write it, when it has one. */
  label?: string;
  people: readonly { slug: string; name: string; relation: string }[];
  coalitions: readonly { slug: string; name: string; relation: 'member of' | 'includes' }[];
}

/** The names tied to a party in one way: "leader" people, "member of" coalitions. */
export interface TieGroup {
  relation: string;
  kind: EntityKind;
  members: { slug: string; name: string }[];
}

/**
 * A party's people by relation (each group by name, "member" after the
 * others, which are alphabetical), then its coalitions by relation.
 */
export function groupTies(party: PartyTies): TieGroup[] {
  const people = groupBy(party.people, 'person').sort((a, b) => rankOf(a.relation) - rankOf(b.relation) || byRelation(a, b));
  const coalitions = groupBy(party.coalitions, 'party').sort(byRelation);
  return [...people, ...coalitions];
}

function groupBy(ties: PartyTies['people'], kind: EntityKind): TieGroup[] {
  const groups = new Map<string, Map<string, { slug: string; name: string }>>();
  for (const { slug, name, relation } of ties) {
    const members = groups.get(relation) ?? new Map();
    members.set(slug, { slug, name });
    groups.set(relation, members);
  }
  return [...groups].map(([relation, members]) => ({ relation, kind, members: [...members.values()].sort(byName) }));
}

/** Plain membership says least, so it goes last. */
function rankOf(relation: string): number {
  return relation.toLowerCase() === 'member' ? 1 : 0;
}

function byRelation(a: TieGroup, b: TieGroup): number {
  return byName({ name: a.relation }, { name: b.relation });
}

/** One row of the picture: a linked name, or the count of names left out of a group. */
export type TieRow =
  | ({ type: 'member'; kind: EntityKind; slug: string; name: string; label: string } & Point)
  | ({ type: 'more'; count: number } & Point);

/** A group's box in the middle column and its rows on the right. */
export interface PlacedGroup extends Point {
  relation: string;
  kind: EntityKind;
  /** How many names the group has in all. */
  size: number;
  rows: TieRow[];
}

/** The picture: the party's box, the groups, the rows, in SVG coordinates. */
export interface TieTree {
  width: number;
  height: number;
  root: Point & { label: string; anchor: Anchor };
  groups: PlacedGroup[];
  /** The columns' edges: the root's box, a group's box, and the rows' nodes. */
  columns: typeof COLUMNS;
}

const ROW = 26;
const TOP = 18;
const GAP = 12;
const COLUMNS = { rootLeft: 8, rootRight: 184, groupLeft: 244, groupRight: 424, row: 492 } as const;

/**
 * Places a party's groups in rows: at most `perGroup` names each, then one
 * "n more" row (every name is in the lists on the page).
 */
export function tieTree(party: PartyTies, groups: readonly TieGroup[], { perGroup = 6 } = {}): TieTree {
  let y = TOP;
  const placed = groups.map((group): PlacedGroup => {
    const shown = group.members.slice(0, perGroup);
    const left = group.members.length - shown.length;
    const rows: TieRow[] = shown.map((member) => {
      const row: TieRow = { type: 'member', kind: group.kind, slug: member.slug, name: member.name, label: nodeLabel(member.name), x: COLUMNS.row, y: y + ROW / 2 };
      y += ROW;
      return row;
    });
    if (left > 0) {
      rows.push({ type: 'more', count: left, x: COLUMNS.row, y: y + ROW / 2 });
      y += ROW;
    }
    const first = rows[0]!.y;
    const last = rows[rows.length - 1]!.y;
    y += GAP;
    return { relation: group.relation, kind: group.kind, size: group.members.length, rows, x: COLUMNS.groupLeft, y: (first + last) / 2 };
  });
  const height = Math.max(y - GAP + TOP, 2 * TOP + ROW);
  return {
    width: 760,
    height,
    root: { x: (COLUMNS.rootLeft + COLUMNS.rootRight) / 2, y: height / 2, label: nodeLabel(party.name, party.label), anchor: 'middle' },
    groups: placed,
    columns: COLUMNS,
  };
}

/**
 * A smooth line from one point to another, leaving and arriving horizontally.
 * @example elbow({ x: 0, y: 0 }, { x: 100, y: 50 }) // 'M0 0C50 0 50 50 100 50'
 */
export function elbow(from: Point, to: Point): string {
  const mid = (from.x + to.x) / 2;
  return `M${from.x} ${from.y}C${mid} ${from.y} ${mid} ${to.y} ${to.x} ${to.y}`;
}
