/**
 * Scores the facts the extractor publishes (roles, party ties, quotes) against
 * an article's facts gold. Names map to gold people and parties the way the
 * entity scores map them; titles compare without case, hyphens, abbreviations
 * or words of time ("CS-designate" is "Cabinet Secretary"), since the tense is
 * scored on its own.
 */
import { nameKey } from '../pipeline/resolve/normalise';
import type { ExtractReport, PartySummary, PersonSummary } from '../pipeline/summary';
import type { Gold, GoldEntity } from './gold';
import { goldEntityOf } from './score';

export interface FactCount {
  truePositives: number;
  /** Published facts judged (facts about people the gold marks optional are not). */
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  falseNegatives: string[];
}

export interface FactsScore {
  /** Matched on person and title; `wrongTense` lists matches whose tense differs from the gold. */
  roles: FactCount & { wrongTense: string[] };
  /** Matched on person and party; `relationDiffers` lists matches whose relation does not. */
  ties: FactCount & { relationDiffers: string[] };
  /** Matched on speaker and first words; `misattributed` lists quotes published under the wrong speaker. */
  quotes: FactCount & { misattributed: string[] };
}

type Facts = NonNullable<Gold['facts']>;

/** Scores the facts one article states: `source` is its file name, `gold` its gold. */
export function scoreFacts(report: ExtractReport, source: string, gold: Gold & { facts: Facts }): FactsScore {
  const people = report.people.filter((person) => person.articles.includes(source));
  const judge = judgeOf(people, gold.people);
  const parties = partyJudge(report.parties, gold.parties);
  return {
    roles: scoreRoles(people, source, gold.facts.roles, judge, parties),
    ties: scoreTies(people, source, gold.facts.ties, judge, parties),
    quotes: scoreQuotes(people, report.unattributed.filter((quote) => quote.evidence.source === source), source, gold.facts.quotes, judge),
  };
}

/** Maps a predicted person to the gold person it stands for; `optional` when the gold does not judge them. */
type PersonJudge = (person: PersonSummary) => { gold?: GoldEntity; optional: boolean };

function judgeOf(people: PersonSummary[], gold: GoldEntity[]): PersonJudge {
  const found = new Map(people.map((person) => [person, goldEntityOf(person, gold)]));
  return (person) => {
    const match = found.get(person);
    return { ...(match ? { gold: match } : {}), optional: match?.optional === true };
  };
}

/** True when `name` is one of the gold entity's names. */
function names(entity: GoldEntity | undefined, name: string): boolean {
  if (!entity) return false;
  const key = nameKey(name);
  return [entity.name, ...entity.aliases, ...(entity.acronym ? [entity.acronym] : [])].some((form) => nameKey(form) === key);
}

/** Every comparable form of an organisation: as written, and all names of the party it is, predicted or gold. */
function partyJudge(predicted: PartySummary[], gold: GoldEntity[]): (organisation: string) => string[] {
  const formsOf = (entity: { name: string; aliases: string[]; acronym?: string | null }) => [entity.name, ...entity.aliases, ...(entity.acronym ? [entity.acronym] : [])];
  return (organisation) => {
    const key = nameKey(organisation);
    const party = predicted.find((one) => formsOf(one).some((form) => nameKey(form) === key));
    const goldParty = (party && goldEntityOf(party, gold)) ?? gold.find((one) => formsOf(one).some((form) => nameKey(form) === key));
    return [...new Set([organisation, ...(party ? formsOf(party) : []), ...(goldParty ? formsOf(goldParty) : [])].map(organisationKey))];
  };
}

const ABBREVIATIONS: Record<string, string> = {
  cs: 'cabinet secretary',
  dp: 'deputy president',
  ps: 'principal secretary',
  cas: 'chief administrative secretary',
  ag: 'attorney general',
  sg: 'secretary general',
  'sec gen': 'secretary general',
  'woman rep': 'woman representative',
  'county woman representative': 'woman representative',
  'county woman rep': 'woman representative',
  'member of parliament': 'mp',
  'member of county assembly': 'mca',
};
const TIME_WORDS = /\b(?:former|ex|immediate|outgoing|retired|one time|onetime|incoming|elect|designate|nominee|acting|aspiring|aspirant|hopeful|the|new|late)\b/g;

/** A title as compared: "CS-designate" and "Cabinet Secretary" are one; "party leader" of a party is its "leader". */
export function titleKey(title: string): string {
  const words = nameKey(title).replace(TIME_WORDS, ' ').replace(/\bparty\b/g, ' ').replace(/\s+/g, ' ').trim();
  return ABBREVIATIONS[words] ?? words;
}

const organisationKey = (name: string) => nameKey(name).replace(/\b(?:the|county|constituency|ward|of)\b/g, ' ').replace(/\s+/g, ' ').trim();

/** Loose: one organisation's words stand, in order, inside the other's ("Kitui" and "Kitui County Assembly"). */
function sameOrganisation(a: string[], b: string[]): boolean {
  const inside = (short: string, long: string) => short !== '' && ` ${long} `.includes(` ${short} `);
  return a.some((x) => b.some((y) => inside(x, y) || inside(y, x)));
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

function count(truePositives: number, predicted: number, gold: number, falsePositives: string[], falseNegatives: string[]): FactCount {
  return { truePositives, predicted, gold, precision: ratio(truePositives, predicted), recall: ratio(truePositives, gold), falsePositives, falseNegatives };
}

/** Predicted facts of one kind in this article, with the person they are about. */
function factsOf<T extends { evidence?: { source: string } }>(
  people: PersonSummary[],
  source: string,
  judge: PersonJudge,
  pick: (person: PersonSummary) => T[],
  skipOptional = true,
): Judged<T>[] {
  return people.flatMap((person) => {
    const { gold, optional } = judge(person);
    if (optional && skipOptional) return [];
    return pick(person)
      .filter((fact) => fact.evidence?.source === source)
      .map((fact) => ({ person, gold, fact }));
  });
}

type Judged<T> = { person: PersonSummary; gold?: GoldEntity; fact: T };

/**
 * Matches gold facts to predicted ones, each used once: among the predictions
 * that `fit` a gold fact, one that also `agrees` (same tense, same relation)
 * first, over the whole gold list before any that only fits. Disagreeing
 * matches are counted as matches, and listed.
 */
function matchFacts<G, T>(
  gold: G[],
  predicted: Judged<T>[],
  rule: { fits: (gold: G, predicted: Judged<T>) => boolean; agrees: (gold: G, fact: T) => boolean; describe: (gold: G) => string; found: (fact: T) => string; shown: (predicted: Judged<T>) => string },
): FactCount & { disagreements: string[] } {
  const used = new Set<number>();
  const disagreements: string[] = [];
  const falseNegatives: string[] = [];
  const fitting = (fact: G, agreeing: boolean) =>
    predicted.findIndex((candidate, index) => !used.has(index) && rule.fits(fact, candidate) && (!agreeing || rule.agrees(fact, candidate.fact)));
  // Agreeing pairs first, over all the gold: a published fact that agrees with one gold fact
  // is not taken by another, earlier in the list, that it only fits.
  const paired = gold.map((fact) => {
    const index = fitting(fact, true);
    if (index >= 0) used.add(index);
    return index;
  });
  gold.forEach((fact, position) => {
    if ((paired[position] as number) >= 0) return;
    const index = fitting(fact, false);
    if (index < 0) {
      falseNegatives.push(rule.describe(fact));
      return;
    }
    used.add(index);
    disagreements.push(`${rule.describe(fact)}, given as ${rule.found((predicted[index] as Judged<T>).fact)}`);
  });
  const falsePositives = predicted.filter((_, index) => !used.has(index)).map(rule.shown);
  return { ...count(used.size, predicted.length, gold.length, falsePositives, falseNegatives), disagreements };
}

function scoreRoles(people: PersonSummary[], source: string, gold: Facts['roles'], judge: PersonJudge, organisation: (name: string) => string[]): FactsScore['roles'] {
  const { disagreements, ...score } = matchFacts(gold, factsOf(people, source, judge, (person) => person.roles), {
    fits: (role, { gold: who, fact }) =>
      names(who, role.person) &&
      titleKey(fact.title) === titleKey(role.title) &&
      (!fact.organisation || !role.of || sameOrganisation(organisation(fact.organisation), organisation(role.of))),
    agrees: (role, fact) => fact.tense === role.tense,
    describe: (role) => `${role.person}: ${role.title}${role.of ? ` of ${role.of}` : ''} (${role.tense})`,
    found: (fact) => fact.tense,
    shown: ({ person, fact }) => `${person.name}: ${fact.title}${fact.organisation ? ` of ${fact.organisation}` : ''} (${fact.tense})`,
  });
  return { ...score, wrongTense: disagreements };
}

const RELATIONS = new Set(['leader', 'member', 'candidate', 'left', 'joined', 'ally']);

/** A predicted relation in the gold's words: an office's title is "office". */
function relationKind(relation: string): string {
  const key = nameKey(relation);
  if (RELATIONS.has(key)) return key;
  if (key === 'nominee' || key === 'aspirant') return 'candidate';
  return /\bleader$/.test(key) && !/\b(?:deputy|majority|minority)\b/.test(key) ? 'leader' : 'office';
}

function scoreTies(people: PersonSummary[], source: string, gold: Facts['ties'], judge: PersonJudge, organisation: (name: string) => string[]): FactsScore['ties'] {
  const { disagreements, ...score } = matchFacts(gold, factsOf(people, source, judge, (person) => person.parties), {
    fits: (tie, { gold: who, fact }) => names(who, tie.person) && organisation(fact.party).some((key) => organisation(tie.party).includes(key)),
    agrees: (tie, fact) => relationKind(fact.relation) === tie.relation,
    describe: (tie) => `${tie.person}: ${tie.party} (${tie.relation}${tie.title ? `, ${tie.title}` : ''})`,
    found: (fact) => fact.relation,
    shown: ({ person, fact }) => `${person.name}: ${fact.party} (${fact.relation})`,
  });
  return { ...score, relationDiffers: disagreements };
}

/** Quote text as compared: one kind of quotation mark and apostrophe, one space, no opening punctuation, any case. */
export function quoteKey(text: string): string {
  return text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.…,;:-]+/, '')
    .toLowerCase();
}

function scoreQuotes(
  people: PersonSummary[],
  unattributed: ExtractReport['unattributed'],
  source: string,
  gold: Facts['quotes'],
  judge: PersonJudge,
): FactsScore['quotes'] {
  // An analyst is no politician, but what they said is still theirs: quotes of optional people are judged.
  const predicted = factsOf(people, source, judge, (person) => person.quotes, false);
  const used = new Set<number>();
  const misattributed: string[] = [];
  const falseNegatives: string[] = [];
  let truePositives = 0;
  for (const quote of gold) {
    const starts = quoteKey(quote.starts);
    const says = (text: string) => quoteKey(text).startsWith(starts) || quoteKey(text).includes(starts);
    const index = predicted.findIndex(({ fact }, at) => !used.has(at) && says(fact.text));
    const describe = `“${quote.starts}…” (${quote.speaker ?? 'no speaker'})`;
    if (index === -1) {
      // Left unattributed, or not found: right when the gold has no speaker either.
      if (quote.speaker !== null) falseNegatives.push(`${describe}${unattributed.some((one) => says(one.text)) ? ', left unattributed' : ''}`);
      continue;
    }
    used.add(index);
    const { gold: speaker, person } = predicted[index] as (typeof predicted)[number];
    if (quote.speaker !== null && names(speaker, quote.speaker)) truePositives++;
    else {
      misattributed.push(`${describe}, given to ${person.name}`);
      if (quote.speaker !== null) falseNegatives.push(describe);
    }
  }
  const falsePositives = [
    ...misattributed,
    ...predicted.filter((_, index) => !used.has(index)).map(({ person, fact }) => `“${fact.text.split(/\s+/).slice(0, 6).join(' ')}…” (${person.name}), not in the gold`),
  ];
  const withSpeaker = gold.filter((quote) => quote.speaker !== null).length;
  return { ...count(truePositives, predicted.length, withSpeaker, falsePositives, falseNegatives), misattributed };
}

/** Pools the facts scores of several articles (or sets), counting every fact once. */
export function poolFacts(scores: FactsScore[]): FactsScore {
  const pool = (counts: FactCount[]) =>
    count(
      counts.reduce((sum, one) => sum + one.truePositives, 0),
      counts.reduce((sum, one) => sum + one.predicted, 0),
      counts.reduce((sum, one) => sum + one.gold, 0),
      counts.flatMap((one) => one.falsePositives),
      counts.flatMap((one) => one.falseNegatives),
    );
  return {
    roles: { ...pool(scores.map((score) => score.roles)), wrongTense: scores.flatMap((score) => score.roles.wrongTense) },
    ties: { ...pool(scores.map((score) => score.ties)), relationDiffers: scores.flatMap((score) => score.ties.relationDiffers) },
    quotes: { ...pool(scores.map((score) => score.quotes)), misattributed: scores.flatMap((score) => score.quotes.misattributed) },
  };
}
