/**
 * What an editor should look at once the corpus is resolved: two entities
 * that may be one person ("Oburu Oginga" and "Oburu Odinga"), and people the
 * articles name only once with nothing to say they are a person.
 */
import type { Entity, Mention } from '../types';
import { coreWords, editDistance } from './normalise';
import { evidenceOf, type ReviewNote } from './people';
import { sameItems } from '../same-items';

/** Review notes about the final entities. */
export function reviewEntities(entities: Entity[]): ReviewNote[] {
  const people = entities.filter((entity) => entity.kind === 'person');
  return [...possibleDuplicates(people), ...weakPeople(people)];
}

function clustersOf(entity: Entity): { source: string; mentions: Mention[] }[] {
  return [...entity.mentions].map(([source, mentions]) => ({ source, mentions }));
}

/** Same first name and a surname one or two letters apart, or one full name inside the other. */
function possibleDuplicates(people: Entity[]): ReviewNote[] {
  return duplicatePairs(people).map(([index, other]) => {
    const a = people[index] as Entity;
    const b = people[other] as Entity;
    return {
      kind: 'possible-duplicate',
      message: `“${a.name}” and “${b.name}” may be the same person; if so, merge them in the editorial file, else keep them apart`,
      names: [a.name, b.name],
      sources: [...new Set([...a.mentions.keys(), ...b.mentions.keys()])].sort(),
      evidence: [...evidenceOf(clustersOf(a), 1), ...evidenceOf(clustersOf(b), 1)],
      fixes: [`entities:\n  - name: ${a.name}\n    same_as: [${b.name}]`, `keep_apart:\n  - [${a.name}, ${b.name}]`],
    };
  });
}

/**
 * The names of the last resolve in this process and the pairs of them that may be one person: the pairs
 * are a function of the names alone, and the dev server asks again on every save, where an edit seldom
 * names anyone new.
 */
let lastPairs: { names: string[]; pairs: [number, number][] } | undefined;

/** Lets go of the kept pairs (see forgetResolveMemory). */
export function forgetDuplicatePairs(): void {
  lastPairs = undefined;
}

/** The positions of the people who may be one, in order: each person, then the later ones sharing a word with them. */
function duplicatePairs(people: Entity[]): [number, number][] {
  const names = people.map((person) => person.name);
  if (lastPairs && sameItems(lastPairs.names, names)) return lastPairs.pairs;
  const pairs: [number, number][] = [];
  const words = names.map(coreWords);
  // Either test needs a word in common (the first name, or all of the shorter name), so only
  // people who share a word are compared: an archive has thousands, and all pairs are millions.
  const byWord = new Map<string, number[]>();
  words.forEach((list, index) => {
    if (list.length < 2) return;
    for (const word of new Set(list)) {
      const holders = byWord.get(word) ?? [];
      holders.push(index);
      byWord.set(word, holders);
    }
  });
  words.forEach((x, index) => {
    if (x.length < 2) return;
    const others = new Set(x.flatMap((word) => (byWord.get(word) ?? []).filter((other) => other > index)));
    for (const other of [...others].sort((i, j) => i - j)) {
      const y = words[other] as string[];
      const sameFirst = x[0] === y[0];
      const surnames = editDistance(x[x.length - 1] as string, y[y.length - 1] as string, 2);
      const inside = (short: string[], long: string[]) => short.length < long.length && short.every((word) => long.includes(word));
      if ((sameFirst && surnames > 0 && surnames <= 2) || inside(x, y) || inside(y, x)) pairs.push([index, other]);
    }
  });
  lastPairs = { names, pairs };
  return pairs;
}

/** Named once, with no title, role, verb of speech or apposition. */
function weakPeople(people: Entity[]): ReviewNote[] {
  return people.flatMap((person) => {
    if (person.roles.length > 0 || !namedOnceBare(person)) return [];
    return [{
      kind: 'weak-evidence' as const,
      message: `“${person.name}” is named once, with nothing in the text to say who they are; check that this is a politician`,
      names: [person.name],
      sources: [...person.mentions.keys()],
      evidence: evidenceOf(clustersOf(person)),
      fixes: [`not_entities: [${person.name}]`],
    }];
  });
}

/** At most one mention, and nothing marks it as a person's: read in place, since nearly every person fails at once. */
function namedOnceBare(person: Entity): boolean {
  let count = 0;
  for (const mentions of person.mentions.values()) {
    count += mentions.length;
    if (count > 1 || mentions.some((mention) => mention.evidence > 0)) return false;
  }
  return true;
}
