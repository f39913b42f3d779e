import { describe, expect, it } from 'vitest';
import { defaultListSizes, entityListPath, isCut, listSizesFrom, pageCount, pageParam, pagePath, pagerItems, paginate } from '../../src/site/paging';

// Invented articles of a busy MP, newest first, as a profile lists them.
const articles = Array.from({ length: 613 }, (_, index) => ({ slug: `wanjiru-kamau-article-${index + 1}`, title: `Article ${index + 1}` }));

describe('pageCount', () => {
  it('fills whole pages and one more for the rest', () => {
    expect(pageCount(613, 100)).toBe(7);
    expect(pageCount(600, 100)).toBe(6);
    expect(pageCount(601, 100)).toBe(7);
    expect(pageCount(1, 100)).toBe(1);
  });

  it('gives an empty list its one page, never none', () => {
    expect(pageCount(0, 100)).toBe(1);
  });
});

describe('paginate: which articles go on which page', () => {
  const pages = paginate(articles, 100);

  it('cuts the list in its own order, a hundred a page, the rest on the last', () => {
    expect(pages.map((page) => page.items.length)).toEqual([100, 100, 100, 100, 100, 100, 13]);
    expect(pages[0]!.items[0]!.slug).toBe('wanjiru-kamau-article-1');
    expect(pages[1]!.items[0]!.slug).toBe('wanjiru-kamau-article-101');
    expect(pages[6]!.items.at(-1)!.slug).toBe('wanjiru-kamau-article-613');
  });

  it('loses and repeats nothing', () => {
    expect(pages.flatMap((page) => page.items)).toEqual(articles);
  });

  it('numbers the pages from 1 and tells each the count and the total', () => {
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pages.every((page) => page.count === 7 && page.total === 613)).toBe(true);
  });

  it('makes one page, and only one, of a short list', () => {
    const short = paginate(articles.slice(0, 40), 100);
    expect(short).toHaveLength(1);
    expect(short[0]!.items).toHaveLength(40);
    expect(paginate([], 100)).toEqual([{ number: 1, count: 1, items: [], total: 0 }]);
  });
});

describe('page addresses', () => {
  it('gives the first page the list’s own address and the others a number', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
    expect(pagePath('people/wanjiru-kamau/articles', 1)).toBe('people/wanjiru-kamau/articles');
    expect(pagePath('people/wanjiru-kamau/articles/', 3)).toBe('people/wanjiru-kamau/articles/3');
    expect(pagePath('articles', 12)).toBe('articles/12');
  });

  it('puts a profile’s long lists under the profile', () => {
    expect(entityListPath('parties', 'chama-cha-mageuzi', 'articles')).toBe('parties/chama-cha-mageuzi/articles');
    expect(entityListPath('people', 'wanjiru-kamau', 'appears-with')).toBe('people/wanjiru-kamau/appears-with');
  });
});

describe('pagerItems: the pages a pager links', () => {
  it('shows every page of a short list', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two either side, with gaps between', () => {
    expect(pagerItems(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    expect(pagerItems(1, 100)).toEqual([1, 2, 3, 'gap', 100]);
    expect(pagerItems(100, 100)).toEqual([1, 'gap', 98, 99, 100]);
  });

  it('shows a single left-out page rather than a gap in its place', () => {
    expect(pagerItems(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });

  it('always includes the current page, once', () => {
    for (let current = 1; current <= 30; current++) {
      const numbers = pagerItems(current, 30).filter((item) => item !== 'gap');
      expect(numbers.filter((n) => n === current)).toHaveLength(1);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });
});

describe('list sizes', () => {
  it('are the defaults when SIASA_LIST_SIZES is unset or empty', () => {
    expect(listSizesFrom(undefined)).toEqual(defaultListSizes);
    expect(listSizesFrom(' ')).toEqual(defaultListSizes);
    expect(defaultListSizes).toEqual({ entityArticles: 20, entityTies: 24, perPage: 100 });
  });

  it('read three numbers: articles on a profile, ties per kind, articles a page', () => {
    expect(listSizesFrom('1, 2,3')).toEqual({ entityArticles: 1, entityTies: 2, perPage: 3 });
  });

  it('refuse anything else in one sentence naming the variable', () => {
    for (const bad of ['2,2', '0,2,3', 'a,b,c', '2,2,3.5', '2,2,3,4']) {
      expect(() => listSizesFrom(bad)).toThrow(/^SIASA_LIST_SIZES is ".*", but it must be three whole numbers above 0/);
    }
  });

  it('cut a list only when it is longer than what is shown', () => {
    expect(isCut(21, 20)).toBe(true);
    expect(isCut(20, 20)).toBe(false);
    expect(isCut(0, 20)).toBe(false);
  });
});
