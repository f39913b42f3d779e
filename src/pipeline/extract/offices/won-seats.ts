/**
 * A seat the sentence's subject won at the last general election, or at a
 * by-election since: "X won the Marakwet West seat as an independent in 2022",
 * "X, who captured the Kitui Senate seat in 2022,", "X was elected Kisumu
 * Governor in 2022" is the seat's holder now (the README's "who won the
 * Turkana South seat as an independent"). A seat
 * won at an earlier election may have been lost since, and gives nothing; so
 * does one the sentence goes on to say was lost or taken away.
 */
import type { CountryPack } from '../../pack';
import type { Token } from '../../text/tokens';
import type { RoleCue } from '../../types';
import { addRole, type SameRole } from '../role-facts';
import { readPlacedTitle } from '../roles';
import { seatPlace } from './seat-words';
import type { SentenceMentions } from '../sentence-view';

/** The subject's verb of a race won (after an apposition: "X, a former Kapsowar MCA, won …"), the seat with its place and kind, then the year. */
const WON = /^(?:\s*,[^,;.:“”"()]{1,80},)?(?:\s*,\s*who\s+|\s+)(?:narrowly\s+|comfortably\s+)?(?:won|captured|clinched|recaptured|reclaimed)\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(seat|parliamentary\s+seat|Senate\s+seat|senatorial\s+seat|governorship|gubernatorial\s+seat|Woman\s+Rep(?:resentative)?\s+seat)\b([^.;:“”"]{0,60}?)\bin\s+(\d{4})\b([^.;]*)/u;

/**
 * "X was elected Kisumu Governor in 2022", "X, who was elected MCA for Kanyada ward in 2017,": the seat named by its
 * title, then the year (the words after it read as the race's are).
 */
const ELECTED = /^(?:\s*,[^,;.:“”"()]{1,80},)?(?:\s*,\s*who\s+|\s+)was\s+(?:first\s+|re-?)?elected\s+(?:as\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:MP|MCA|Senator|Governor|Deputy\s+Governor|Woman\s+Rep(?:resentative)?|President))(?:\s+for\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*?)(?:\s+[Ww]ard)?)?\s+in\s+(\d{4})\b([^.;]*)/u;

/** Words after the race that take the seat away or set it before another: "but lost it in 2022", "until his death", "before his appointment" ("but is now allied to UDA" keeps it). */
const UNDONE = /\b(?:lost|until|ousted|unseated|nullified|annulled|before|died|death|impeached|removed|resigned|quit|vacated)\b/;

/** Kenya's general elections; a seat won at the last one before the article, or since, is held now. */
const GENERAL_ELECTIONS = [2002, 2007, 2013, 2017, 2022, 2027, 2032, 2037];

const SEAT_KINDS: Readonly<Record<string, string>> = { parliamentary: 'MP', senate: 'Senator', senatorial: 'Senator', governorship: 'Governor', gubernatorial: 'Governor', woman: 'Woman Representative' };

/** Adds the seats each sentence's subject won at the last general election, or since, as held now. */
export function readWonSeats(sentences: SentenceMentions[], year: number | undefined, pack: CountryPack): void {
  if (year === undefined) return;
  const last = GENERAL_ELECTIONS.filter((one) => one <= year).at(-1);
  if (last === undefined) return;
  let wards: Set<string> | undefined;
  for (const sentence of sentences) {
    if (!/\b(?:won|captured|clinched|recaptured|reclaimed)\s+the\s|\belected\s/.test(sentence.text)) continue;
    // (A surname alone, "Kimwei, a former Kapsowar MCA, won …", is a word mention until the article's people are joined.)
    const person = sentence.mentions.find((mention) => mention.kind !== 'party' && !mention.quoted);
    if (!person || !/^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(sentence.text.slice(0, person.offset - sentence.start))) continue;
    const after = sentence.text.slice(person.offset - sentence.start + person.surface.length);
    const won = WON.exec(after);
    const elected = won ? null : ELECTED.exec(after);
    const when = Number(won?.[4] ?? elected?.[3]);
    if (!(won ?? elected) || when < last || when > year || UNDONE.test(won ? `${won[3]} ${won[5]}` : (elected?.[4] as string))) continue;
    const role = won ? seatWon((won[1] as string).trim(), won[2] as string, pack, (wards ??= wardsOf(sentences))) : titleElected(elected?.[1] as string, elected?.[2]);
    addRole(person, role, sameSeat);
  }
}

/**
 * The seat's office: its kind's word ("Senate seat", "governorship"), or a constituency's name alone ("the Kibwezi
 * seat"); a name alone the article gives as an MCA's ward ("X, the Kapsowar MCA, won the Kapsowar seat") is the ward's.
 */
function seatWon(place: string, kind: string, pack: CountryPack, wards: Set<string>): RoleCue | undefined {
  const word = kind.split(/\s+/)[0]?.toLowerCase() ?? '';
  const title = SEAT_KINDS[word];
  if (title) return { title, organisation: place };
  if (wards.has(place.toLowerCase())) return { title: 'MCA', organisation: place };
  const tokens = place.split(/\s+/).map((text) => ({ text, base: text, lower: text.toLowerCase(), start: 0, end: 0, isWord: true, capitalised: true, acronym: /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(text), possessive: false }) satisfies Token);
  return seatPlace(tokens, pack) === 'constituency' ? { title: 'MP', organisation: place } : undefined;
}

/** The seat is held already when its title is held now, anywhere, or in any tense in its place. */
const sameSeat: SameRole = (held, role) => held.title === role.title && (!held.tense || !role.organisation || held.organisation === role.organisation);

/** The elected title as written ("Kisumu Governor"), with the place written after "for" ("MCA for Kanyada ward"). */
function titleElected(written: string, place: string | undefined): RoleCue | undefined {
  const role = readPlacedTitle(written.trim());
  return role && place && !role.organisation ? { ...role, organisation: place } : role;
}

/** The places the article names as an MCA's ward, in any tense ("the Kapsowar MCA", "a former Kapsowar MCA"). */
function wardsOf(sentences: SentenceMentions[]): Set<string> {
  const wards = new Set<string>();
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      for (const role of [mention.role, ...(mention.roles ?? [])]) if (role?.title === 'MCA' && role.organisation) wards.add(role.organisation.toLowerCase());
    }
  }
  return wards;
}
