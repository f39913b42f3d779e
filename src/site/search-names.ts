/**
 * The names each page must be found by, worked out from all people and
 * parties: what `ProfileHeading` and `ArticleSearchNames` write into the
 * search index.
 */
import { contestedNames, nameForms, spellingVariants, type ContestedNames } from '../search/names';
import { mentionTier, nameMeta } from '../search/options';
import type { ArticleEntry } from '../schemas';
import { loadSite } from './data';
import type { EntityKind } from './urls';

let contested: Promise<Map<string, ContestedNames>> | undefined;

/** The forms of an entity's names that other profiles' names also match (see `contestedNames`). */
export async function contestedNamesOf(kind: EntityKind, slug: string): Promise<ContestedNames> {
  contested ??= loadSite().then(({ people, parties }) =>
    contestedNames([
      ...people.map((person) => ({ key: `person:${person.slug}`, name: person.name, aliases: person.aliases })),
      ...parties.map((party) => ({ key: `party:${party.slug}`, name: party.name, aliases: party.aliases, acronym: party.acronym })),
    ]),
  );
  return (await contested).get(`${kind}:${slug}`) ?? { aliases: [] };
}

/** One `mentioned_N` field of an article: the names of the entities it mentions that often. */
export interface MentionedNames {
  field: string;
  names: string[];
}

/**
 * The names an article mentions, filed by how often it mentions each (see
 * `nameMeta.mentioned`), every form a reader may type: canonical, acronym,
 * aliases, and their spellings without apostrophes or accents. Lowest tier first.
 */
export async function mentionedNamesOf(article: Pick<ArticleEntry, 'people' | 'parties'>): Promise<MentionedNames[]> {
  const { personBySlug, partyBySlug } = await loadSite();
  const tiers = new Map<number, string[]>();
  const file = (count: number, entity: { name: string; aliases: string[]; acronym?: string | null } | undefined) => {
    if (!entity) return;
    const forms = nameForms(entity);
    const tier = mentionTier(count);
    tiers.set(tier, [...(tiers.get(tier) ?? []), ...forms, ...forms.flatMap(spellingVariants)]);
  };
  for (const ref of article.people) file(ref.count, personBySlug.get(ref.slug));
  for (const ref of article.parties) file(ref.count, partyBySlug.get(ref.slug));
  return [...tiers.entries()].sort(([a], [b]) => a - b).map(([tier, names]) => ({ field: nameMeta.mentioned(tier), names: [...new Set(names)] }));
}
