/**
 * Turns a resolved group of mentions into an `Entity`: its canonical name and
 * aliases, and the facts its mentions carry (roles, party ties), each with
 * the sentence it was read in.
 */
import type { Entity, Evidence, Mention, PartyTie, Role, RoleCue, Tense } from '../types';
import { relationOfRole } from '../extract/tie-facts';
import { roleStated, tieStated } from './evidence-check';
import { formsOf } from './named-in';
import { clashingSeats, type HeldBackFact } from './held-back';
import { nameKey } from './normalise';
import { partyName, type PartyGroup } from './parties';
import type { PersonGroup } from './people';

export type EntityMentions = { source: string; mention: Mention }[];

/**
 * Builds a person; `partyOf` tells which party entity, if any, a written
 * organisation is. A role or tie whose sentence does not name its party is
 * held back (the evidence check), unless another sentence states the same fact.
 */
export function buildPerson(
  group: PersonGroup,
  partyOf: (name: string) => Entity | undefined,
): { entity: Entity; mentions: Mention[]; heldBack: HeldBackFact[] } {
  const all: EntityMentions = group.clusters.flatMap((cluster) => cluster.mentions.map((mention) => ({ source: cluster.source, mention })));
  const name = canonicalName(all.map(({ mention }) => mention.name));
  const entity = emptyEntity('person', name, all);
  const forms = formsOf(entity);
  const held: HeldBackFact[] = [];
  // "Mulongo, then the ODM chairperson, … Mulongo, who left ODM for the CCW-K, …": the article says he left the party.
  const leftIn = new Map<string, Set<string | undefined>>();
  for (const { source, mention } of all) {
    for (const tie of mention.ties ?? []) {
      if (tie.relation !== 'left') continue;
      const set = leftIn.get(source) ?? new Set();
      set.add(partyOf(tie.party)?.id);
      leftIn.set(source, set);
    }
  }
  for (const { source, mention } of all) {
    const evidence: Evidence = { source, sentence: mention.place.sentence };
    // ("“Our Governor X has not paid workers,” said Y.": an office said inside a quote is the speaker's word, not the
    // article's; the review page shows it.)
    const reason = mention.quoted ? { reason: 'it is said inside a quote, not stated by the article' } : {};
    const hold = (kind: HeldBackFact['kind'], relation: string, party: Entity | undefined, tense?: Tense) =>
      held.push({ person: name, kind, relation, ...tensed(tense), ...(party ? { party: party.name } : {}), ...reason, evidence });
    // A sentence can state more than one role ("former Governor X, the party's new National Chairman").
    // "the immediate former P chairperson, who quit the party": a former office in a party the article says the person left
    // is a role, and no tie besides the move itself.
    const left = leftIn.get(source);
    // ("The P met. X was elected the party's chairman.": a fact whose party the sentence before names carries both sentences.)
    const statedBy = (cue: { statedIn?: string }): Evidence => (cue.statedIn ? { source, sentence: cue.statedIn } : evidence);
    for (const role of [...(mention.role ? [mention.role] : []), ...(mention.roles ?? [])]) {
      const party = role.organisation ? partyOf(role.organisation) : undefined;
      const tieToo = !(party && role.tense === 'former' && left?.has(party.id));
      const stated = statedBy(role);
      if (!mention.quoted && roleStated(stated.sentence, forms, party && formsOf(party))) addRole(entity, role, stated, partyOf, tieToo);
      else hold('role', role.title, party, role.tense);
    }
    for (const tie of mention.ties ?? []) {
      const party = partyOf(tie.party);
      // (A former office in it is the role; the move is the tie. A race run on its ticket stays a fact of its own.)
      if (!party || (tie.tense === 'former' && tie.relation !== 'left' && tie.relation !== 'candidate' && left?.has(party.id))) continue;
      const stated = statedBy(tie);
      if (!mention.quoted && tieStated(stated.sentence, forms, formsOf(party))) addTie(entity, { party: party.id, relation: tie.relation, ...tensed(tie.tense), evidence: stated });
      else hold('tie', tie.relation, party, tie.tense);
    }
  }
  const clashing = clashingSeats(entity.roles);
  for (const role of clashing) {
    const others = clashing.filter((other) => other.title === role.title && other.organisation !== role.organisation).map((other) => `“${other.organisation}”`);
    held.push({ person: name, kind: 'role', relation: `${role.title}, ${role.organisation}`, reason: `the same name also holds the seat of ${[...new Set(others)].join(' and ')}: two people of one name, or a place misread`, evidence: role.evidence });
  }
  entity.roles = entity.roles.filter((role) => !clashing.includes(role));
  // A fact another sentence states is published from there: nothing to review.
  const published = (fact: HeldBackFact) =>
    fact.party !== undefined &&
    entity.ties.some((tie) => partyOf(fact.party as string)?.id === tie.party && tie.relation.toLowerCase() === fact.relation.toLowerCase() && tie.tense === fact.tense);
  return { entity, mentions: all.map(({ mention }) => mention), heldBack: held.filter((fact) => !published(fact)) };
}

/** Builds a party from its directory entry and its mentions. */
export function buildParty(group: PartyGroup, all: EntityMentions): { entity: Entity; group: PartyGroup } {
  const name = partyName(group);
  const entity = emptyEntity('party', name, all);
  entity.acronym = group.acronym;
  const acronym = group.acronym ? nameKey(group.acronym) : undefined;
  entity.aliases = entity.aliases.filter((alias) => nameKey(alias) !== acronym);
  return { entity, group };
}

function emptyEntity(kind: Entity['kind'], name: string, all: EntityMentions): Entity {
  const mentions = new Map<string, Mention[]>();
  for (const { source, mention } of all) {
    const list = mentions.get(source) ?? [];
    list.push(mention);
    mentions.set(source, list);
  }
  const aliases = [...new Set(all.map(({ mention }) => mention.name))].filter((alias) => nameKey(alias) !== nameKey(name));
  return {
    id: `${kind}:${nameKey(name)}`,
    kind,
    name,
    aliases: aliases.sort((a, b) => a.localeCompare(b)),
    acronym: null,
    roles: [],
    ties: [],
    quotes: [],
    coalitions: [],
    mentions,
  };
}

/** The fullest name: most words, then most often written, then alphabetical. */
function canonicalName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    (a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return ranked[0]?.[0] ?? '';
}

const words = (name: string) => name.split(/\s+/).length;

/** A tense worth writing down: absent means current. */
const tensed = (tense: Tense | undefined): { tense?: Tense } => (tense && tense !== 'current' ? { tense } : {});

/**
 * Adds a role unless the entity has it already: the same title in the same
 * organisation (a party under any of its names) and the same tense, so that
 * a title held once and held now are two roles.
 */
function addRole(entity: Entity, cue: RoleCue, evidence: Evidence, partyOf: (name: string) => Entity | undefined, tieToo = true): void {
  const { title, organisation } = cue;
  const tense = cue.tense ?? 'current';
  const party = organisation ? partyOf(organisation) : undefined;
  // One report per office, tense and article: the profile shows each office's newest
  // report, so a later article restating an office must keep its own date and source.
  const key = (role: { title: string; organisation?: string; tense?: Tense; evidence: Evidence }) =>
    `${role.title.toLowerCase()}|${(role.organisation && partyOf(role.organisation)?.id) ?? role.organisation?.toLowerCase() ?? ''}|${role.tense ?? 'current'}|${role.evidence.source}`;
  const wanted = key({ title, ...(organisation ? { organisation } : {}), tense, evidence });
  // Within one article: another article's report of the office keeps its own date and source.
  const sameTitle = (role: Role) => role.title.toLowerCase() === title.toLowerCase() && (role.tense ?? 'current') === tense && role.evidence.source === evidence.source;
  // "Senator" alone says less than "Kitui Senator": keep the one with the organisation.
  // ("outgoing Governor X … X, the Jubilee governor,": a seat the article says its holder is leaving is the one its
  // bare title means there, not a second one held now.)
  const left = (role: Role) => !role.organisation && (role.tense ?? 'current') === 'current' && SEATS.test(role.title) && role.title.toLowerCase() === title.toLowerCase() && role.evidence.source === evidence.source;
  const leaving = !organisation && tense === 'current' && SEATS.test(title) && entity.roles.some((role) => role.tense === 'former' && role.title.toLowerCase() === title.toLowerCase() && role.evidence.source === evidence.source);
  const known = leaving || entity.roles.some((role) => key(role) === wanted || (!organisation && sameTitle(role)));
  if (!known) {
    entity.roles = entity.roles.filter((role) => !(organisation && sameTitle(role) && !role.organisation) && !(tense === 'former' && left(role)));
    const role: Role = { title, ...tensed(tense), evidence };
    if (organisation) role.organisation = organisation;
    entity.roles.push(role);
  }
  // The tie a party office implies is the one the extractor words the same way ("Party Leader" is "leader").
  // (An office sought in it is a candidacy.)
  if (party && tieToo) addTie(entity, { party: party.id, relation: relationOfRole(cue), ...tensed(tense), evidence });
}

/** Seats one holder fills at a time. */
const SEATS = /^(?:Governor|Deputy Governor|Senator|MP|MCA|Woman Representative)$/;

/** Adds a tie unless the same article already states it: each article's report is kept, for its date. */
function addTie(entity: Entity, tie: PartyTie): void {
  const same = entity.ties.some(
    (known) =>
      known.party === tie.party &&
      known.relation.toLowerCase() === tie.relation.toLowerCase() &&
      (known.tense ?? 'current') === (tie.tense ?? 'current') &&
      known.evidence?.source === tie.evidence?.source,
  );
  if (!same) entity.ties.push(tie);
}
