/**
 * The names each profile must be found by, worked out once per build from all
 * people and parties: what `ProfileHeading` writes into the search index.
 */
import { contestedNames, type ContestedNames } from '../search/names';
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
