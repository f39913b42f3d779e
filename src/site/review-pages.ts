/**
 * How the review report is cut so that no page of it grows with the corpus:
 * `/review/` sums it up (the counts per kind and the first few open items of
 * each), each kind's open items live on pages of their own
 * (`/review/weak-evidence/`, `/review/weak-evidence/2/`, …) and what the
 * editorial file settled on `/review/settled/`. Pure: the pages, the links to
 * an item and the tests read the same numbers, through the site's one paginator.
 */

import type { ReviewItemEntry } from '../schemas';
import { pagePath, type ListSizes } from './paging';

export type ReviewKind = ReviewItemEntry['kind'];

/** The review lists: one per kind of open item, and one of everything settled. */
export type ReviewList = ReviewKind | 'settled';

/** The kinds in the order the report gives them: what merges or splits people first. */
export const reviewKinds: readonly ReviewKind[] = [
  'possible-duplicate',
  'ambiguous-short-form',
  'title-only',
  'weak-evidence',
  'held-back-fact',
  'unattributed-quote',
  'stale-editorial',
];

/** Most items of one kind the summary shows, whatever the list sizes: an item with its sentences and YAML is a screen's worth. */
export const reviewSummaryMax = 5;

/**
 * How many items of each kind `/review/` shows before linking the rest: as
 * many as a profile shows of its articles, at most `reviewSummaryMax`, so
 * that the summary weighs the same at any corpus size.
 * @example reviewSummarySize({ entityArticles: 20, entityTies: 24, perPage: 100 }) // 5
 */
export function reviewSummarySize(sizes: ListSizes): number {
  return Math.min(sizes.entityArticles, reviewSummaryMax);
}

/**
 * The site path of a review list's first page.
 * @example reviewListPath('weak-evidence') // 'review/weak-evidence'
 */
export function reviewListPath(list: ReviewList): string {
  return `review/${list}`;
}

/** The list an item is on: its kind while open, the settled list once the editorial file settles it. */
export function reviewListOf(item: Pick<ReviewItemEntry, 'kind' | 'status'>): ReviewList {
  return item.status === 'settled' ? 'settled' : item.kind;
}

/** The items of one list, in the report's order (the order they are given in). */
export function reviewListItems<T extends Pick<ReviewItemEntry, 'kind' | 'status'>>(items: readonly T[], list: ReviewList): T[] {
  return items.filter((item) => reviewListOf(item) === list);
}

/** How many items of a kind are open and how many are settled. */
export interface ReviewKindCount {
  kind: ReviewKind;
  open: number;
  settled: number;
}

/** The counts per kind, every kind listed (a kind with nothing is a count of 0, not a missing row). */
export function reviewCounts(items: readonly Pick<ReviewItemEntry, 'kind' | 'status'>[]): ReviewKindCount[] {
  return reviewKinds.map((kind) => {
    const ofKind = items.filter((item) => item.kind === kind);
    const settled = ofKind.filter((item) => item.status === 'settled').length;
    return { kind, open: ofKind.length - settled, settled };
  });
}

/**
 * The 1-based page that the item at `position` (0-based) of a list lands on, `perPage` a page.
 * @example reviewPageOf(0, 100) // 1; reviewPageOf(100, 100) // 2
 */
export function reviewPageOf(position: number, perPage: number): number {
  return Math.floor(position / perPage) + 1;
}

/** Where an item is listed: the site path of its page and its anchor there. */
export interface ReviewItemPlace {
  /** The page's site path, e.g. `review/weak-evidence/2`. */
  path: string;
  /** The item's id on that page: its slug. */
  anchor: string;
}

/**
 * The page of its list that an item is on, and its anchor there; undefined
 * for an item that is not among `items` (the whole report, in its order).
 * @example reviewItemPlace(item, items, 100) // { path: 'review/weak-evidence/2', anchor: 'weak-evidence-amina-wekesa' }
 */
export function reviewItemPlace(item: ReviewItemEntry, items: readonly ReviewItemEntry[], perPage: number): ReviewItemPlace | undefined {
  const list = reviewListOf(item);
  const position = reviewListItems(items, list).findIndex((other) => other.slug === item.slug);
  if (position === -1) return undefined;
  return { path: pagePath(reviewListPath(list), reviewPageOf(position, perPage)), anchor: item.slug };
}
