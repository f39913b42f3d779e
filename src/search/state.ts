/**
 * A search as it lives in the address bar (`/search/?q=odinga&kind=person`):
 * read from and written to URL parameters, turned into Pagefind's search
 * options, and summed up in words (the build's language) for the live region. Pure functions.
 */
import { t, type MessageKey } from '../i18n';

/** The kinds of page the index holds, as its `kind` filter names them. */
export const kinds = ['person', 'party', 'article'] as const;
export type Kind = (typeof kinds)[number];

/** The orders results can be listed in; anything but relevance lists dated articles only. */
export const sorts = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof sorts)[number];

/** One search: what was typed and how the results are narrowed and ordered. */
export interface SearchState {
  /** The query as typed, trimmed; '' lists everything the filters allow. */
  q: string;
  kind?: Kind;
  /** A party's slug. */
  party?: string;
  sort: Sort;
}

/** A party as the filter knows it: its slug in the URL, its name in the index. */
export interface PartyChoice {
  slug: string;
  name: string;
}

/**
 * The search a URL describes. Unknown kinds and sorts are ignored; a party may
 * be given by slug or, as older links did, by name.
 * @example stateFromParams(new URLSearchParams('q=odinga&kind=person'), []) // { q: 'odinga', kind: 'person', sort: 'relevance' }
 */
export function stateFromParams(params: URLSearchParams, parties: readonly PartyChoice[]): SearchState {
  const kind = params.get('kind');
  const sort = params.get('sort');
  const party = params.get('party')?.trim();
  const partySlug = parties.find((choice) => choice.slug === party || choice.name === party)?.slug;
  return {
    q: (params.get('q') ?? '').trim(),
    ...(isKind(kind) && { kind }),
    ...(partySlug !== undefined && { party: partySlug }),
    sort: isSort(sort) ? sort : 'relevance',
  };
}

/**
 * The URL parameters of a search, defaults left out, always in the same order.
 * @example paramsFromState({ q: 'odinga', kind: 'person', sort: 'relevance' }).toString() // 'q=odinga&kind=person'
 */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  if (state.kind) params.set('kind', state.kind);
  if (state.party) params.set('party', state.party);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Whether there is anything to search for: a query, a filter or an order. */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || state.kind !== undefined || state.party !== undefined || state.sort !== 'relevance';
}

/** What `pagefind.search()` takes besides the query. */
export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The filters and sort of a search, as Pagefind names them (a party filter holds the party's name). */
export function pagefindOptions(state: SearchState, parties: readonly PartyChoice[]): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  if (state.kind) filters.kind = state.kind;
  const party = parties.find((choice) => choice.slug === state.party);
  if (party) filters.party = party.name;
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}

/** What a search counts, by the kind it is filtered to. */
const counted: Record<Kind | 'any', MessageKey> = {
  any: 'search.results',
  person: 'count.person',
  party: 'count.party',
  article: 'count.article',
};

/**
 * The number of results in words, for the live region.
 * @example resultSummary(3, { q: 'odinga', kind: 'person', sort: 'relevance' }, 'ODM') // '3 people for “odinga” in ODM'
 */
export function resultSummary(count: number, state: SearchState, partyName?: string): string {
  // Sorting by date leaves out everything without a date: profiles and undated articles.
  const dated = state.sort !== 'relevance';
  let summary = t(dated ? 'count.datedArticle' : counted[state.kind ?? 'any'], { count });
  if (state.q !== '') summary = t('search.for', { found: summary, query: state.q });
  if (partyName) summary = t('search.inParty', { found: summary, party: partyName });
  if (dated) summary = t(state.sort === 'newest' ? 'search.newestFirst' : 'search.oldestFirst', { found: summary });
  return summary;
}

function isKind(value: string | null): value is Kind {
  return (kinds as readonly string[]).includes(value ?? '');
}

function isSort(value: string | null): value is Sort {
  return (sorts as readonly string[]).includes(value ?? '');
}
