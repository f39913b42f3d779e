/**
 * The slugs stage: one URL-safe slug per entity and article, stable across
 * builds through the slug registry. An entity keeps its slug while its
 * canonical name or one of its longer aliases matches a row (so a rename
 * keeps the address); merged, the absorbed entity's slug moves (redirects) to
 * it; named anew with nothing in common (a surname given its full name), it
 * gets its new name's slug and the old one moves to it; gone from every
 * article, its slug is kept as "gone". A clash is settled once, by sorted
 * identity, and the registry remembers who came first.
 */
import slugify from '@sindresorhus/slugify';
import { EMPTY_REGISTRY, type Registry, type RegistryKind, type RegistryRow } from './registry';
import { nameKey } from './resolve/normalise';
import { keptKindPlan } from './slug-memo';
import { keptArticlePlan } from './article-slug-memo';
import type { Article, Entity } from './types';

export interface Retired {
  kind: RegistryKind;
  slug: string;
  /** The name it was last issued for (the title, for an article). */
  name: string;
  /** Where it leads now, if anywhere: a live slug of the same kind. */
  target?: string;
}

export interface SlugPlan {
  /** Entity id → slug, unique within its kind. */
  entities: Map<string, string>;
  /** Article source → slug. */
  articles: Map<string, string>;
  /** Every slug that once had a page and has none now. */
  retired: Retired[];
  /** The registry with this build's rows added and updated. */
  registry: Registry;
}

const MAX_ARTICLE_SLUG = 60;

/**
 * A slug for a name: ASCII, lower case, hyphens; apostrophes dropped rather
 * than turned into hyphens ("Matiang'i" → "matiangi").
 *
 * @example toSlug("Ng’ang’a Kilonzo-Jnr") // "nganga-kilonzo-jnr"
 */
export function toSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = slugify(name.replace(/['’‘`´ʼ]/g, '')) || 'untitled';
    // Every build asks again for every title and name: the dev server's ingest after one
    // saved article spent 0.2 s of its 4 s in slugify at 10,000 articles (a CPU profile).
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    slugs.set(name, slug);
  }
  return slug;
}

/** The slugs of the names and titles seen, a few hundred thousand at most. */
const slugs = new Map<string, string>();
const SLUGS_KEPT = 250_000;

/**
 * Every entity's and article's slug, and the registry updated. `keep`: a process that plans again (the dev
 * server) reuses the last plan of a kind whose entities and rows are as they were (slug-memo.ts), and the
 * articles' while only their texts changed (article-slug-memo.ts).
 */
export function planSlugs(entities: Entity[], articles: Article[], registry: Registry = EMPTY_REGISTRY, { keep = false }: { keep?: boolean } = {}): SlugPlan {
  const entitySlugs = new Map<string, string>();
  const retired: Retired[] = [];
  const next: Registry = { version: 1, person: [], party: [], article: [] };
  for (const kind of ['person', 'party'] as const) {
    const ofKind = entities.filter((entity) => entity.kind === kind).sort((a, b) => a.id.localeCompare(b.id));
    const assign = () => assignEntities(ofKind, registry[kind]);
    const result = keep ? keptKindPlan(kind, ofKind, registry[kind], assign, NEW_ROW_PARTS) : assign();
    for (const [id, slug] of result.slugs) entitySlugs.set(id, slug);
    next[kind] = result.rows;
    retired.push(...retiredOf(kind, result.rows));
  }
  const assign = () => assignArticles(articles, registry.article);
  const articleResult = keep ? keptArticlePlan(articles, registry.article, assign) : assign();
  next.article = articleResult.rows;
  retired.push(...retiredOf('article', articleResult.rows));
  return { entities: entitySlugs, articles: articleResult.slugs, retired, registry: next };
}

/** What a new entity's row is made of, for a kept plan that places one (new-slugs.ts). */
const NEW_ROW_PARTS = { slugOf: (entity: Entity) => toSlug(entity.name), namesOf };

/** The names a registry row records for an entity: its canonical name and its aliases of two words or more. */
function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases.filter((alias) => alias.includes(' ') && nameKey(alias) !== nameKey(entity.name))];
}

function assignEntities(entities: Entity[], previous: RegistryRow[]): { slugs: Map<string, string>; rows: RegistryRow[] } {
  const rows = previous.map((row) => ({ ...row }));
  const taken = new Set(rows.map((row) => row.slug));
  const claimed = new Map<Entity, RegistryRow>();
  const claimedRows = new Set<RegistryRow>();
  const keys = (names: string[] | undefined) => new Set((names ?? []).map(nameKey));
  // Rows by the keys of their names, in registry order: an archive has thousands of
  // entities and rows, and each claim below would otherwise scan every row.
  const byFirstName = indexRows(rows, (row) => [nameKey(row.names?.[0] ?? '')]);
  const byAnyName = indexRows(rows, (row) => (row.status === 'moved' ? [] : [...keys(row.names)]));
  const position = new Map(rows.map((row, index) => [row, index]));
  const firstFree = (candidates: Iterable<RegistryRow>) => {
    let best: RegistryRow | undefined;
    for (const row of candidates) if (!claimedRows.has(row) && (!best || (position.get(row) ?? 0) < (position.get(best) ?? 0))) best = row;
    return best;
  };

  // 1. An entity keeps the row issued for its canonical name, even a row that had moved
  // (a merge undone) or gone (an entity back in the articles); then a row that knew the
  // name as an alias (a rename reverted).
  const claim = (rowsFor: (entity: Entity) => Iterable<RegistryRow>) => {
    for (const entity of entities) {
      if (claimed.has(entity)) continue;
      const row = firstFree(rowsFor(entity));
      if (!row) continue;
      claimed.set(entity, row);
      claimedRows.add(row);
    }
  };
  claim((entity) => byFirstName.get(nameKey(entity.name)) ?? []);
  claim((entity) => byAnyName.get(nameKey(entity.name)) ?? []);
  // 1b. Or the row of one of its longer aliases: a renamed entity keeps its address, and so
  // does one whose canonical name grows ("Raila Odinga" → "Raila Amolo Odinga").
  claim((entity) =>
    namesOf(entity)
      .slice(1)
      .flatMap((alias) => byFirstName.get(nameKey(alias)) ?? [])
      .filter((row) => row.status !== 'moved'),
  );
  // 2. A renamed or merged entity gets a row of its own; the rows of its old names move to it.
  // 3. A new entity gets a new row: its name's slug, or a qualified one when that is taken.
  for (const entity of entities) {
    if (claimed.has(entity)) continue;
    const slug = freeSlug(candidatesFor(entity), taken);
    const row: RegistryRow = { slug, status: 'live' };
    rows.push(row);
    taken.add(slug);
    claimed.set(entity, row);
    claimedRows.add(row);
  }
  for (const [entity, row] of claimed) {
    row.status = 'live';
    row.names = namesOf(entity);
    delete row.target;
  }
  // 4. Rows no entity claimed: moved to the one entity that now goes by their name
  // (any of its names: "Kenyatta" renamed "Uhuru Kenyatta" keeps "Kenyatta" as an alias), else gone.
  // A row that had moved keeps pointing where it did, unless its target is no longer live.
  const heirsByName = new Map<string, Set<Entity>>();
  for (const entity of claimed.keys()) {
    for (const name of [entity.name, ...entity.aliases]) {
      const heirs = heirsByName.get(nameKey(name)) ?? new Set<Entity>();
      heirs.add(entity);
      heirsByName.set(nameKey(name), heirs);
    }
  }
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  for (const row of rows) {
    if (claimedRows.has(row)) continue;
    if (row.status === 'moved' && leadsToLive(row, bySlug, claimedRows)) continue;
    const heirs = new Set([...keys(row.names)].flatMap((key) => [...(heirsByName.get(key) ?? [])]));
    const [heir] = heirs;
    if (heirs.size === 1 && heir) {
      row.status = 'moved';
      row.target = (claimed.get(heir) as RegistryRow).slug;
    } else row.status = 'gone';
  }
  return { slugs: new Map([...claimed].map(([entity, row]) => [entity.id, row.slug])), rows };
}

/** Rows under each of their keys, in registry order. */
function indexRows(rows: RegistryRow[], keysOf: (row: RegistryRow) => string[]): Map<string, RegistryRow[]> {
  const index = new Map<string, RegistryRow[]>();
  for (const row of rows) {
    for (const key of new Set(keysOf(row))) {
      const list = index.get(key) ?? [];
      list.push(row);
      index.set(key, list);
    }
  }
  return index;
}

/** True when a moved row's chain of targets ends at a row claimed this build. */
function leadsToLive(row: RegistryRow, bySlug: ReadonlyMap<string, RegistryRow>, claimed: ReadonlySet<RegistryRow>): boolean {
  let target = bySlug.get(row.target ?? '');
  for (let hops = 0; target && hops <= bySlug.size; hops++) {
    if (claimed.has(target)) return true;
    if (target.status !== 'moved') return false;
    target = bySlug.get(target.target ?? '');
  }
  return false;
}

/** Slugs to try for a new entity: its name, then qualified by its first role's place or title. */
function candidatesFor(entity: Entity): string[] {
  const base = toSlug(entity.name);
  const role = entity.roles[0];
  const qualifiers = [role?.organisation, role?.title].filter((value): value is string => Boolean(value)).map(toSlug);
  return [base, ...qualifiers.map((qualifier) => `${base}-${qualifier}`)];
}

function assignArticles(articles: Article[], previous: RegistryRow[]): { slugs: Map<string, string>; rows: RegistryRow[] } {
  const rows = previous.map((row) => ({ ...row }));
  const taken = new Set(rows.map((row) => row.slug));
  const slugs = new Map<string, string>();
  const claimed = new Set<RegistryRow>();
  const sorted = [...articles].sort((a, b) => a.source.localeCompare(b.source));
  // An article is the same article when its text or its file name survives.
  for (const keyOf of [(item: { hash?: string }) => item.hash, (item: { source?: string }) => item.source]) {
    const index = indexRows(rows, (row) => {
      const key = keyOf(row);
      return key === undefined ? [] : [key];
    });
    for (const article of sorted) {
      if (slugs.has(article.source)) continue;
      const row = (index.get(keyOf(article) as string) ?? []).find((candidate) => !claimed.has(candidate));
      if (!row) continue;
      claimed.add(row);
      slugs.set(article.source, row.slug);
      Object.assign(row, { status: 'live', source: article.source, hash: article.hash, names: [article.title] });
    }
  }
  for (const article of sorted) {
    if (slugs.has(article.source)) continue;
    const slug = freeSlug([articleSlug(article.title)], taken, MAX_ARTICLE_SLUG);
    const row: RegistryRow = { slug, status: 'live', source: article.source, hash: article.hash, names: [article.title] };
    rows.push(row);
    claimed.add(row);
    taken.add(slug);
    slugs.set(article.source, slug);
  }
  for (const row of rows) if (!claimed.has(row)) row.status = 'gone';
  return { slugs, rows };
}

/** The first candidate nobody holds, else the first one numbered `-2`, `-3`…, within `limit` characters. */
function freeSlug(candidates: string[], taken: Set<string>, limit = Infinity): string {
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free) return free;
  const base = candidates[0] as string;
  for (let number = 2; ; number++) {
    const suffix = `-${number}`;
    const candidate = `${base.slice(0, limit - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Retired rows of one kind, with moved chains followed to a live row. */
function retiredOf(kind: RegistryKind, rows: RegistryRow[]): Retired[] {
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return rows
    .filter((row) => row.status !== 'live')
    .map((row) => {
      const retired: Retired = { kind, slug: row.slug, name: row.names?.[0] ?? row.slug };
      let target = row.status === 'moved' ? bySlug.get(row.target ?? '') : undefined;
      for (let hops = 0; target && target.status === 'moved' && hops < rows.length; hops++) target = bySlug.get(target.target ?? '');
      if (target?.status === 'live') retired.target = target.slug;
      return retired;
    });
}

/**
 * An article's slug from its headline. A headline of digits alone ("2027")
 * would take `/articles/2027/`, which is a page of the article list
 * (src/pages/articles/[...page].astro): it gets a word in front.
 */
function articleSlug(title: string): string {
  const slug = truncate(toSlug(title));
  return /^\d+$/.test(slug) ? `article-${slug}` : slug;
}

function truncate(slug: string): string {
  if (slug.length <= MAX_ARTICLE_SLUG) return slug;
  const cut = slug.slice(0, MAX_ARTICLE_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_ARTICLE_SLUG);
}
