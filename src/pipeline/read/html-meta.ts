/**
 * What a saved page says about itself: headline, date, outlet, author and
 * address, from the metadata outlets write for search engines and social
 * sites (Open Graph, `article:*`, `<link rel="canonical">`, JSON-LD). Read,
 * never run: JSON-LD is parsed as data, and a broken block is passed over.
 */
import { escapeRegExp } from '../text/regexp';

/** A saved page's own account of the article; each field only when the page gives it. */
export interface PageMeta {
  title?: string;
  /** `YYYY-MM-DD`, as the page dates it (its own time zone). */
  date?: string;
  outlet?: string;
  author?: string;
  /** The article's address: canonical link first; only http(s). */
  url?: string;
}

interface MetaElement {
  localName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/**
 * What of a DOM this module reads: the head's elements, and the scripts
 * anywhere (JSON-LD is often in the body). A selector or a tag-name search
 * per field costs several times more in linkedom, on a stage with a budget
 * of 5 ms a page.
 */
export interface MetaSource {
  head: { children: ArrayLike<MetaElement> } | null;
  getElementsByTagName(name: 'script'): ArrayLike<MetaElement>;
}

/** The page's `meta`, `link` and `title` elements in its head, and all its `script`s, by tag, in document order. */
type Tags = Map<string, MetaElement[]>;

function tagsOf(document: MetaSource): Tags {
  const tags: Tags = new Map([['meta', []], ['link', []], ['title', []], ['script', Array.from(document.getElementsByTagName('script'))]]);
  for (const element of Array.from(document.head?.children ?? [])) {
    if (element.localName !== 'script') tags.get(element.localName)?.push(element);
  }
  return tags;
}

function elements(tags: Tags, tag: 'meta' | 'link' | 'title' | 'script'): MetaElement[] {
  return tags.get(tag) ?? [];
}

/** Schema.org types that are one article: the JSON-LD node to read. */
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting', 'BlogPosting', 'Report']);

/** Reads the page's metadata; `h1` is the page's first headline, the last resort for a title. */
export function readPageMeta(document: MetaSource, h1?: string): PageMeta {
  const tags = tagsOf(document);
  const meta = metaTags(tags);
  const ld = articleNode(tags);
  const outlet = first(meta.get('og:site_name'), nameOf(ld?.publisher), meta.get('application-name'));
  const page: PageMeta = {};
  const title = first(meta.get('og:title'), text(ld?.headline), meta.get('twitter:title'), h1, titleTag(tags));
  if (title) page.title = withoutOutlet(title, outlet);
  const date = [meta.get('article:published_time'), text(ld?.datePublished), meta.get('date'), meta.get('pubdate')].map(calendarDate).find(Boolean);
  if (date) page.date = date;
  if (outlet) page.outlet = outlet;
  const author = first(nameOf(ld?.author), meta.get('author'), meta.get('article:author'));
  if (author && !/^[a-z]+:/i.test(author)) page.author = author;
  const url = [canonical(tags), meta.get('og:url'), text(ld?.url), text(ld?.mainEntityOfPage) ?? text(idOf(ld?.mainEntityOfPage))].map(webAddress).find(Boolean);
  if (url) page.url = url;
  return page;
}

/** `<meta property|name=… content=…>`, by lower-cased key; the first of each wins. */
function metaTags(tags: Tags): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of elements(tags, 'meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').trim().toLowerCase();
    const content = clean(element.getAttribute('content'));
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

type LdNode = Record<string, unknown>;

/** The first JSON-LD node whose type is an article, searching `@graph`s and arrays. */
function articleNode(tags: Tags): LdNode | undefined {
  for (const script of elements(tags, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is common on real pages; the other metadata still counts
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown): LdNode | undefined {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const node = data as LdNode;
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type))) return node;
  return findArticle(node['@graph']);
}

/** A JSON-LD value's name: a string, `{ name }`, or the first of an array of either. */
function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'object' && value !== null) return text((value as LdNode).name);
  return text(value);
}

function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as LdNode)['@id'] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? clean(value) : undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

function first(...values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined);
}

function titleTag(tags: Tags): string | undefined {
  return clean(elements(tags, 'title')[0]?.textContent);
}

function canonical(tags: Tags): string | undefined {
  const link = elements(tags, 'link').find((element) => /(?:^|\s)canonical(?:\s|$)/i.test(element.getAttribute('rel') ?? ''));
  return clean(link?.getAttribute('href'));
}

/** "Headline | The Daily Courier" → "Headline", when the tail is the outlet's name. */
function withoutOutlet(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const tail = new RegExp(`\\s+[|–—-]\\s+${escapeRegExp(outlet)}$`, 'i');
  return title.replace(tail, '') || title;
}

/** The calendar day an ISO date or date-time names, as written (no time-zone shift). */
export function calendarDate(value: string | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/);
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : undefined;
}

/** An absolute http(s) address, as the URL parser writes it; anything else (`javascript:`, a relative path) is none. */
export function webAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
