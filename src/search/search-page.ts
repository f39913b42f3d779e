/**
 * The search page in the browser: runs Pagefind whenever the reader types or
 * changes a filter, keeps the search in the URL (replacing, not adding, history
 * entries), lists results as links that explain themselves, and announces how
 * many there are. The form it drives is rendered by `PagefindSearch.astro`.
 */
import { t } from '../i18n';
import { formatDate } from '../site/format';
import { assetHref, href } from '../site/urls';
import { namesCover, nameWords } from './names';
import { loadSiteSearch, type ResultList } from './bundles';
import { nameMeta, resultsPerPage } from './options';
import type { PagefindResultData, PagefindSubResult } from './pagefind-api';
import {
  hasCriteria,
  pagefindOptions,
  paramsFromState,
  resultSummary,
  stateFromParams,
  type PartyChoice,
  type SearchState,
} from './state';

/** Wait this long after the last key press before searching. */
const typingDelayMs = 120;
/** Sections of an article shown under it: its best, in page order. */
const maxSections = 3;

const kindLabels: Record<string, string> = { person: t('kind.person'), party: t('kind.party'), article: t('kind.article') };

interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

const elements = findElements();
if (elements) start(elements);

function findElements(): Elements | undefined {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const query = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const results = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  return form && query && status && results && more ? { form, query, status, results, more } : undefined;
}

function start({ form, query, status, results, more }: Elements): void {
  const parties: PartyChoice[] = JSON.parse(form.dataset.parties ?? '[]');
  const pagefind = loadSiteSearch(href(), assetHref);
  // A failure is reported by the first search that needs Pagefind, not as an unhandled rejection.
  pagefind.catch(() => undefined);

  let ticket = 0;
  let pending: ResultList = { count: 0, settled: Promise.resolve(0), take: async () => [] };
  let shown = 0;
  let searchedWords: string[] = [];

  /** Runs the search the form describes; a newer run makes an older one stop rendering. */
  async function run(): Promise<void> {
    const state = readForm(form, parties);
    const current = ++ticket;
    replaceUrl(state);
    if (!hasCriteria(state)) {
      results.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const api = await pagefind;
    const search = await api.search(state.q === '' ? null : state.q, pagefindOptions(state, parties));
    if (current !== ticket) return;
    pending = search;
    shown = 0;
    searchedWords = nameWords(state.q);
    results.replaceChildren();
    // What is found already shows at once (on a site in several bundles, the profiles found by
    // their names), the rest of the first page when the other bundles have answered.
    await showMore(current, false, true);
    if (current !== ticket) return;
    const count = await search.settled;
    if (current !== ticket) return;
    if (shown < resultsPerPage && shown < count) await showMore(current, false, false, resultsPerPage - shown);
    if (current !== ticket) return;
    offerMore();
    const party = parties.find((choice) => choice.slug === state.party);
    status.textContent = resultSummary(count, state, party?.name);
  }

  /**
   * Renders the next `count` results (with `ready`, only those found already);
   * with `focus`, moves focus to the first new one.
   */
  async function showMore(current: number, focus: boolean, ready = false, count = resultsPerPage): Promise<void> {
    const pages = await pending.take(count, ready);
    if (current !== ticket) return;
    shown += pages.length;
    const items = pages.map((page) => resultItem(page, searchedWords));
    results.append(...items);
    offerMore();
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  /** Shows "Show more" with what it would add, or hides it. */
  function offerMore(): void {
    const left = pending.count - shown;
    more.hidden = left <= 0;
    more.textContent = t('search.showMore', { count: Math.min(resultsPerPage, left) });
  }

  /** Runs a search; if Pagefind cannot load (no index yet, as under `astro dev`), says so once. */
  function search(): void {
    run().catch(() => {
      results.replaceChildren();
      more.hidden = true;
      status.textContent = t('search.unavailable');
    });
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    clearTimeout(typing);
    if (event.target !== query) return search();
    pagefind.then((api) => api.preload(query.value)).catch(() => undefined);
    typing = setTimeout(search, typingDelayMs);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    search();
  });
  more.addEventListener('click', () => void showMore(ticket, true));

  writeForm(form, stateFromParams(new URLSearchParams(location.search), parties));
  if (query.value === '') query.focus();
  search();
}

/** The search the form's controls describe. */
function readForm(form: HTMLFormElement, parties: readonly PartyChoice[]): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return stateFromParams(params, parties);
}

/** Sets the form's controls to a search (from the URL). */
function writeForm(form: HTMLFormElement, state: SearchState): void {
  const controls = form.elements;
  (controls.namedItem('q') as HTMLInputElement).value = state.q;
  (controls.namedItem('party') as HTMLSelectElement).value = state.party ?? '';
  (controls.namedItem('sort') as HTMLSelectElement).value = state.sort;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) {
    radio.checked = radio.value === (state.kind ?? '');
  }
}

function replaceUrl(state: SearchState): void {
  const query = paramsFromState(state).toString();
  const url = `${location.pathname}${query === '' ? '' : `?${query}`}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
}

/** One result: kind badge and linked title; the role, acronym or date; where the words matched, unless it was the name. */
function resultItem(page: PagefindResultData, searchedWords: string[]): HTMLLIElement {
  const kind = page.filters.kind?.[0] ?? '';
  const item = element('li', `search-result search-result--${kind || 'page'}`);
  const heading = element('p', 'search-result__heading');
  const link = element('a', 'search-result__link', page.meta.title ?? page.url);
  link.href = page.url;
  heading.append(element('span', 'search-result__kind', kindLabels[kind] ?? t('kind.page')), ' ', link);
  item.append(heading);

  const detail = kind === 'person' ? page.meta.role : kind === 'party' ? page.meta.acronym : page.meta.date && formatDate(page.meta.date);
  if (detail) item.append(element('p', 'search-result__detail', detail));

  // An article's matching paragraphs say more than one excerpt. (Profiles are split by
  // their own headings, Roles, Quotes…, which help no one find a page.)
  const sections = kind === 'article' ? bestSections(page.sub_results) : [];
  if (sections.length > 0) item.append(sectionList(sections));
  // A profile found by its name needs no excerpt; one found by a quote or a role does.
  else if (kind === 'article' || !namesCover(page.meta[nameMeta.names], searchedWords)) {
    const excerpt = element('p', 'search-result__excerpt');
    excerpt.innerHTML = page.excerpt; // Pagefind escapes the text and adds only <mark>.
    item.append(excerpt);
  }
  return item;
}

/** The anchored parts of a page that matched best (headings, paragraphs with ids), in page order. */
function bestSections(subResults: readonly PagefindSubResult[]): PagefindSubResult[] {
  const score = (section: PagefindSubResult) =>
    section.weighted_locations?.reduce((sum, location) => sum + location.balanced_score, 0) ?? section.locations?.length ?? 0;
  return subResults
    .filter((section) => section.anchor !== undefined)
    .sort((a, b) => score(b) - score(a))
    .slice(0, maxSections)
    .sort((a, b) => a.anchor!.location - b.anchor!.location);
}

function sectionList(sections: PagefindSubResult[]): HTMLUListElement {
  const list = element('ul', 'search-result__sections');
  for (const section of sections) {
    const item = element('li');
    const link = element('a', 'search-result__section-link', section.title);
    link.href = section.url;
    const excerpt = element('p', 'search-result__excerpt');
    excerpt.innerHTML = section.excerpt; // escaped by Pagefind, as above
    item.append(link, excerpt);
    list.append(item);
  }
  return list;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
