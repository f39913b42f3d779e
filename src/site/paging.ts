/**
 * How long lists are cut so that no page grows with the corpus: a profile
 * shows the newest articles and the strongest ties, and the whole lists live
 * on pages of their own, paginated (`/people/x/articles/`, `/articles/2/`).
 * Pure: the pages and the pager read the same numbers, and the tests check them.
 */

export interface ListSizes {
  /** Articles shown on a profile or party page; the rest are on its articles pages. */
  entityArticles: number;
  /** People, and parties, shown under "Appears with" on a profile or party page. */
  entityTies: number;
  /** Articles on one page of a paginated list. */
  perPage: number;
}

/**
 * Twenty articles are the newest few months of a busy politician (a screen or
 * two, ~5 KB of snippets); twenty-four ties fill the two columns with the
 * people a reader is after, the ones in the neighbourhood picture and more;
 * a hundred articles a page keep a page near 30 KB with excerpts.
 */
export const defaultListSizes: ListSizes = { entityArticles: 20, entityTies: 24, perPage: 100 };

/**
 * The sizes from SIASA_LIST_SIZES ("articles,ties,perPage", e.g. "2,2,3"),
 * which the tests set to page the small seed site; unset, the defaults.
 */
export function listSizesFrom(value: string | undefined): ListSizes {
  if (value === undefined || value.trim() === '') return defaultListSizes;
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.length !== 3 || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`SIASA_LIST_SIZES is "${value}", but it must be three whole numbers above 0: articles on a profile, ties per kind, articles per page (e.g. 20,24,100).`);
  }
  const [entityArticles, entityTies, perPage] = numbers as [number, number, number];
  return { entityArticles, entityTies, perPage };
}

/** This build's sizes. */
export const listSizes: ListSizes = listSizesFrom(process.env.SIASA_LIST_SIZES);

/** How many pages `total` items fill, `size` a page; an empty list still has its one page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Items in the whole list. */
  total: number;
}

/** The list cut into pages in its own order; always at least one page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    total: items.length,
  }));
}

/**
 * The rest parameter of a page's address: none for the first page (the
 * list's own address), the number for the others.
 * @example pageParam(1) // undefined; pageParam(2) // '2'
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/**
 * The site path of page `number` of the list at `base`.
 * @example pagePath('people/amina-wekesa/articles', 2) // 'people/amina-wekesa/articles/2'
 */
export function pagePath(base: string, number: number): string {
  const trimmed = base.replace(/\/+$/, '');
  return number === 1 ? trimmed : `${trimmed}/${number}`;
}

/** What a pager shows: page numbers, with a gap where a run of them is left out. */
export type PagerItem = number | 'gap';

/**
 * The pages a pager links: the first, the last, and `around` either side of
 * the current one; a gap stands for two or more left-out pages (one left-out
 * page is shown instead, as a gap would take its place anyway).
 * @example pagerItems(6, 12) // [1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]
 */
export function pagerItems(current: number, count: number, around = 2): PagerItem[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && n - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) items.push('gap');
    items.push(n);
  });
  return items;
}

/**
 * The site path of one of a profile's long lists, on pages of its own.
 * @example entityListPath('people', 'amina-wekesa', 'articles') // 'people/amina-wekesa/articles'
 */
export function entityListPath(section: string, slug: string, list: 'articles' | 'appears-with'): string {
  return `${section}/${slug}/${list}`;
}

/** True when a profile shows only the start of a list of `length`, `shown` long, and links the rest. */
export function isCut(length: number, shown: number): boolean {
  return length > shown;
}
