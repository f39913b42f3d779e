/**
 * The dev server's first answer to a saved article: its body, rendered again
 * and written to `content/bodies/` before the ingest runs. The ingest after a
 * save goes over the whole corpus (resolve joins articles up) and takes
 * seconds at 10,000 articles; reading and rendering one file takes
 * milliseconds, and the article's page reads its body from that file, so the
 * editor sees the new text at once. The links are those the article had after
 * the last ingest (a name the edit added is linked when the ingest is done);
 * the page's header, lists and profiles follow with the ingest.
 *
 * The ingest then writes every file as a cold ingest would: its emit rewrites
 * each body whose text differs from what it last wrote. A preview differs from
 * that only when the article's rendered text changed, and then so does the
 * ingest's own body, which replaces it; where the rendered text is the same,
 * so are the links, and the preview is the body already there.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bodyPath } from '../content-files';
import type { MentionLink } from '../plugins/rehype-link-mentions';
import { readArticle } from './read/index';
import { renderArticle } from './render';

/** What the last ingest of a seed folder leaves for the previews of its articles. */
export interface PreviewBasis {
  /** The content folder it wrote. */
  content: string;
  /** Each article it published, by source (the seed's file name): its slug and the links its body was rendered with. */
  articles: ReadonlyMap<string, { slug: string; links: MentionLink[] }>;
}

// By seed folder: a process may ingest more than one (tests do).
const bases = new Map<string, PreviewBasis>();
// Each preview's temporary file a name of its own: two saves in a row may overlap.
let written = 0;

/** Keeps what the next preview of this seed folder's articles needs; called by the ingest after each run that wrote content. */
export function rememberForPreview(seeds: string, basis: PreviewBasis): void {
  bases.set(path.resolve(seeds), basis);
}

export function forgetPreviews(): void {
  bases.clear();
}

/**
 * Renders the saved seed file `file` again and writes its body where its
 * page reads it. Returns the body's path inside `content/`, or undefined when
 * there is nothing to preview: a folder not ingested in this process, a new
 * or renamed article (it has no page yet), or a file that no longer reads as
 * an article (the ingest will say why).
 */
export async function previewBody(file: string): Promise<string | undefined> {
  const basis = bases.get(path.dirname(path.resolve(file)));
  const source = path.basename(file);
  const published = basis?.articles.get(source);
  if (!basis || !published) return undefined;
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return undefined;
  const { article } = readArticle({ name: source, bytes });
  if (!article) return undefined;
  const body = bodyPath(published.slug);
  const target = path.join(basis.content, body);
  // Written whole, then renamed into place, as the emit writes: a page read meanwhile sees one body or the other.
  const temporary = path.join(path.dirname(target), `.${process.pid}-preview-${written++}.tmp`);
  await writeFile(temporary, renderArticle(article, published.links));
  await rename(temporary, target);
  return body;
}
