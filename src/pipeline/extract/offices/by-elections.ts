/**
 * The seat a by-election is for, as news English names it: "the Lari seat",
 * "the fresh Khwisero by-election", "the Ruai ward by-election", "the seat left
 * vacant by the late Nyakach MP", "the ODM ticket in the Kiagu by-election";
 * and the rivals a candidate "faces" in it, who seek the same seat.
 */
import type { Mention, RoleCue } from '../../types';
import { wordTable } from '../lexicon';

/** "the Kitui Central by-election", "the fresh Khwisero by-election", "the Ruai ward by-election", "the Mukurweini seat". */
const SEAT = /^the\s+(?:(?:fresh|coming|upcoming|forthcoming|planned|repeat|next|looming|hotly\s+contested)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(ward\s+)?(?:parliamentary\s+)?(?:seat|by-election|by\s+election|mini-poll)\b/u;

/** "the seat left vacant by the late Nyakach MP", "the seat vacated by the death of Lari MP X": the office that fell vacant, with its place. */
const VACATED =
  /^the\s+seat\s+(?:that\s+was\s+|which\s+was\s+)?(?:left\s+vacant|vacated|that\s+fell\s+vacant)\s+(?:by|after|following|when)\s+(?:the\s+(?:death|demise|passing|removal|resignation|impeachment|jailing)\s+of\s+)?(?:the\s+)?(?:late\s+|former\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(MP|MCA|Senator|Governor|Woman\s+Rep(?:resentative)?)\b/u;

/** "the ODM ticket again in the fresh Khwisero by-election": the seat the ticket is for. */
const TICKET_FOR = /^the\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+)?ticket\s+(?:again\s+)?(?:in|for)\s+(?=the\s)/u;

/** "the Lari seat" → MP of Lari; "the Ruai ward by-election" → MCA of Ruai, and so is any place the article calls a ward. */
export function seat(object: string, wards: ReadonlySet<string>): RoleCue | undefined {
  const ticket = TICKET_FOR.exec(object);
  if (ticket) return seat(object.slice(ticket[0].length), wards);
  const vacated = VACATED.exec(object);
  if (vacated) {
    const title = /^Woman/.test(vacated[2] as string) ? 'Woman Representative' : (vacated[2] as string);
    return { title, organisation: (vacated[1] as string).trim() };
  }
  const found = SEAT.exec(object);
  if (!found) return undefined;
  const place = (found[1] as string).trim();
  // ("is eyeing the Speaker's seat": that office; "Governor Y's seat" is someone's. Neither is an MP of "Speaker's".)
  if (/['’]s$/.test(place)) return POSSESSIVE_OFFICE.test(place) ? { title: place.replace(/['’]s$/, '') } : undefined;
  // ("is eyeing the Senate seat", "the Governor seat": the seat's own word with no place before it is that office, held nowhere the words say; not an MP of "Senate".)
  const alone = SEAT_WORDS[place.toLowerCase().replace(/\s+/g, ' ')];
  if (alone) return { title: alone };
  // ("the ODM ticket for the Siaya Senate seat", "the Kisumu Governor seat": the seat's own word last; the place before it.)
  const office = SEAT_WORD.exec(place);
  if (office && office.index > 0) return { title: SEAT_WORDS[(office[1] as string).toLowerCase().replace(/\s+/g, ' ')] as string, organisation: place.slice(0, office.index).trim() };
  return { title: found[2] || wards.has(place) ? 'MCA' : 'MP', organisation: place };
}

/** "Speaker's", "Deputy Speaker's": an office of the assembly, written with the seat as its possessive. */
const POSSESSIVE_OFFICE = /^(?:Deputy\s+)?Speaker['’]s$/;

/** A seat's own word closing the words before "seat": the seat is that office's, not an MP's. */
const SEAT_WORD = /\s(Senate|Senatorial|Governor|Gubernatorial|Governorship|Woman\s+Rep(?:resentative)?|MCA)$/;
const SEAT_WORDS = wordTable({
  senate: 'Senator', senatorial: 'Senator', governor: 'Governor', gubernatorial: 'Governor', governorship: 'Governor', mca: 'MCA',
  'woman rep': 'Woman Representative', 'woman representative': 'Woman Representative',
});

/** "the Kiagu ward", "Kakrao Ward MCA": the places an article calls wards. */
export function wardsOf(texts: readonly string[]): Set<string> {
  const wards = new Set<string>();
  for (const text of texts) {
    if (!/\b[Ww]ard\b/.test(text)) continue;
    for (const match of text.matchAll(WARD)) wards.add((match[1] as string).trim());
  }
  return wards;
}

const WARD = /((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)[Ww]ard\b/gu;

/** "faces", "will face", "is up against": a candidate's rivals follow. */
const FACES = /\b(?:faces|will\s+face|is\s+up\s+against|takes\s+on)\s+/;

/** Only what introduces a rival between them: titles and party acronyms, "and", "an independent aspirant, businessman". */
const RIVAL_GAP = /^(?:[\s,]|(?:and|an?|the|independent|aspirants?|candidates?|nominees?|hopefuls?|businessman|businesswoman|lawyer|former|retired)\b|\p{Lu}[\p{L}\p{N}'’-]*)*$/u;

/** What may follow a rival's name: the list going on, the race, the sentence's end. */
const RIVAL_END = /^(?:\s*\([^()]{1,40}\))?(?:\s*[,.;]|\s+(?:and|in|for|of|at)\b|\s*$)/;

/**
 * "X, UDA's candidate in the Ruai ward by-election, faces ODM nominee Y and
 * an independent aspirant, Z": the candidate's rivals seek the same seat.
 */
export function readRivals(text: string, start: number, mentions: Mention[], add: (person: Mention, role: RoleCue) => void, soughtBefore: (person: Mention) => RoleCue | undefined = () => undefined): void {
  const verb = FACES.exec(text);
  if (!verb) return;
  // (Persons only: "the late Nyando MP" leaves a place's word between the candidate and the verb.)
  // ("Nyamohanga, a former administrator, faces …": a lone surname opening the sentence is the candidate too.)
  const people = mentions.filter((mention) => mention.kind === 'person' || (mention.kind === 'word' && mention.offset === start && !mention.acronym));
  const candidate = people.filter((mention) => mention.offset - start < verb.index).at(-1);
  // (The seat may have been stated for the candidate in an earlier sentence.)
  const sought = candidate && ([candidate.role, ...(candidate.roles ?? [])].find((role) => role?.tense === 'aspiring' && role.organisation) ?? soughtBefore(candidate));
  if (!sought) return;
  let at = verb.index + verb[0].length;
  for (const rival of people.filter((mention) => mention.kind === 'person' && mention.offset - start >= at)) {
    if (!RIVAL_GAP.test(text.slice(at, rival.offset - start))) return;
    at = rival.offset - start + rival.surface.length;
    // ("faces Governor X's wrath": someone named as a noun's owner is no rival.)
    if (!RIVAL_END.test(text.slice(at))) return;
    add(rival, { ...sought });
  }
}
