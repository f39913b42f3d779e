/**
 * Where the ingest puts each kind of entry in `content/`, for the writer
 * (src/pipeline/emit.ts) and the readers outside Astro's content layer
 * (src/site/article-body.ts, src/site/person-details.ts): one place, so
 * they cannot drift apart.
 */
import { createHash } from 'node:crypto';

/** The folders Astro loads as collections (src/content.config.ts), one JSON file per entry. */
export const COLLECTIONS = ['articles', 'people', 'parties', 'review', 'retired'] as const;

/**
 * Article bodies, one HTML file per article, outside Astro's data store: they
 * are most of its text and only the article's own page reads one, so a page
 * reads its body from the file when it is generated. Astro's store would
 * otherwise hold every body, as one JSON string that grows with the archive
 * (Node cannot hold a string past 512 MB), in every process that builds pages.
 */
export const BODIES = 'bodies';

/** People's roles and quotes, one JSON file per person, outside Astro's data store (`personDetailsSchema` in src/schemas.ts). */
export const PEOPLE_DETAILS = 'people-details';

/** Past this many bytes a name is cut: a file name may not exceed 255 bytes, and a review item's id lists every name it is about. */
const MAX_NAME = 200;

/** An entry's file name without extension: its id where slugs may repeat across kinds, else its slug; a long one cut, with a hash of the whole to keep it unique. */
export function entryFileName(entry: { slug: string; id?: string }): string {
  const name = entry.id ?? entry.slug;
  if (Buffer.byteLength(name) <= MAX_NAME) return name;
  return `${name.slice(0, MAX_NAME - 17)}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

/** An article body's path inside `content/`. */
export function bodyPath(slug: string): string {
  return `${BODIES}/${entryFileName({ slug })}.html`;
}

/** A person's details file inside `content/`, named as their entry is. */
export function personDetailsPath(entry: { slug: string }): string {
  return `${PEOPLE_DETAILS}/${entryFileName(entry)}.json`;
}
