/**
 * What decides an article's rendered body: its headline, its text (Markdown
 * and all), the links it gets and the render code. The emit records this key
 * for each body it writes, so a body whose key is as on disk is neither
 * rendered nor written again, and no process holds the corpus's HTML (at
 * 10,000 articles 81 MB of heap, which a render cache also read back whole
 * on every build). The render cache this replaces keyed on the paragraphs'
 * text alone, and served stale HTML for a change of Markdown formatting.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MentionLink } from '../plugins/rehype-link-mentions';
import { codeVersion } from './cache-store';
import type { Article } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The code that decides an article's HTML: the stage and its plugins. */
const CODE = [path.join(here, 'render.ts'), path.join(here, 'article-body.ts'), path.join(here, '..', 'plugins')];

let version: Promise<string> | undefined;

/** A hash of the render code, read once per process: the code cannot change under a running process. */
export function renderVersion(): Promise<string> {
  version ??= codeVersion(CODE);
  return version;
}

/**
 * The last key of each article in this process, by the article: the dev
 * server publishes every article again on each save, and an unchanged article
 * is the same object (the extraction cache's), so comparing its links spares
 * hashing its text again.
 */
const lastKeys = new WeakMap<Article, { links: MentionLink[]; version: string; key: string }>();

/** The key of `article`'s body rendered with `links` by the render code of `version`. */
export function bodyKey(article: Article, links: MentionLink[], version: string): string {
  const last = lastKeys.get(article);
  if (last && last.version === version && (last.links === links || sameLinks(last.links, links))) return last.key;
  const hash = createHash('sha256').update(version).update('\0').update(article.title).update('\0');
  // The text's own hash covers the paragraphs only: Markdown's formatting changes the HTML too.
  hash.update(article.markdown ?? article.hash).update('\0').update(JSON.stringify(links));
  const key = hash.digest('hex').slice(0, 32);
  lastKeys.set(article, { links, version, key });
  return key;
}

/** The same links, field by field (every field: a field added to links must reach the HTML). */
function sameLinks(a: MentionLink[], b: MentionLink[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((one, index) => {
    const other = b[index] as unknown as Record<string, unknown>;
    const fields = Object.keys(one);
    return fields.length === Object.keys(other).length && fields.every((field) => (one as unknown as Record<string, unknown>)[field] === other[field]);
  });
}
