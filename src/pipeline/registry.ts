/**
 * The slug registry: every slug ever issued, the names it was issued for, and
 * where a retired slug now points. Machine-written state, committed like a
 * lock file (`slugs.lock.json`), so that an address, once published, keeps
 * answering. Rows are only ever added or updated, never removed.
 */

export type RegistryKind = 'person' | 'party' | 'article';

export interface RegistryRow {
  slug: string;
  /** Live: a page of its own. Moved: a redirect to `target`. Gone: nothing links here any more. */
  status: 'live' | 'moved' | 'gone';
  /** For entities: the canonical name first, then its longer aliases, as last seen. */
  names?: string[];
  /** For articles: the seed file's name and its content hash, as last seen. */
  source?: string;
  hash?: string;
  /** The slug a moved row now points to (of the same kind). */
  target?: string;
}

export interface Registry {
  version: 1;
  person: RegistryRow[];
  party: RegistryRow[];
  article: RegistryRow[];
}

export const EMPTY_REGISTRY: Registry = { version: 1, person: [], party: [], article: [] };

/** Reads a registry file's text; throws with a clear message when it is not one. */
export function parseRegistry(text: string, file: string): Registry {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}); restore it from version control`);
  }
  const registry = raw as Partial<Registry>;
  if (registry.version !== 1 || !Array.isArray(registry.person) || !Array.isArray(registry.party) || !Array.isArray(registry.article)) {
    throw new Error(`${file} is not a slug registry of version 1; restore it from version control`);
  }
  return { version: 1, person: registry.person, party: registry.party, article: registry.article };
}

/** The registry as text: sorted rows, one per line, so that diffs stay small and reviewable. */
export function serializeRegistry(registry: Registry): string {
  const section = (rows: RegistryRow[]) =>
    [...rows]
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map((row) => `    ${JSON.stringify(row)}`)
      .join(',\n');
  return `{\n  "version": 1,\n  "person": [\n${section(registry.person)}\n  ],\n  "party": [\n${section(registry.party)}\n  ],\n  "article": [\n${section(registry.article)}\n  ]\n}\n`;
}
