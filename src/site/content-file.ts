/**
 * Files the ingest wrote beside the content collections (src/content-files.ts)
 * and that a page reads when it is generated, not from Astro's data store:
 * article bodies and people's details. Only the page that shows one reads it,
 * so no process holds them all, and a part of a split build reads only its own.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Set by src/integrations/article-bodies.ts; outside Astro (tests), the working directory's `content/`. */
declare const __SIASA_CONTENT__: string | undefined;

const contentFolder = () => (typeof __SIASA_CONTENT__ === 'string' ? __SIASA_CONTENT__ : path.resolve('content'));

/** The absolute path of a file of `content/`, for messages and reads. */
export function contentPath(relative: string): string {
  return path.join(contentFolder(), relative);
}

/** The text of a file of `content/`; a missing one is one sentence saying what to run, not a stack. */
export async function readContentFile(relative: string): Promise<string> {
  const file = contentPath(relative);
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    // Content written by an older version, or a content/ edited by hand.
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run ingest\` (or \`npm run build\`) to write content/ again`);
  });
}
