/**
 * What a resolve can keep from the last one in the same process (the dev
 * server resolves the whole corpus again on every save): the party directory,
 * the non-name phrases, each article's clusters and quote decisions, and the
 * collator's ranks (each person's and each party's entity: entity-memo.ts). Each is reused only when
 * everything it was computed from is the same, compared by identity where
 * the input is an object the extraction cache keeps (an unchanged article's
 * extraction and mentions are the same objects from one run to the next), and
 * by value otherwise. A memo that could serve a stale answer would make the
 * incremental ingest differ from a cold one; each says below what it keys on.
 */
import type { CountryPack } from '../pack';
import type { ArticleExtraction, Mention } from '../types';
import { clusterArticlePeople, withoutPartyWords, type ArticlePeople } from './article-people';
import { PartyDirectory, type PartyGroup } from './parties';
import type { JoinOrders } from './people';
import { Collation } from '../collation';
import { sameItems } from '../same-items';
import { forgetLinks } from './links';
import { forgetJoin } from './join-memo';
import { forgetDuplicatePairs } from './review';
import type { ArticleQuotes, DecisionMemo } from './quotes';

/** The party-kind mentions of each extraction: collecting them scans every mention of the corpus. */
const partyMentions = new WeakMap<ArticleExtraction, Mention[]>();

function namedParties(extraction: ArticleExtraction): Mention[] {
  let named = partyMentions.get(extraction);
  if (!named) {
    named = extraction.mentions.filter((mention) => mention.kind === 'party');
    partyMentions.set(extraction, named);
  }
  return named;
}

let lastDirectory: { pack: string; named: Mention[]; directory: PartyDirectory } | undefined;

let orders = { names: new Collation(), sources: new Collation(), parties: new Collation() };

/**
 * Lets go of what is not already let go of with the extractions (the memos
 * below that key on an extraction or a mention go with it): the last
 * directory and phrases, the links, and the names ranked.
 */
export function forgetResolveMemory(): void {
  lastDirectory = undefined;
  lastPhrases = undefined;
  forgetLinks();
  forgetJoin();
  forgetDuplicatePairs();
  orders = { names: new Collation(), sources: new Collation(), parties: new Collation() };
}

/** The orders `joinPeople` sorts clusters in, kept from one resolve to the next: the collator's part of it is done once per name. */
export function joinOrders(): JoinOrders {
  return orders;
}

/** A set of texts, as far as the resolve asks of one. */
export interface TextSet {
  has(text: string): boolean;
}

/**
 * The corpus's non-name phrases and their tails, counted by how many of the
 * articles' lists give each, with the lists counted: an article that changed
 * hands in a list of its own (an unchanged article's extraction is the same
 * object, and so is its list), and only the lists that came or went are read.
 */
let lastPhrases: { lists: Map<string[], number>; counts: Map<string, number> } | undefined;

/** The corpus's non-name phrases and their tails (see `phrasesAndTails`). */
export function nonNames(extractions: ArticleExtraction[]): TextSet {
  const lists = new Map<string[], number>();
  for (const { phrases } of extractions) lists.set(phrases, (lists.get(phrases) ?? 0) + 1);
  const counts = lastPhrases?.counts ?? new Map<string, number>();
  const add = (list: string[], times: number) => {
    for (const text of phrasesAndTails(list)) {
      const count = (counts.get(text) ?? 0) + times;
      if (count === 0) counts.delete(text);
      else counts.set(text, count);
    }
  };
  const before = lastPhrases?.lists ?? new Map<string[], number>();
  for (const [list, times] of before) if (lists.get(list) !== times) add(list, -times);
  for (const [list, times] of lists) if (before.get(list) !== times) add(list, times);
  lastPhrases = { lists, counts };
  return counts;
}

/** Non-name phrases, and their tails of two words or more ("linda jamii" of "operation linda jamii"), each once. */
function phrasesAndTails(phrases: string[]): Set<string> {
  const all = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    all.add(phrase);
    for (let start = 1; start <= words.length - 2; start++) all.add(words.slice(start).join(' '));
  }
  return all;
}

/**
 * Every full party name and acronym definition in the corpus, longest names
 * first. The directory is a function of the pack's parties and that list
 * alone, so the last one is reused when both are the same: its groups
 * then stay the same objects, which is what lets the memos below compare them.
 */
export function partyDirectory(extractions: ArticleExtraction[], pack: CountryPack): PartyDirectory {
  // Word counts worked out once, names compared by their rank in the collator's order; the sort is stable, as before.
  const words = new Map<string, number>();
  const wordsOf = (name: string) => {
    let count = words.get(name);
    if (count === undefined) words.set(name, (count = name.split(' ').length));
    return count;
  };
  // The sorted list is a function of the list in article order: when that is as last time, so is the directory.
  const named = extractions.flatMap(namedParties);
  const packed = JSON.stringify(pack.parties);
  if (lastDirectory && lastDirectory.pack === packed && sameDefinitions(lastDirectory.named, named)) return lastDirectory.directory;
  const rank = orders.parties.ranks(named.map((mention) => mention.name));
  const sorted = [...named].sort((a, b) => wordsOf(b.name) - wordsOf(a.name) || (rank.get(a.name) as number) - (rank.get(b.name) as number));
  const directory = new PartyDirectory(pack);
  for (const mention of sorted) directory.add(mention.name, mention.acronym);
  lastDirectory = { pack: packed, named, directory };
  return directory;
}

/** The same names with the same acronyms, in the same order. */
function sameDefinitions(a: Mention[], b: Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const one = a[index] as Mention;
    const other = b[index] as Mention;
    if (one !== other && (one.name !== other.name || one.acronym !== other.acronym)) return false;
  }
  return true;
}

/** What resolve makes of one article on its own: its people, and which mentions name which party (as party mentions). */
export interface ArticleParts {
  people: ArticlePeople;
  parties: { group: PartyGroup; mention: Mention }[];
}

const articleParts = new WeakMap<ArticleExtraction, { directory: PartyDirectory; parts: ArticleParts }>();

/**
 * One article's clusters and party mentions. They depend on the article's
 * mentions and on which of them the directory takes for parties: the same
 * extraction object with the same directory object gives the same answer.
 * The clusters handed out are the kept ones, frozen: resolution places a
 * leftover mention in a copy of its cluster (see placeLeftovers), so that no
 * resolve clones every cluster of the corpus.
 */
export function articlePartsOf(extraction: ArticleExtraction, directory: PartyDirectory, partyOf: (mention: Mention) => PartyGroup | undefined): ArticleParts {
  const known = articleParts.get(extraction);
  const parts = known?.directory === directory ? known.parts : computeParts(extraction, partyOf);
  if (known?.directory !== directory) articleParts.set(extraction, { directory, parts });
  return parts;
}

function computeParts({ article, mentions }: ArticleExtraction, partyOf: (mention: Mention) => PartyGroup | undefined): ArticleParts {
  const groups = mentions.map(partyOf);
  const people = clusterArticlePeople(
    article.source,
    withoutPartyWords(
      mentions.filter((mention, index) => mention.kind !== 'party' && !groups[index]),
      mentions.filter((mention, index) => groups[index]),
    ),
  );
  // As party mentions, made once: the same objects each run let a kept party be known by them.
  const parties = mentions.flatMap((mention, index) => {
    const group = groups[index];
    return group ? [{ group, mention: { ...mention, kind: 'party' as const } }] : [];
  });
  // Frozen: every later resolve reads them, and nothing may grow the kept ones.
  const clusters = people.clusters.map((cluster) => Object.freeze({ ...cluster, mentions: Object.freeze([...cluster.mentions]) as Mention[] }));
  return { people: { ...people, clusters: Object.freeze(clusters) as typeof clusters }, parties };
}

const decisions = new WeakMap<ArticleExtraction, { inputs: readonly unknown[]; quotes: ArticleQuotes }>();

/**
 * An article's quotes as last settled, kept while the article (the same
 * extraction object: its text and quotes) and what they read of its people
 * (`inputs`: see `quoteInputs` in entity-memo.ts) are the same. What is kept
 * names quotes and people by position, never an entity of an earlier run.
 */
export const rememberDecisions: DecisionMemo = (extraction, inputs, decide) => {
  const known = decisions.get(extraction);
  if (known && sameItems(known.inputs, inputs)) return known.quotes;
  const quotes = decide();
  decisions.set(extraction, { inputs, quotes });
  return quotes;
};
