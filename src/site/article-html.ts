/**
 * An article's body HTML, as the ingest rendered it: read from its own file
 * (content/article-html/<slug>.html), not from Astro's data store.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Set by the ingest integration, which knows where it wrote the content.
const folder = path.join(import.meta.env.SIASA_CONTENT_DIR ?? 'content', 'article-html');

/** The sanitized body of the article with this slug. */
export function articleHtml(slug: string): string {
  return readFileSync(path.join(folder, `${slug}.html`), 'utf8');
}
