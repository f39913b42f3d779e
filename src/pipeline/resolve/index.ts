/**
 * The resolve stage: all articles' mentions in, people and parties out, each
 * with its names, the facts the articles state about it (each with its
 * sentence), and which words of which article name it.
 */
import type { CountryPack } from '../pack';
import type { ArticleExtraction, CoalitionCue, Entity, Mention } from '../types';
import type { ArticlePeople } from './article-people';
import { buildParty, buildPerson, type EntityMentions } from './entities';
import { nameKey } from './normalise';
import { heldBackNotes } from './held-back';
import { PartyDirectory, type PartyGroup } from './parties';
import { attachQuotes, type UnattributedQuote } from './quotes';
import { linksOf, type Links } from './links';
import { factFor } from './kept-facts';
import { isCommonWord } from './common-words';
import { evidenceOf, placeLeftovers, type PersonGroup, type ReviewNote } from './people';
import { keptJoin } from './join-memo';
import { articlePartsOf, joinOrders, nonNames, partyDirectory, rememberDecisions, type TextSet } from './memo';
import { keptParty, partiesKey, personOf, quoteInputs } from './entity-memo';

export type { ReviewNote } from './people';
export type { UnattributedQuote } from './quotes';

export interface Resolution {
  entities: Entity[];
  /** Per article source: the text of each mention and the id of the entity it names. */
  links: Links;
  review: ReviewNote[];
  /** Quotes whose speaker the text does not settle: on no profile. */
  unattributed: UnattributedQuote[];
  /** How many roles, ties and quotes the evidence check held back for review. */
  heldBack: number;
}

/** Resolves the mentions of a whole corpus into entities. */
export interface ResolveOptions {
  /** Pairs (or sets) of names the editor says are different people. */
  keepApart?: string[][];
}

export function resolveCorpus(extractions: ArticleExtraction[], pack: CountryPack, options: ResolveOptions = {}): Resolution {
  const directory = partyDirectory(extractions, pack);
  /** The party a mention names, if it names one: "Wiper", "ODM", "Pwani Umoja". */
  const partyOf = (mention: Mention): PartyGroup | undefined => {
    if (mention.kind === 'person' && (mention.honorific || mention.role)) return undefined;
    const group = directory.find(mention.name);
    if (!group) return undefined;
    return mention.kind === 'party' || mention.acronym || isShortForm(mention, group) ? group : undefined;
  };

  const partyMentions = new Map<PartyGroup, EntityMentions>();
  const addPartyMention = (group: PartyGroup, source: string, mention: Mention) => {
    const list = partyMentions.get(group) ?? [];
    list.push({ source, mention });
    partyMentions.set(group, list);
  };

  const articles: ArticlePeople[] = [];
  const leftovers: { source: string; mention: Mention }[] = [];
  for (const extraction of extractions) {
    const source = extraction.article.source;
    const { people, parties } = articlePartsOf(extraction, directory, partyOf);
    articles.push(people);
    for (const { group, mention } of parties) addPartyMention(group, source, mention);
    for (const mention of people.leftovers) if (!mention.acronym) leftovers.push({ source, mention });
  }

  const { groups, review } = keptJoin(articles, options.keepApart ?? [], joinOrders());
  placeLeftovers(leftovers, groups);

  const parties = [...partyMentions.entries()].map(([group, mentions]) => ({ group, entity: keptParty(group, mentions, () => buildParty(group, mentions).entity) }));
  const partyOfGroup = new Map(parties.map((party) => [party.group, party.entity]));
  const partyNamed = (name: string) => {
    const group = directory.find(name);
    return group ? partyOfGroup.get(group) : undefined;
  };
  const phrases = nonNames(extractions);
  const asParties = partiesKey(directory, parties.map((party) => party.entity));
  const people = groups.filter((group) => isPerson(group, phrases, review)).map((group) => personOf(group, asParties, (one) => buildPerson(one, partyNamed)));
  const entities = [...people.map((person) => person.entity), ...parties.map((party) => party.entity)];

  const quotes = attachQuotes(extractions, people, { memo: rememberDecisions, readOf: quoteInputs });
  attachCoalitions(extractions, partyNamed);
  const heldBack = people.flatMap((person) => person.heldBack);
  return {
    entities: sortEntities(entities),
    links: linksOf(entities),
    review: [...review, ...heldBackNotes(heldBack), ...quotes.review],
    unattributed: quotes.unattributed,
    heldBack: heldBack.length + quotes.review.length,
  };
}

/**
 * Whether a group of name-shaped mentions is a person. Not when nothing in the
 * corpus marks it as one (no title, verb of speech, apposition) and it ends in
 * a common English word ("Finance Bill"), or it is (the tail of) a phrase that
 * is no name ("Linda Jamii" of "Operation Linda Jamii", "Alego Usonga" of
 * "Alego Usonga MP"), or it only ever stands inside quotation marks (a slogan)
 * or after "in", "at" (a place). It goes to review, not to a page.
 */
function isPerson(group: PersonGroup, phrases: TextSet, review: ReviewNote[]): boolean {
  // Asked of every group of the corpus on every resolve: the mentions are read where they are, not gathered into one list.
  const some = (test: (mention: Mention) => unknown) => group.clusters.some((cluster) => cluster.mentions.some(test));
  const last = group.words[group.words.length - 1] ?? '';
  const name = group.clusters.find((cluster) => cluster.mentions.length > 0)?.mentions[0]?.name ?? group.words.join(' ');
  const titled = some((mention) => mention.honorific || mention.role);
  if (!titled && phrases.has(name.toLowerCase())) return false;
  const unmarked = !some((mention) => mention.evidence !== 0);
  if (unmarked && group.words.length > 1 && !some((mention) => !(mention.quoted || mention.afterPlacePreposition))) return false;
  if (!isCommonWord(last)) return true;
  // "General Election": a title before a common word is a phrase; "Mr Said" is still a person.
  const named = group.words.length > 1 || some((mention) => mention.honorific);
  if (named && some((mention) => mention.evidence > 0)) return true;
  const sources = [...new Set(group.clusters.map((cluster) => cluster.source))];
  // "Finance Bill", "Independent Electoral": common words throughout are a phrase, not worth an editor's time.
  if (group.words.every(isCommonWord)) return false;
  review.push({
    kind: 'weak-evidence',
    message: `“${name}” looks like a name but nothing says it is a person, and it ends in a common word; it has no page`,
    names: [name],
    sources,
    evidence: evidenceOf(group.clusters),
    // The editorial file can correct entities, not create them: nothing to copy here.
    fixes: [],
  });
  return false;
}

/** A lone word that begins one party's name ("Wiper", "Tujenge"): that party. */
function isShortForm(mention: Mention, group: PartyGroup): boolean {
  return group.names.some((name) => nameKey(name).startsWith(`${nameKey(mention.name)} `) || nameKey(name) === nameKey(mention.name));
}

/** A coalition link as a fact, one object per statement of an extraction (see factFor). */
function linkOf(cue: CoalitionCue, coalition: string, source: string): Entity['coalitions'][number] {
  return factFor<Entity['coalitions'][number]>(
    cue,
    (link) => link.party === coalition && link.evidence.source === source,
    () => ({ party: coalition, evidence: { source, sentence: cue.place.sentence } }),
  );
}

/** Records each statement that a party belongs to a coalition, when both are parties. */
function attachCoalitions(extractions: ArticleExtraction[], partyNamed: (name: string) => Entity | undefined): void {
  for (const { article, coalitions } of extractions) {
    for (const cue of coalitions) {
      const party = partyNamed(cue.party);
      const coalition = partyNamed(cue.coalition);
      if (!party || !coalition || party === coalition || party.coalitions.some((link) => link.party === coalition.id)) continue;
      party.coalitions.push(linkOf(cue, coalition.id, article.source));
    }
  }
}

function sortEntities(entities: Entity[]): Entity[] {
  return entities.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
