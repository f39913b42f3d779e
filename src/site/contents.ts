/**
 * A page's "On this page" list, read from the page's own HTML: its `h2` and
 * `h3` headings that have an `id` to link to. Read from the rendered page
 * rather than declared by each page, so that a section a page gains is listed
 * without anyone remembering to list it.
 */

/** One heading in a page's contents. */
export interface ContentsEntry {
  id: string;
  /** The heading's text, still HTML-escaped as the page wrote it (tags removed). */
  html: string;
  depth: 2 | 3;
}

const heading = /<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/gi;
const idAttribute = /\sid="([^"]+)"/i;

/**
 * The `h2`/`h3` headings of an HTML fragment that carry an id, in order.
 * @example headingsOf('<h2 id="roles">Roles</h2>') // [{ id: 'roles', html: 'Roles', depth: 2 }]
 */
export function headingsOf(html: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const [, level, attributes, inner] of html.matchAll(heading)) {
    const id = idAttribute.exec(attributes ?? '')?.[1];
    // Tags out, entities kept: the text was escaped when the page was rendered.
    const text = (inner ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    if (id !== undefined && text !== '') entries.push({ id, html: text, depth: level === '3' ? 3 : 2 });
  }
  return entries;
}
