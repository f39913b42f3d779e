import { describe, expect, it } from 'vitest';
import type { ReviewItemEntry } from '../../src/schemas';
import { defaultListSizes, pagePath, paginate } from '../../src/site/paging';
import {
  reviewCounts,
  reviewItemPlace,
  reviewKinds,
  reviewListItems,
  reviewListOf,
  reviewPageOf,
  reviewSummarySize,
} from '../../src/site/review-pages';

/** A review item as the ingest writes it, about invented people; only what the pages read matters here. */
function item(kind: ReviewItemEntry['kind'], names: string[], status: ReviewItemEntry['status'] = 'open'): ReviewItemEntry {
  const slug = `${kind}-${names.join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return { slug, kind, status, message: `${names.join(' or ')}: check this`, names, articles: [], evidence: [], fixes: [] };
}

// A large corpus's report, in the order loadSite gives it (by slug): 250 open
// weak-evidence items, some settled ones and a few of other kinds.
const weak = Array.from({ length: 250 }, (_, index) => item('weak-evidence', [`Wanjiru Kamau ${String(index).padStart(3, '0')}`]));
const report: ReviewItemEntry[] = [
  item('possible-duplicate', ['Otieno Barasa', 'Otieno Baraza']),
  item('title-only', ['Kiprono'], 'settled'),
  item('unattributed-quote', ['Achieng Odhiambo', 'Mwangi Njoroge']),
  ...weak,
  item('weak-evidence', ['Zawadi Chepkoech'], 'settled'),
].sort((a, b) => a.slug.localeCompare(b.slug));

describe('reviewSummarySize: how many items of each kind /review/ shows', () => {
  it('shows as many as a profile shows of its articles, never more than five', () => {
    expect(reviewSummarySize(defaultListSizes)).toBe(5);
    expect(reviewSummarySize({ entityArticles: 1, entityTies: 2, perPage: 2 })).toBe(1);
    expect(reviewSummarySize({ entityArticles: 400, entityTies: 24, perPage: 100 })).toBe(5);
  });
});

describe('the review lists', () => {
  it('puts an open item on its kind\'s list and a settled one on the settled list, whatever its kind', () => {
    expect(reviewListOf(item('weak-evidence', ['Halima Wario']))).toBe('weak-evidence');
    expect(reviewListOf(item('weak-evidence', ['Halima Wario'], 'settled'))).toBe('settled');
    expect(reviewListItems(report, 'settled').map((entry) => entry.slug)).toEqual(['title-only-kiprono', 'weak-evidence-zawadi-chepkoech']);
  });

  it('keeps the report\'s order and leaves out the settled items of the kind', () => {
    const list = reviewListItems(report, 'weak-evidence');
    expect(list).toHaveLength(250);
    expect(list.map((entry) => entry.slug)).toEqual(weak.map((entry) => entry.slug));
  });

  it('counts every kind, open and settled, a kind with nothing as 0', () => {
    const counts = reviewCounts(report);
    expect(counts.map((count) => count.kind)).toEqual(reviewKinds);
    expect(counts.find((count) => count.kind === 'weak-evidence')).toEqual({ kind: 'weak-evidence', open: 250, settled: 1 });
    expect(counts.find((count) => count.kind === 'title-only')).toEqual({ kind: 'title-only', open: 0, settled: 1 });
    expect(counts.find((count) => count.kind === 'stale-editorial')).toEqual({ kind: 'stale-editorial', open: 0, settled: 0 });
    const total = counts.reduce((sum, count) => sum + count.open + count.settled, 0);
    expect(total).toBe(report.length);
  });
});

describe('reviewPageOf: the page a position lands on', () => {
  it('fills a page before the next', () => {
    expect([0, 99, 100, 199, 200, 249].map((position) => reviewPageOf(position, 100))).toEqual([1, 1, 2, 2, 3, 3]);
    expect([0, 1, 2].map((position) => reviewPageOf(position, 2))).toEqual([1, 1, 2]);
  });
});

describe('reviewItemPlace: where a link to an item must lead', () => {
  it('names the page of its kind\'s list that holds it, and its anchor there', () => {
    expect(reviewItemPlace(weak[0]!, report, 100)).toEqual({ path: 'review/weak-evidence', anchor: weak[0]!.slug });
    expect(reviewItemPlace(weak[100]!, report, 100)).toEqual({ path: 'review/weak-evidence/2', anchor: weak[100]!.slug });
    expect(reviewItemPlace(weak[249]!, report, 100)?.path).toBe('review/weak-evidence/3');
  });

  it('leads a settled item to the settled list', () => {
    const settled = report.find((entry) => entry.slug === 'weak-evidence-zawadi-chepkoech')!;
    expect(reviewItemPlace(settled, report, 1)).toEqual({ path: 'review/settled/2', anchor: 'weak-evidence-zawadi-chepkoech' });
  });

  it('agrees with the pages the site paginates, for every item', () => {
    for (const list of [...reviewKinds, 'settled' as const]) {
      for (const page of paginate(reviewListItems(report, list), 100)) {
        for (const entry of page.items) expect(reviewItemPlace(entry, report, 100)?.path).toBe(pagePath(`review/${list}`, page.number));
      }
    }
  });

  it('has no place for an item the report does not hold', () => {
    expect(reviewItemPlace(item('weak-evidence', ['Baraka Kiptoo']), report, 100)).toBeUndefined();
  });
});
