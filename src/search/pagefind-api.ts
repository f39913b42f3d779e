/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js` in the built
 * site) that the site uses, typed, and the one place that loads it.
 * Shapes follow https://pagefind.app/docs/api/ and /docs/sub-results/.
 */
import type { PagefindSearchOptions } from './state';

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Fetches the index chunks a query will need, without searching. */
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  /** `null` searches nothing but the filters (and sort). */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Adds another bundle's index to this one's searches; the options are that index's own. */
  mergeIndex(bundleUrl: string, options?: Record<string, unknown>): Promise<void>;
  /** A Pagefind of its own, apart from the module's (its bundle in `basePath`). */
  createInstance(options: Record<string, unknown>): PagefindApi;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Fetches the page's fragment: URL, excerpt, metadata, filters, sub-results. */
  data(): Promise<PagefindResultData>;
}

export interface PagefindResultData {
  /** With the base URL given to `options()`. */
  url: string;
  /** Safe HTML: entities escaped, matched words in `<mark>`. */
  excerpt: string;
  /** Raw text: escape before use as HTML. */
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the part of the page before its first anchored element. */
  anchor?: { element: string; id: string; text?: string; location: number };
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** Loads `pagefind.js` from the bundle folder (`/kenya/pagefind/`); the browser caches the module. */
export function loadPagefind(bundleUrl: string): Promise<PagefindApi> {
  return import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<PagefindApi>;
}
