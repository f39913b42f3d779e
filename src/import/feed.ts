/**
 * Reads an archive file, an RSS 2.0 feed, an Atom feed or a WordPress export
 * (WXR, which is RSS with `wp:` fields), into the items it holds, each with
 * what a seed's front matter needs and its body as HTML. Pure: text in,
 * items and one-line problems out. Nothing in the file is fetched or run.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { calendarDate, webAddress } from '../pipeline/read/html-meta';

export type FeedKind = 'RSS' | 'Atom' | 'WordPress export';

/** One entry of a feed or export, before it becomes a seed. */
export interface FeedItem {
  /** 1-based position in the file: how a message names an item with no title. */
  position: number;
  /** What stays the same when the item is edited: guid, Atom id, or else the link. */
  identity: string;
  title?: string;
  date?: string;
  url?: string;
  /** The body as the feed gives it: HTML (or text, which HTML reads the same). */
  html: string;
  /** Why the item is not an article, when it is not: a draft, a WordPress page, an attachment. */
  skip?: string;
}

export interface Feed {
  kind: FeedKind;
  /** The feed's own title: the outlet of every item. */
  outlet?: string;
  items: FeedItem[];
}

export type ParsedFeed = { ok: true; feed: Feed } | { ok: false; line?: number; message: string };

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Titles such as "2027" stay text, and nothing is trimmed away from a body.
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** Reads a feed or export file's text. */
export function parseFeed(text: string): ParsedFeed {
  // An export never declares entities; a file that does may be built to expand without end.
  if (/<!ENTITY/i.test(text)) return { ok: false, message: 'declares XML entities, which no feed or export needs' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, line: valid.err.line, message: `is not XML (${xmlError(valid.err.msg)})` };
  const root = parser.parse(text) as XmlNode;
  const channel = node(node(root.rss)?.channel);
  if (channel) {
    const wordpress = 'wp:wxr_version' in channel;
    const items = list(channel.item).map(wordpress ? wordpressItem : rssItem);
    return { ok: true, feed: { kind: wordpress ? 'WordPress export' : 'RSS', ...outletOf(textOf(channel.title)), items } };
  }
  const atom = node(root.feed);
  if (atom) return { ok: true, feed: { kind: 'Atom', ...outletOf(atomText(atom.title)), items: list(atom.entry).map(atomItem) } };
  return { ok: false, message: 'is XML but not an RSS feed, an Atom feed or a WordPress export' };
}

/** The validator's message, said for a person: a file cut short lists the tags left open. */
function xmlError(message: string): string {
  const open = /^Invalid '\[(.*)\]' found/s.exec(message)?.[1];
  if (open) return `it ends with ${open.replace(/[\s"]/g, '').split(',').map((tag) => `<${tag}>`).join(', ')} still open: cut short?`;
  return message.replace(/\.$/, '');
}

function rssItem(value: unknown, index: number): FeedItem {
  const item = node(value) ?? {};
  const url = webAddress(firstLink(item.link));
  const guid = textOf(item.guid);
  return withFields(
    { position: index + 1, identity: guid ?? url ?? '', html: textOf(item['content:encoded']) ?? textOf(item.description) ?? '' },
    { title: textOf(item.title), date: rfc822Date(textOf(item.pubDate)) ?? calendarDate(textOf(item['dc:date'])), url },
  );
}

/** WordPress: only published posts are articles; pages, attachments, drafts and the rest are said and skipped. */
function wordpressItem(value: unknown, index: number): FeedItem {
  const item = rssItem(value, index);
  const fields = node(value) ?? {};
  const type = textOf(fields['wp:post_type']) ?? 'post';
  const status = textOf(fields['wp:status']) ?? 'publish';
  const date = calendarDate(textOf(fields['wp:post_date']));
  if (date) item.date = date;
  item.html = paragraphsOf(item.html);
  const skip = wordpressSkip(type, status);
  if (skip) item.skip = skip;
  return item;
}

/** Why a WordPress item is not an article: its type (page, attachment, menu item…) or its status (draft, private…). */
function wordpressSkip(type: string, status: string): string | undefined {
  if (type === 'page') return 'a WordPress page, not a post';
  if (type === 'attachment') return 'an attachment (a picture or file), not a post';
  if (type !== 'post') return `a WordPress ${type}, not a post`;
  if (status === 'draft') return 'a draft, not published';
  if (status !== 'publish') return `a ${status} post, not published`;
  return undefined;
}

function atomItem(value: unknown, index: number): FeedItem {
  const entry = node(value) ?? {};
  const links = list(entry.link).map(node);
  const alternate = links.find((link) => (textOf(link?.['@_rel']) ?? 'alternate') === 'alternate');
  const url = webAddress(textOf(alternate?.['@_href']));
  return withFields(
    { position: index + 1, identity: textOf(entry.id) ?? url ?? '', html: atomHtml(entry.content) ?? atomHtml(entry.summary) ?? '' },
    { title: atomText(entry.title), date: calendarDate(textOf(entry.published)) ?? calendarDate(textOf(entry.updated)), url },
  );
}

function withFields(item: FeedItem, fields: Pick<FeedItem, 'title' | 'date' | 'url'>): FeedItem {
  if (fields.title) item.title = fields.title;
  if (fields.date) item.date = fields.date;
  if (fields.url) item.url = fields.url;
  if (!item.identity) item.identity = fields.title ?? `item ${item.position}`;
  return item;
}

/** An Atom text construct as HTML: `html` is escaped markup, `xhtml` is markup, `text` is text. */
function atomHtml(value: unknown): string | undefined {
  const element = node(value);
  if (element && textOf(element['@_type']) === 'xhtml') return xhtmlOf(element);
  const content = textOf(value);
  if (content === undefined) return undefined;
  const type = textOf(element?.['@_type']) ?? 'text';
  return type === 'html' ? content : escapeHtml(content);
}

/** An Atom title: its text, whatever its type (markup in a title is emphasis at most). */
function atomText(value: unknown): string | undefined {
  const element = node(value);
  if (element && textOf(element['@_type']) === 'xhtml') return textOf(xhtmlOf(element).replace(/<[^>]*>/g, ''));
  const content = textOf(value);
  return textOf(element?.['@_type']) === 'html' ? textOf(content?.replace(/<[^>]*>/g, '')) : content;
}

/** XHTML content, parsed by the XML parser into nodes, back to markup: tags and their text, attributes dropped. */
function xhtmlOf(value: unknown): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (Array.isArray(value)) return value.map(xhtmlOf).join('');
  const element = node(value);
  if (!element) return '';
  return Object.entries(element)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([key, child]) => {
      if (key === '#text') return escapeHtml(String(child));
      const tag = key.replace(/^.*:/, '');
      return [child].flat().map((each) => `<${tag}>${xhtmlOf(each)}</${tag}>`).join('');
    })
    .join('');
}

/**
 * WordPress stores posts as the editor typed them: paragraphs separated by
 * blank lines, not in `<p>`s, with shortcodes; `[caption]` holds a picture's
 * caption, furniture like any other. Blocks that are already HTML stay as they are.
 */
function paragraphsOf(html: string): string {
  const withoutShortcodes = html.replace(/\[caption[^\]]*\][\s\S]*?\[\/caption\]/g, '').replace(/\[\/?[a-z_-]+(?:\s[^\]]*)?\]/g, '');
  return withoutShortcodes
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (/^<(?:p|div|h[1-6]|ul|ol|blockquote|figure|table|pre|hr|!--)\b/i.test(block) ? block : `<p>${block}</p>`))
    .join('\n');
}

/** "Tue, 10 Mar 2026 18:42:00 +0300" → "2026-03-10": the day as the feed writes it. */
function rfc822Date(value: string | undefined): string | undefined {
  const match = value?.match(/(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})/i);
  if (!match) return calendarDate(value);
  const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(match[2]!.toLowerCase()) / 3 + 1;
  return calendarDate(`${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`);
}

/** RSS allows several `<link>`s in practice (Atom links mixed in); the first plain one is the article. */
function firstLink(value: unknown): string | undefined {
  for (const link of list(value)) {
    const href = textOf(link);
    if (href) return href;
  }
  return undefined;
}

function outletOf(title: string | undefined): { outlet?: string } {
  return title ? { outlet: title } : {};
}

function node(value: unknown): XmlNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** An element's text: a string, or the `#text` of an element with attributes; whitespace collapsed at the ends. */
function textOf(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : node(value)?.['#text'];
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  return text ? text : undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
