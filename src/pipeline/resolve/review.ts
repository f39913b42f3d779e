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
 * names anyone new; when it does, only the new names are compared with the others.
 */
let lastPairs: { names: string[]; pairs: [number, number][] } | undefined;

/** Past this many new names, every pair is looked for again. */
const MOST_NEW = 8;

/** Lets go of the kept pairs (see forgetResolveMemory). */
export function forgetDuplicatePairs(): void {
  lastPairs = undefined;
}

/** The positions of the people who may be one, in order: each person, then the later ones sharing a word with them. */
function duplicatePairs(people: Entity[]): [number, number][] {
  const names = people.map((person) => person.name);
  if (lastPairs && sameItems(lastPairs.names, names)) return lastPairs.pairs;
  const words = names.map(coreWords);
  const byWord = wordIndex(words);
  const placed = lastPairs && placedNames(lastPairs.names, names);
  const pairs = placed ? withNewNames(lastPairs?.pairs ?? [], placed, words, byWord) : allPairs(words, byWord);
  lastPairs = { names, pairs };
  return pairs;
}

/** Each name's position among the people (of two words or more), under each of its words. */
function wordIndex(words: string[][]): Map<string, number[]> {
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
  return byWord;
}

function allPairs(words: string[][], byWord: Map<string, number[]>): [number, number][] {
  const pairs: [number, number][] = [];
  words.forEach((x, index) => {
    if (x.length < 2) return;
    const others = new Set(x.flatMap((word) => (byWord.get(word) ?? []).filter((other) => other > index)));
    for (const other of [...others].sort((i, j) => i - j)) if (mayBeOne(x, words[other] as string[])) pairs.push([index, other]);
  });
  return pairs;
}

/** Same first name and a surname one or two letters apart, or one full name inside the other: the same answer either way round. */
function mayBeOne(x: string[], y: string[]): boolean {
  const sameFirst = x[0] === y[0];
  const surnames = editDistance(x[x.length - 1] as string, y[y.length - 1] as string, 2);
  const inside = (short: string[], long: string[]) => short.length < long.length && short.every((word) => long.includes(word));
  return (sameFirst && surnames > 0 && surnames <= 2) || inside(x, y) || inside(y, x);
}

/** Where each last name stands among the new ones, all in order, and the new ones between: undefined when a name went or changed. */
function placedNames(before: string[], now: string[]): { at: number[]; added: number[] } | undefined {
  const at: number[] = [];
  const added: number[] = [];
  for (let index = 0; index < now.length; index++) {
    if (before[at.length] === now[index]) at.push(index);
    else if (added.push(index) > MOST_NEW) return undefined;
  }
  return at.length === before.length ? { at, added } : undefined;
}

/** The last pairs at the names' new positions, and the new names' pairs, in the order `allPairs` gives them. */
function withNewNames(last: [number, number][], { at, added }: { at: number[]; added: number[] }, words: string[][], byWord: Map<string, number[]>): [number, number][] {
  const fresh: [number, number][] = [];
  const isNew = new Set(added);
  for (const index of added) {
    const x = words[index] as string[];
    if (x.length < 2) continue;
    const others = new Set(x.flatMap((word) => byWord.get(word) ?? []));
    for (const other of others) {
      // Two new names: the pair once, from the first of them.
      if (other === index || (isNew.has(other) && other < index)) continue;
      if (mayBeOne(x, words[other] as string[])) fresh.push(index < other ? [index, other] : [other, index]);
    }
  }
  const moved = last.map(([a, b]): [number, number] => [at[a] as number, at[b] as number]);
  if (fresh.length === 0) return moved;
  return [...moved, ...fresh].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
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
