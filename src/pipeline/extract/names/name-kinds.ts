/**
 * What a name is, from its own words and the country pack: a person, a party,
 * an acronym, a single word, or something that is neither (a place, an
 * institution, a movement of a trade or a cause, a party's organ).
 */
import type { CountryPack } from '../../pack';
import type { Token } from '../../text/tokens';
import { EVENT_OPENERS, KISWAHILI_NOUNS, NAME_PARTICLES, NAME_SUFFIXES, ORGANISATION_HEADS, PARTY_HEADS, PLACE_OPENERS, TITLE_HEADS } from '../lexicon';
import { bare } from '../title-words';

/** Words that date a title: "Former Kakamega Senator", "Outgoing MCA". */
export const TENSES = /^(?:former|ex|outgoing|incoming|acting|interim|retired|immediate|one-time|erstwhile)$/;

export type NameKind = 'person' | 'party' | 'acronym' | 'single' | 'other';

/** Words of trades, faiths and causes: an alliance or a movement named with one is not a political party. */
export const CIVIC_WORDS = new Set(['traders', 'growers', 'producers', 'manufacturers', 'employers', 'professionals', 'doctors', 'nurses', 'teachers', 'students', 'pastors', 'clergy', 'rights', 'civic', 'civil', 'christian', 'christians', 'evangelical', 'catholic', 'muslim', 'muslims', 'interfaith', 'inter-faith', 'prayer', 'welfare', 'environmental', 'conservation', 'sports', 'football', 'business', 'investors', 'landlords', 'tenants', 'consumers', 'taxpayers', 'boda',
  // The same in Kiswahili, after "Chama cha": teachers, workers, nurses, doctors, students, traders, fishermen, journalists, co-operatives.
  'walimu', 'wafanyakazi', 'wauguzi', 'madaktari', 'wanafunzi', 'wafanyabiashara', 'wavuvi', 'wanahabari', 'waandishi', 'ushirika',
  // Campaigns: "Linda Katiba" (defend the constitution), "Okoa Uchumi" (save the economy) name a cause, not a party.
  'katiba', 'constitution', 'constitutional', 'linda', 'okoa', 'uchumi', 'lobby', 'campaign',
  // Groups of a people, a cause or a place: "Green Belt Movement", "Amani Youth Movement", "War Veterans Movement", "Peace Movement".
  'youth', 'women', 'veterans', 'green', 'mazingira', 'peace', 'farmers', 'residents', 'slum']);

// (Expressions with `\p{…}` are built once, out of the functions: tsx compiles such a literal into a `new RegExp` built at every call.)
const LOWER_LETTER = /\p{Ll}/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** A Kiswahili "of" or "and" written in capitals ("Kwa", "Ya", "Na"); not "Wa", which some write in names ("Koigi Wa Wamwere"). */
const CAPITAL_LINKS = /^(?:Kwa|Ya|Na|Za|La|Cha|Vya)$/;
/** One letter, with or without a full stop. */
const ONE_LETTER = /^\p{L}\.?$/u;

/** A capitalised word that can be part of a person's name. */
export function isNameToken(token: Token): boolean {
  // ("S.M. Kasyula": initials, their full stop kept by the run, are part of a name.)
  return token.capitalised && (LOWER_LETTER.test(token.base) || INITIALS.test(token.base)) && !ORGANISATION_HEADS.has(token.lower);
}

/** What a name is, from its own words and the pack. */
/** The last words of a party's organ: "Parliamentary Party", "Parliamentary Group", "Youth League", "Women's Wing". */
const ORGAN_TAIL = /(?:^|\s)(?:parliamentary\s+(?:party|group|caucus)|(?:youth|women|women['’]s|men['’]s)\s+(?:league|wing|congress|caucus|council|movement|front|brigade))$/;

export function classify(name: Token[], pack: CountryPack, titled: boolean): NameKind {
  if (name.length === 0) return 'other';
  const words = name.map(bare);
  // "Former Roads and Transport CS …", "Former Nyalenda A MCA …": a word that dates a title
  // opens a title the run lost, never a name.
  if (TENSES.test(words[0] as string)) return 'other';
  const joined = words.join(' ');
  const last = words[words.length - 1] as string;
  if (pack.institutions.has(joined)) return 'other';
  if (isPackParty(joined, pack)) return 'party';
  if (pack.places.has(joined) && !titled) return 'other';
  // "Wakulima Party of Kenya": a party word makes a party, whatever place follows it;
  // "Kenya Private Sector Alliance": unless the name also has an organisation's word.
  // "Pamoja Democratic Union": a union that calls itself democratic is a party, not a trade union.
  const democraticUnion = name.length > 2 && last === 'union' && words[words.length - 2] === 'democratic';
  // "Kenya Tea Growers Alliance", "Muslim Rights Movement": a trade's, a faith's or a cause's alliance is no party ("Party" itself still is one).
  // ("Wakulima Party of Kenya": "Party" anywhere in the name keeps it a party.)
  const civic = !words.includes('party') && words.some((word) => CIVIC_WORDS.has(word.replace(/['’]s?$/, '')));
  // "The UDA Parliamentary Party", "the P Youth League": a party's organ, named with the party's name, is no party.
  if (ORGAN_TAIL.test(joined)) return 'other';
  // "The Majority Party has 180 members": the House's side, not a party of that name.
  if (name.length === 2 && words[1] === 'party' && /^(?:majority|minority)$/.test(words[0] as string)) return 'other';
  // "Rift Valley Renewal Party", "Mount Kenya Unity Party": a region the party is named for may hold an organisation's word.
  const ownWords = words.slice(leadingPlace(words, pack));
  const hasOrganisationWord = !democraticUnion && (civic || ownWords.some((word) => ORGANISATION_HEADS.has(word)));
  // "the United Opposition": a loose alliance named as one, a coalition like any other.
  if (name.length > 1 && last === 'opposition' && !words.slice(0, -1).some((word) => pack.places.has(word) || PLACE_OPENERS.has(word))) return 'party';
  // "Muungano wa Mageuzi": "muungano" is Kiswahili for a coalition, and opens its name as "chama" opens a party's.
  if (name.length > 2 && words[0] === 'muungano' && words[1] === 'wa' && !hasOrganisationWord) return 'party';
  // "Chama cha Wananchi-Kenya", "Chama Cha Mapinduzi": "chama" is Kiswahili for a party, and opens its name.
  // ("Chama cha Walimu": a teachers' union is no party.)
  if (name.length > 2 && words[0] === 'chama' && words[1] === 'cha' && !hasOrganisationWord && !words.some((word) => CIVIC_WORDS.has(word))) return 'party';
  // "Umoja Party-Kenya", "Nuru Democratic Movement-Kenya": a suffix after a hyphen keeps the party whole;
  // "Mageuzi Congress of Kenya": so does the country after "of".
  const ofPlace = name.length > 3 && words[words.length - 2] === 'of' && pack.places.has(last);
  const lastHead = (ofPlace ? (words[words.length - 3] as string) : last).split('-')[0] as string;
  // ("Party Leader of the DAPK": "Party" before a title's head is the title's word, not a party's.)
  const partyWord = words.slice(0, -1).some((word, index) => word === 'party' && !TITLE_HEADS.has(words[index + 1] as string));
  if (name.length > 1 && !hasOrganisationWord && (democraticUnion || PARTY_HEADS.has(lastHead) || partyWord)) return 'party';
  if (name.length === 1) {
    const only = name[0] as Token;
    // "the Gen Z movement": one letter is no one's name, whatever stands before it.
    if (ONE_LETTER.test(only.text)) return 'other';
    if (only.acronym) return 'acronym';
    return titled && isNameToken(only) ? 'person' : 'single';
  }
  if (words.some((word) => ORGANISATION_HEADS.has(word) || PARTY_HEADS.has(word))) return 'other';
  // "Narok North", "Kisumu Central", "Kenya-South Sudan": a place's words make a place.
  const parts = words.flatMap((word) => word.split('-'));
  if (!titled && parts.some((word) => PLACE_OPENERS.has(word) || pack.places.has(word))) return 'other';
  if (pack.placeWords.has(words[0] as string) || EVENT_OPENERS.has(words[0] as string)) return 'other';
  const particles = name.filter((token) => NAME_PARTICLES.has(token.text) && !/^(?:wa|bin|binti|arap|ole)$/.test(token.text));
  if (particles.length > 0) return 'other';
  // ("Pesa Mashinani", "Wananchi wa Trans Nzoia": a Kiswahili noun no one is named for; "Mukuru Kwa Njenga", "Sauti Ya
  // Pwani": a Kiswahili "of" written in capitals inside the name, as no person's name writes it.)
  if (words.some((word) => KISWAHILI_NOUNS.has(word)) || name.slice(1, -1).some((token) => CAPITAL_LINKS.test(token.text))) return 'other';
  const nameShaped = name.every((token) => isNameToken(token) || NAME_SUFFIXES.has(bare(token)) || /^(?:wa|bin|binti|arap|ole)$/.test(token.text));
  return nameShaped && name.length <= 5 ? 'person' : 'other';
}

/** How many of a name's first words are a place of more than one word ("rift valley", "mt kenya"), if any; the longest such. */
function leadingPlace(words: string[], pack: CountryPack): number {
  for (let length = Math.min(3, words.length - 1); length >= 2; length--) if (pack.places.has(words.slice(0, length).join(' '))) return length;
  return 0;
}

/** True when the pack knows `lowerName` as a party's name, short form or acronym. */
export function isPackParty(lowerName: string, pack: CountryPack): boolean {
  return pack.partyNames.has(lowerName);
}
