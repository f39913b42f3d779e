/**
 * The office a person seeks, from the words that name it after a verb of
 * seeking ("the Kakamega governor seat", "the presidency", "a nomination to
 * the Busia County Assembly"), or from the seat the article gives them
 * ("seeking a second term", "to reclaim the seat").
 */
import type { Mention, RoleCue } from '../../types';
import { seat } from './by-elections';
import { wordTable } from '../lexicon';
import { readRole } from '../roles';

/** "the Kakamega governor seat", "the Nakuru governorship", "the Karachuonyo parliamentary seat". */
const OFFICE = /^the\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(governor|gubernatorial|senator|senatorial|senate|parliamentary|mp|woman\s+rep(?:resentative)?|mca|governorship|presidency|presidential)\b(?:\s+(?:seat|post|position|race|ticket))?/iu;
const SEAT_TITLE = wordTable({ governorship: 'Governor', senate: 'Senator', presidency: 'President' });

/** "the governorship", "the governor's seat": the office, its place unsaid. */
const BARE_OFFICE = /^(?:the\s+)?([Gg]overnorship|[Gg]overnor|[Ss]enator)(?:(?![\p{L}'’-])(?!\s+(?:of\s+)?\p{Lu})|['’]s\s+(?:seat|post|position)\b)/u;

/** The office the words after a verb of seeking name: "the presidency", "the governorship", "the Kakamega governor seat", a ward. */
export function sought(object: string, wards: ReadonlySet<string>): RoleCue | undefined {
  if (/^the\s+presidency\b/i.test(object)) return { title: 'President' };
  // "is now eyeing the governorship on a PMP ticket", "will run for governor on an ODM ticket": the office, its place unsaid
  // (not "Governor Y's seat", "governor of Kisumu": someone's, or a place the words after name).
  const bare = BARE_OFFICE.exec(object);
  if (bare) return { title: /^[Ss]en/.test(bare[1] as string) ? 'Senator' : 'Governor' };
  // "seeking a nomination to the Busia County Assembly": a seat in the assembly, as the article names it.
  const assembly = NOMINATION_TO.exec(object);
  if (assembly) return { title: 'MCA', organisation: (assembly[1] as string).trim() };
  const office = OFFICE.exec(object);
  if (!office) return seat(object, wards);
  const word = (office[2] as string).toLowerCase();
  // ("the coalition’s presidential ticket", "the party's governor ticket": whose ticket it is in lower case, no place of the office.)
  const place = (office[1] as string).trim();
  const role = readRole(SEAT_TITLE[word] ?? `${word} aspirant`, /^\p{Ll}/u.test(place) ? undefined : place);
  return role && { title: role.title, ...(role.organisation ? { organisation: role.organisation } : {}) };
}

/** "X, who was nominated to the Senate": a nominated seat not yet taken up (a county assembly's is read with the party that nominated). */
export function nominatedTo(after: string): RoleCue | undefined {
  const seat = NOMINATED_TO.exec(after)?.[1];
  if (!seat) return undefined;
  return { title: seat === 'Senate' ? 'Senator' : 'MP', tense: 'incoming' };
}

const NOMINATION_TO = /^an?\s+nomination\s+(?:to|for)\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}County\s+Assembly)\b/u;

const NOMINATED_TO = /^\s*,\s*who\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?nominated\s+to\s+the\s+(Senate|National\s+Assembly)\b/;

/** The elected office a role gives, held now: the seat sought again. */
export function heldNow(role: RoleCue | undefined): RoleCue | undefined {
  return role && !role.tense && ELECTED.test(role.title) ? { title: role.title, ...(role.organisation ? { organisation: role.organisation } : {}) } : undefined;
}

export const ELECTED = /^(?:President|Governor|Senator|MP|MCA|Woman Representative)$/;

/** The elected office a mention gives the person, held now or before: the seat "reclaimed". */
export function heldOnce(person: Mention): RoleCue | undefined {
  const role = [person.role, ...(person.roles ?? [])].find((one) => one && ELECTED.test(one.title) && (!one.tense || one.tense === 'former'));
  return role && { title: role.title, ...(role.organisation ? { organisation: role.organisation } : {}) };
}
