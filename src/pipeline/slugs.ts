/**
 * The slugs stage: one URL-safe, deterministic slug per entity and article.
 * A clash is settled by sorted identity, never by the order files were read.
 */
import slugify from '@sindresorhus/slugify';
import type { Article, Entity } from './types';

export interface SlugPlan {
  /** Entity id → slug, unique within its kind. */
  entities: Map<string, string>;
  /** Article source → slug. */
  articles: Map<string, string>;
}

const MAX_ARTICLE_SLUG = 60;

/**
 * A slug for a name: ASCII, lower case, hyphens; apostrophes dropped rather
 * than turned into hyphens ("Matiang'i" → "matiangi").
 *
 * @example toSlug("Ng’ang’a Kilonzo-Jnr") // "nganga-kilonzo-jnr"
 */
export function toSlug(name: string): string {
  return slugify(name.replace(/['’‘`´ʼ]/g, '')) || 'untitled';
}

export function planSlugs(entities: Entity[], articles: Article[]): SlugPlan {
  const entitySlugs = new Map<string, string>();
  for (const kind of ['person', 'party'] as const) {
    const ofKind = entities.filter((entity) => entity.kind === kind).sort((a, b) => a.id.localeCompare(b.id));
    assignUnique(ofKind.map((entity) => [entity.id, toSlug(entity.name)]), entitySlugs);
  }
  const articleSlugs = new Map<string, string>();
  const sorted = [...articles].sort((a, b) => a.source.localeCompare(b.source));
  assignUnique(sorted.map((article) => [article.source, truncate(toSlug(article.title))]), articleSlugs, MAX_ARTICLE_SLUG);
  return { entities: entitySlugs, articles: articleSlugs };
}

/** Gives each key its wanted slug, or the slug with the smallest free number after it. */
function assignUnique(wanted: [string, string][], into: Map<string, string>, limit = Infinity): void {
  const taken = new Set<string>();
  for (const [key, slug] of wanted) {
    let candidate = slug;
    for (let number = 2; taken.has(candidate); number++) {
      const suffix = `-${number}`;
      candidate = `${slug.slice(0, limit - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    taken.add(candidate);
    into.set(key, candidate);
  }
}

function truncate(slug: string): string {
  if (slug.length <= MAX_ARTICLE_SLUG) return slug;
  const cut = slug.slice(0, MAX_ARTICLE_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_ARTICLE_SLUG);
}
