/**
 * Correcting the slug registry on purpose: listing its rows, and forgetting a
 * slug that should never have been issued (an experiment's article, an entity
 * the extractor made up once). Pure: the command in `scripts/slugs.ts` reads
 * and writes the file.
 */
import type { Registry, RegistryKind, RegistryRow } from './registry';

const FOLDERS: Record<RegistryKind, string> = { person: 'people', party: 'parties', article: 'articles' };
const KINDS: RegistryKind[] = ['person', 'party', 'article'];

/** The site address a row answers at: `/people/SLUG/`. */
export function addressOf(kind: RegistryKind, slug: string): string {
  return `/${FOLDERS[kind]}/${slug}/`;
}

/** Every row, kind by kind, in slug order. */
export function registryRows(registry: Registry): { kind: RegistryKind; row: RegistryRow }[] {
  return KINDS.flatMap((kind) => [...registry[kind]].sort((a, b) => a.slug.localeCompare(b.slug)).map((row) => ({ kind, row })));
}

export type ForgetResult =
  | { ok: true; registry: Registry; kind: RegistryKind; said: string }
  | { ok: false; said: string };

/**
 * Drops one retired slug from the registry. Refuses a live slug (its page
 * would lose its address at the next build: remove its articles, or merge it,
 * and build first), a slug that other addresses still redirect to, and a slug
 * that several kinds share unless `kind` says which.
 */
export function forgetSlug(registry: Registry, slug: string, kind?: RegistryKind): ForgetResult {
  const holders = (kind ? [kind] : KINDS).filter((one) => registry[one].some((row) => row.slug === slug));
  if (holders.length === 0) return { ok: false, said: `no ${kind ?? 'person, party or article'} has the slug “${slug}” in the registry` };
  if (holders.length > 1) return { ok: false, said: `“${slug}” is the slug of ${holders.map((one) => (one === 'article' ? 'an article' : `a ${one}`)).join(' and of ')}: say which with --kind` };
  const found = holders[0] as RegistryKind;
  const row = registry[found].find((one) => one.slug === slug) as RegistryRow;
  const address = addressOf(found, slug);
  if (row.status === 'live') {
    return { ok: false, said: `${address} is live: it has a page now. Remove its articles (or merge it in the editorial file) and build, then forget it` };
  }
  const pointing = registry[found].filter((one) => one.status === 'moved' && one.target === slug).map((one) => addressOf(found, one.slug));
  if (pointing.length > 0) {
    return { ok: false, said: `${pointing.join(', ')} still redirect${pointing.length === 1 ? 's' : ''} to ${address}: forget ${pointing.length === 1 ? 'it' : 'them'} first` };
  }
  const why = row.status === 'moved' ? `it redirected to ${addressOf(found, row.target ?? '')}` : 'it said the page is no longer in the articles';
  return {
    ok: true,
    kind: found,
    registry: { ...registry, [found]: registry[found].filter((one) => one !== row) },
    said: `forgot ${address}: after the next build that address stops answering (${why}), and the slug may be issued again`,
  };
}
