/**
 * An article's body, read from the file the ingest wrote beside the content
 * collections (src/content-files.ts): only the article's own page shows it,
 * so no process holds every body, and a part of a split build reads only its
 * own articles'.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bodyPath } from '../content-files';

/** Set by src/integrations/article-bodies.ts; outside Astro (tests), the working directory's `content/`. */
declare const __SIASA_CONTENT__: string | undefined;

const contentFolder = () => (typeof __SIASA_CONTENT__ === 'string' ? __SIASA_CONTENT__ : path.resolve('content'));

/** The body of the article with this slug, as the ingest rendered and sanitized it. */
export async function articleBody(slug: string): Promise<string> {
  const file = path.join(contentFolder(), bodyPath(slug));
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    // Content written by an older version, or a content/ edited by hand: one sentence, not a stack.
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run ingest\` (or \`npm run build\`) to write the article bodies again`);
  });
}
