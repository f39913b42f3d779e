/**
 * An article's body, read from the file the ingest wrote beside the content
 * collections (src/content-files.ts): only the article's own page shows it.
 */
import { bodyPath } from '../content-files';
import { readContentFile } from './content-file';

/** The body of the article with this slug, as the ingest rendered and sanitized it. */
export function articleBody(slug: string): Promise<string> {
  return readContentFile(bodyPath(slug));
}
