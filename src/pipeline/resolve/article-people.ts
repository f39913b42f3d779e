/**
 * Groups the person mentions of one article: every full name becomes a
 * cluster, and every shorter form ("Mr Odinga", "Raila", "Ole Kisemei") joins
 * the one full name it can stand for. When two people share a surname, a
 * bare surname goes to the one already introduced, or to the one the article
 * is about; failing both it stays unresolved rather than go to either.
 */
import type { Mention } from '../types';
import { honorificSex, isRunOf, isSuffixVariant, personWords } from './normalise';
import { escapeRegExp } from '../text/regexp';

export interface PersonCluster {
  /** The article it was found in. */
  source: string;
  /** Comparable words of its fullest name. */
  words: string[];
  mentions: Mention[];
}

export interface ArticlePeople {
  clusters: PersonCluster[];
  /** Short forms that could stand for more than one person. */
  ambiguous: { mention: Mention; candidates: PersonCluster[] }[];
  /** Lone words that name no person here: parties, places, or people named in full elsewhere. */
  leftovers: Mention[];
}

/** How much context a lone word needs to stand for a person on its own: "Kiptoo said". */
const LONE_NAME_EVIDENCE = 2;

/** Clusters the person mentions of one article. */
export function clusterArticlePeople(source: string, mentions: Mention[]): ArticlePeople {
  const fullNames = mentions.filter((mention) => mention.kind === 'person' && personWords(mention.name).length > 1);
  const isPartial = (mention: Mention) => {
    const words = personWords(mention.name);
    return fullNames.some((other) => {
      const whole = personWords(other.name);
      return whole.length > words.length && isRunOf(words, whole) && !isSuffixVariant(words, whole);
    });
  };

  const clusters: PersonCluster[] = [];
  const firstSeen = new Map<PersonCluster, number>();
  for (const mention of fullNames) {
    if (isPartial(mention)) continue;
    const words = personWords(mention.name);
    const same = clusters.find((cluster) => sameFullName(cluster.words, words));
    if (same) {
      same.mentions.push(mention);
      if (words.length > same.words.length) same.words = words;
    } else {
      const cluster = { source, words, mentions: [mention] };
      clusters.push(cluster);
      firstSeen.set(cluster, order(mention));
    }
  }

  const result: ArticlePeople = { clusters, ambiguous: [], leftovers: [] };
  for (const mention of mentions) {
    if (mention.kind === 'party' || (mention.kind === 'person' && clusters.some((cluster) => cluster.mentions.includes(mention)))) continue;
    if (mention.acronym) {
      result.leftovers.push(mention);
      continue;
    }
    const words = personWords(mention.name);
    const whole = clusters.some((cluster) => isRunOf(words, cluster.words));
    for (const part of whole ? [mention] : partsOf(mention)) placeShortForm(part, clusters, firstSeen, result, source);
  }
  return result;
}

/**
 * The mentions left once words of a party the article names ("Huru",
 * "Wananchi Huru" beside the Chama cha Wananchi Huru) are set aside: they name
 * the party, never a person of their own, unless an honorific or a title makes
 * them one ("Mr Huru").
 */
export function withoutPartyWords(mentions: Mention[], parties: Mention[]): Mention[] {
  const names = parties.map((party) => personWords(party.name));
  const partOfParty = (mention: Mention) => {
    const words = personWords(mention.name);
    return mention.honorific === undefined && !mention.role && names.some((name) => name.length > words.length && isRunOf(words, name));
  };
  return mentions.filter((mention) => !partOfParty(mention));
}

/** Two full names of one person: equal, or one fills in the middle of the other ("Rosabella Mudavadi"). */
function sameFullName(a: string[], b: string[]): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short[0] === long[0] && short[short.length - 1] === long[long.length - 1] && short.every((word) => long.includes(word));
}

function placeShortForm(
  mention: Mention,
  clusters: PersonCluster[],
  firstSeen: Map<PersonCluster, number>,
  result: ArticlePeople,
  source: string,
): void {
  const words = personWords(mention.name);
  const runs = clusters.filter((cluster) => cluster.words.length > words.length && isRunOf(words, cluster.words) && !isSuffixVariant(words, cluster.words));
  // "Barasa said", beside the lawyer Moses Otieno Barasa and Barasa Nyongesa Mukhwana: a lone word is first a surname.
  const surnames = words.length === 1 ? runs.filter((cluster) => cluster.words[cluster.words.length - 1] === words[0]) : [];
  // ("Nominated MCA Peter …" is no "President Peter Kirui Langat": a title stands before a surname, never a first name alone.)
  const candidates = surnames.length > 0 || (words.length === 1 && titledBefore(mention)) ? surnames : runs;
  const exact = clusters.find((cluster) => cluster.words.join(' ') === words.join(' '));
  if (exact) {
    exact.mentions.push(mention);
    return;
  }
  if (candidates.length > 0) {
    const chosen = choose(mention, candidates, firstSeen);
    if (chosen) chosen.mentions.push(mention);
    else result.ambiguous.push({ mention, candidates });
    return;
  }
  const standsAlone = mention.kind === 'person' || mention.evidence >= LONE_NAME_EVIDENCE;
  if (!standsAlone) {
    result.leftovers.push(mention);
    return;
  }
  const cluster = { source, words, mentions: [mention] };
  clusters.push(cluster);
  firstSeen.set(cluster, order(mention));
}

/** "Nominated MCA Peter": the mention's own title written right before it. */
function titledBefore(mention: Mention): boolean {
  const title = mention.role?.title.split(/\s+/).pop();
  if (!title) return false;
  return textBefore(mention).toLowerCase().trimEnd().endsWith(title.toLowerCase());
}

/** "the younger Sigei", "the elder Otieno": a word that tells one namesake from another. */
const SET_APART = /\b(?:the\s+)?(?:younger|elder|older|senior|junior)\s+$/i;

function textBefore(mention: Mention): string {
  return mention.place.sentence.slice(0, Math.max(0, mention.place.sentence.indexOf(mention.surface)));
}

/**
 * Picks the person a short form stands for: the only candidate; else the only
 * one introduced before it, or the only one its "Mr" or "Ms" fits; else the
 * one the article is about (mentioned most so far, and on a tie the one its
 * first paragraph introduces), but only if no other namesake was named in full
 * more recently: "Her husband, Peter Oyugi, … Mr Oyugi said" in a story about
 * Governor Mary Oyugi could be either of them, and a quote or an office given
 * to the wrong one is worse than none.
 */
function choose(mention: Mention, candidates: PersonCluster[], firstSeen: Map<PersonCluster, number>): PersonCluster | undefined {
  if (candidates.length === 1) return candidates[0];
  // ("Governor Peter Otieno and Senator Mary Otieno … Senator Otieno disagreed": the title says which of them.)
  const holders = candidates.filter((cluster) => holdsTitleOf(cluster, mention) && !ofOtherSex(mention, cluster));
  if (holders.length === 1) return holders[0];
  const at = order(mention);
  const introduced = candidates.filter((cluster) => (firstSeen.get(cluster) ?? Infinity) < at);
  if (introduced.length === 1) return introduced[0];
  const pool = introduced.length > 0 ? introduced : candidates;
  const fitting = pool.filter((cluster) => !ofOtherSex(mention, cluster));
  if (fitting.length === 1) return fitting[0];
  // ("the younger Sigei said", of a late MP and his son: the words set one namesake against another, and no count of
  // mentions says which of them is meant.)
  if (SET_APART.test(textBefore(mention))) return undefined;
  const subject = subjectOf(fitting, at, firstSeen);
  if (!subject || introduced.length === 0) return subject;
  const mine = lastNamedInFull(subject, at);
  const overtaken = fitting.some((other) => {
    const theirs = lastNamedInFull(other, at);
    return other !== subject && isNamedAfter(theirs, mine) && !usesShortFormBeside(theirs, mention.name);
  });
  return overtaken ? undefined : subject;
}

/**
 * Whether the sentence that names a namesake in full also uses the short form
 * for someone else: "the burial of Mudavadi's stepmother, Mama Rosabella
 * Jerono Mudavadi" sets her apart from the Mudavadi the story is about, so
 * the bare surname after it is still his.
 */
function usesShortFormBeside(full: Mention | undefined, short: string): boolean {
  if (!full) return false;
  const word = new RegExp(`(?<!\\p{L})${escapeRegExp(short)}(?!\\p{L})`, 'gu');
  const count = (text: string) => text.match(word)?.length ?? 0;
  return count(full.place.sentence) > count(full.surface);
}

/** The person the article is about at position `at`: mentioned most so far, and on a tie the one its first paragraph names first. */
function subjectOf(pool: PersonCluster[], at: number, firstSeen: Map<PersonCluster, number>): PersonCluster | undefined {
  const ranked = [...pool].sort((a, b) => salience(b, at) - salience(a, at));
  const [first, second] = ranked;
  if (!first || !second) return first;
  if (salience(first, at) > salience(second, at)) return first;
  const leads = ranked.filter((cluster) => salience(cluster, at) === salience(first, at) && cluster.mentions.some((mention) => mention.place.paragraph === 0));
  // Two people in the lead: the story is about the one it names first.
  leads.sort((a, b) => (firstSeen.get(a) ?? Infinity) - (firstSeen.get(b) ?? Infinity));
  return leads[0];
}

/** Whether another mention of the cluster gives the person the title (and its tense) the short form is written with. */
function holdsTitleOf(cluster: PersonCluster, mention: Mention): boolean {
  const title = mention.role;
  if (!title) return false;
  return cluster.mentions.some((one) => one !== mention && [one.role, ...(one.roles ?? [])].some((role) => role?.title === title.title && role.tense === title.tense));
}

/** "Mr Oyugi" cannot be the one of two Oyugis whom the article calls "Mrs". */
function ofOtherSex(mention: Mention, cluster: PersonCluster): boolean {
  const mine = honorificSex(mention.honorific);
  return mine !== undefined && cluster.mentions.some((one) => (honorificSex(one.honorific) ?? mine) !== mine);
}

/** The last mention naming a person in full before position `at`. */
function lastNamedInFull(cluster: PersonCluster, at: number): Mention | undefined {
  const full = cluster.mentions.filter((one) => personWords(one.name).length > 1 && order(one) < at);
  return full.sort((a, b) => order(a) - order(b)).at(-1);
}

/**
 * Whether `later` names its person in a later sentence than `earlier`: two
 * people named in full in one sentence ("X dismissed claims that he had fallen
 * out with his brother, Y") leave the short form to the one the story is about.
 */
function isNamedAfter(later: Mention | undefined, earlier: Mention | undefined): boolean {
  if (!later) return false;
  if (!earlier) return true;
  if (later.place.paragraph !== earlier.place.paragraph) return later.place.paragraph > earlier.place.paragraph;
  return later.place.sentence !== earlier.place.sentence && later.offset > earlier.offset;
}

/** How often a cluster was named before position `at`. */
function salience(cluster: PersonCluster, at: number): number {
  return cluster.mentions.filter((mention) => order(mention) < at).length;
}

/** A mention's position in the article, comparable across paragraphs. */
function order(mention: Mention): number {
  return mention.place.paragraph * 1_000_000 + mention.offset;
}

/** "Kalonzo-Oburu". (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.) */
const TWO_NAMES = /^\p{Lu}[\p{L}'’]+-\p{Lu}[\p{L}'’]+$/u;

/** "Kalonzo-Oburu": a compound of two names is two mentions. */
function partsOf(mention: Mention): Mention[] {
  if (mention.kind !== 'word' || !TWO_NAMES.test(mention.surface)) return [mention];
  const [first = '', second = ''] = mention.surface.split('-');
  return [
    { ...mention, name: first, surface: first },
    { ...mention, name: second, surface: second, offset: mention.offset + first.length + 1 },
  ];
}
