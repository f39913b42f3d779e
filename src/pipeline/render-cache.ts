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
      const key = createHash('sha256').update(article.hash).update('\0').update(JSON.stringify(mentions)).digest('hex').slice(0, 32);
      const cached = store.get(key);
      if (cached !== undefined) return cached;
      const html = renderArticle(article, mentions);
      store.set(key, html);
      return html;
    },
    flush: () => store.flush(),
  };
}
