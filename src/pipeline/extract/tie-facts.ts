/**
 * How the tie readers write what they read onto a person mention: a tie with
 * its relation and tense, a role, an office in a party (a role and the tie it
 * implies).
 */
import type { Mention, RoleCue, Tense, TieCue } from '../types';
import { addRole } from './role-facts';
import { readRole } from './roles';
import { COUNTY_SEATS, PARTY_OFFICE, SEATS } from './ties/tie-patterns';
import type { SentenceView } from './sentence-view';

/** A tie the sentence states; a candidacy is a tense of its own, so the relation says it and it carries none, unless it is over. */
export function tieOf(person: Mention, party: string, relation: string, tense?: Tense): void {
  addTie(person, { party, relation, ...(tense && (relation !== 'candidate' || tense === 'former') ? { tense } : {}) });
}

/** A tie the person shares with a partner named with them as one subject: "X and Y, both of UDA". */
export function bothOf(view: SentenceView, person: Mention, party: string, relation: string, tense?: Tense): void {
  tieOf(person, party, relation, tense);
  const other = view.partner(person);
  if (other) addTie(other, { party, relation, ...(tense ? { tense } : {}) });
}

export function addTie(person: Mention, tie: TieCue): void {
  person.ties = [...(person.ties ?? []), tie];
}

/** Gives a person the role a sentence states and the tie it implies. */
export function setRole(person: Mention, role: RoleCue): void {
  const held = person.role;
  // A role the run itself states ("former Kisumu Deputy Governor X") stays; the office is one more.
  // ("X, the party's deputy leader,": the apposition's bare "Deputy Leader" is the Deputy Party Leader read here, not a second office.)
  if (!held || (!held.organisation && sameOffice(held, role)) || /^Party\b/.test(held.title) || held.title === 'Candidate') person.role = role;
  else if (!(person.roles ?? []).some((one) => one.title === role.title && one.organisation === role.organisation)) person.roles = [...(person.roles ?? []), role];
  if (role.organisation) tieOf(person, role.organisation, relationOf(role.title), role.tense);
}

/** One office, whether "Party" is written in its title or not ("Deputy Leader", "Deputy Party Leader"), in one tense. */
function sameOffice(held: RoleCue, role: RoleCue): boolean {
  return held.title === role.title || (held.title.replace(/\bParty\s+/, '') === role.title.replace(/\bParty\s+/, '') && held.tense === role.tense);
}

/** An office in a party named after the person: a role and an office tie; a candidacy is a candidate tie. */
export function officeIn(person: Mention, written: string, party: string): void {
  const read = readRole(written, party);
  if (!read) return;
  // ("the party's deputy leader, X": a party's Deputy Party Leader, as "deputy party leader X".)
  const role = read.title === 'Deputy Leader' ? { ...read, title: 'Deputy Party Leader' } : read;
  if (role.tense === 'aspiring') {
    tieOf(person, party, 'candidate');
    if (SOUGHT_SEATS.test(role.title)) addRole(person, { title: role.title, tense: 'aspiring' });
  } else if (isOffice(role.title)) setRole(person, role);
}

/**
 * The relation a title held in a party states: "Leader" and "Party Leader" →
 * leader, "Candidate" → candidate; an office keeps its title ("Secretary-General"),
 * so that the tie resolution derives from the same role is the same tie.
 */
export function relationOf(title: string): string {
  const lower = title.toLowerCase();
  // (A party's "boss" is the one who leads it: "the ODM boss".)
  if (lower === 'party leader' || lower === 'boss' || lower === 'party boss') return 'leader';
  if (SEATS.test(title)) return 'member';
  return lower === 'leader' || lower === 'candidate' || lower === 'member' ? lower : title;
}

/** The relation a role held in a party states: a seat or an office sought ("the PPK's presidential candidate") is a candidacy. */
export function relationOfRole(role: RoleCue): string {
  return role.tense === 'aspiring' ? 'candidate' : relationOf(role.title);
}

/** "as the party's presidential candidate": the seat sought is a role of its own, held in no party. */
export const SOUGHT_SEATS = /^(?:President|Governor|Senator|MP|MCA|Woman Representative|Deputy President)$/;

/** A title that is an office someone holds in an organisation, not a seat or a standing. */
export function isOffice(title: string): boolean {
  return /\b(?:Chair\w*|Secretary\S*|Leader|Treasurer|Organising|Organizing|Director|Spokes\w+|Coordinator|Convener|Convenor|Patron|Whip|President|Commissioner|Head)\b/.test(title);
}

/** "Senator X (ODM, Siaya)": the county is where the seat is, when the title has no place yet. */
export function seatPlace(person: Mention, place: string): void {
  if (person.role && !person.role.organisation && COUNTY_SEATS.test(person.role.title)) person.role = { ...person.role, organisation: place.trim() };
}

/** One tie per party, relation and tense. */
export function dedupe(ties: TieCue[]): TieCue[] {
  const seen = new Set<string>();
  return ties.filter((tie) => {
    const key = `${tie.party.toLowerCase()}|${tie.relation.toLowerCase()}|${tie.tense ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Roles held in a party, written as the facts are kept: "the Umoja Alliance's
 * presidential hopeful" seeks the presidency (a role in no party) as the
 * party's candidate (the tie); "its deputy secretary-general for Zanzibar"
 * and "the party's Kitui branch chairman" hold the office, its scope no part
 * of the title.
 */
export function settlePartyRoles(mention: Mention, isParty: (name: string) => boolean): void {
  const settle = (role: RoleCue): RoleCue => {
    const party = role.organisation;
    if (!party) return role;
    if (!isParty(party)) return organOffice(mention, role, party, isParty);
    if (role.tense === 'aspiring' && SOUGHT_SEATS.test(role.title)) {
      addTie(mention, { party, relation: 'candidate', ...(role.statedIn ? { statedIn: role.statedIn } : {}) });
      const { organisation: _held, statedIn: _stated, ...sought } = role;
      return sought;
    }
    const scoped = SCOPED.exec(role.title) ?? BRANCH.exec(role.title);
    if (!scoped || !PARTY_OFFICE.test(scoped[1] as string)) return role;
    const title = scoped[1] as string;
    for (const tie of mention.ties ?? []) if (tie.party === party && tie.relation === role.title) tie.relation = relationOf(title);
    return { ...role, title };
  };
  if (mention.role) mention.role = settle(mention.role);
  if (mention.roles) mention.roles = mention.roles.map(settle);
}

/**
 * "Chairman of ODM Youth League" (from "ODM Youth League Chairman X", "the chairman of the ODM Youth League"): an
 * office in a party's league, wing or board ("ODM's National Elections Board") is the party's, titled with the organ ("Youth League Chairman"), as the
 * facts are kept, with its office tie. A body that is no party's ("Chairman of Kenya Youth League") stays as it is.
 */
function organOffice(mention: Mention, role: RoleCue, body: string, isParty: (name: string) => boolean): RoleCue {
  const organ = ORGAN_OF.exec(body);
  if (!organ || !ORGAN_OFFICE.test(role.title) || !isParty(organ[1] as string)) return role;
  const title = `${organ[2]} ${role.title}`;
  const party = organ[1] as string;
  addTie(mention, { party, relation: relationOf(title), ...(role.tense ? { tense: role.tense } : {}), ...(role.statedIn ? { statedIn: role.statedIn } : {}) });
  return { ...role, title, organisation: party };
}

/** "ODM Youth League", "UDA Women's League", "ODM National Elections Board": a party's name, then its organ's. */
// ("ODM's National Elections Board": the party's possessive.)
const ORGAN_OF = /^(.+?)(?:['’]s)?\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:League|Wing|Board))$/u;
/** The offices of a party organ: its chair, secretary, treasurer, coordinator. */
const ORGAN_OFFICE = /^(?:(?:Deputy|Vice|National)\s+)?(?:Chairman|Chairperson|Chairwoman|Chair|Vice-Chairman|Vice-Chairperson|Secretary|Secretary-General|Treasurer|Coordinator|Organising\s+Secretary)$/;

/** "Kitui Branch Chairman", "County Chairman": a branch's office is the party's office, as the facts are kept. */
const BRANCH = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:Branch|County)\s+(.+)$/u;

/** "Deputy Secretary-General for Zanzibar": an office, then the region it is held for. */
const SCOPED = /^(.+?)\s+for\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;
