/**
 * Remembers each article's rendered HTML, keyed by the article's text and the
 * links it gets, so that a rebuild renders only the articles that changed or
 * whose mentions now lead elsewhere. Rendering is the most expensive stage
 * after extraction, and most of an archive is the same from one build to the next.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MentionLink } from '../plugins/rehype-link-mentions';
import { codeVersion, openCacheStore } from './cache-store';
import { renderArticle } from './render';
import type { Article } from './types';

export type Render = (article: Article, mentions: MentionLink[]) => string;

export interface RenderCache {
  render: Render;
  /** Writes what changed, without the articles this run did not render. */
  flush(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** The code that decides an article's HTML: the stage and its plugins. */
const CODE = [path.join(here, 'render.ts'), path.join(here, 'article-body.ts'), path.join(here, '..', 'plugins')];

export async function openRenderCache(folder: string): Promise<RenderCache> {
  const store = await openCacheStore<string>(path.join(folder, 'render'), await codeVersion(CODE));
  return {
    render(article, mentions) {
      const last = lastRendered.get(article);
      if (last && sameLinks(last.mentions, mentions)) {
        // Asked for, so that the flush keeps it: a store drops what no one asked for since it opened.
        if (store.get(last.key) === undefined) store.set(last.key, last.html);
        return last.html;
      }
      const key = createHash('sha256').update(article.hash).update('\0').update(JSON.stringify(mentions)).digest('hex').slice(0, 32);
      let html = store.get(key);
      if (html === undefined) {
        html = renderArticle(article, mentions);
        store.set(key, html);
      }
      lastRendered.set(article, { key, mentions, html });
      return html;
    },
    flush: () => store.flush(),
  };
}

/**
 * The HTML each article was last given in this process, by the article: the
 * dev server publishes every article again on each save, and an unchanged
 * article is the same object (the extraction cache's), so comparing its links
 * spares hashing every article's text and links. The code cannot change
 * within a process.
 */
const lastRendered = new WeakMap<Article, { key: string; mentions: MentionLink[]; html: string }>();

/** The same links, field by field (every field: a field added to links must reach the HTML). */
function sameLinks(a: MentionLink[], b: MentionLink[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((one, index) => {
    const other = b[index] as unknown as Record<string, unknown>;
    const fields = Object.keys(one);
    return fields.length === Object.keys(other).length && fields.every((field) => (one as unknown as Record<string, unknown>)[field] === other[field]);
  });
}
