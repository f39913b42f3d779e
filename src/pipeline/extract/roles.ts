/**
 * Turns a title as an article writes it ("former Nakuru County Woman Rep",
 * "CS-designate", "gubernatorial aspirant") into a role: one spelling of the
 * title, and its tense as the article's own words state it (the words that
 * date a title are listed in tense-words.ts).
 */
import type { RoleCue, Tense } from '../types';
import { TITLE_HEADS, TITLE_MODIFIERS, wordTable } from './lexicon';
import { isDescribing, isTenseFiller, tenseAfter, tenseBefore } from './tense-words';
import { scopeTitle } from './title-scopes';

export { TITLE_WORDINGS } from './title-scopes';

/** "Sacked", "Deposed", "Unseated" before a title and its place: the holder lost the office. */
const ENDED_HOLDER = /^(?:sacked|deposed|ousted|unseated|defeated|dismissed|fired|dethroned|impeached)$/i;

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;
/** Words for the first holder of an office: "pioneer", "founding", "inaugural". */
const FIRST_HOLDER = /^(?:pioneer|founding|inaugural)$/i;
// (Expressions with `\p{…}` are built once, out of the functions: tsx compiles such a literal into a `new RegExp` built at every call.)
/** "county's": a possessive in lower case. */
const LOWER_POSSESSIVE = /^\p{Ll}+['’]s$/u;
/** "Meru's": a capitalised possessive, the place a title after it is held in. */
const CAPITAL_POSSESSIVE = /^\p{Lu}[\p{L}-]*['’]s$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** "women's league", "youth's wing": a party's organ named by whom it gathers. */
const LEAGUE_OF = /^(?:women|youth|men|elders)['’]s\s+(?:league|wing|congress)$/i;

/** Abbreviations written for a whole title. */
const ABBREVIATIONS = wordTable<string>({
  cs: 'Cabinet Secretary',
  ps: 'Principal Secretary',
  cas: 'Chief Administrative Secretary',
  // ("Nyandarua CEC for Agriculture X": a member of the County Executive Committee, a County Executive.)
  cec: 'County Executive',
  dp: 'Deputy President',
  'woman rep': 'Woman Representative',
  'women rep': 'Woman Representative',
  'women representative': 'Woman Representative',
  rep: 'Representative',
  gov: 'Governor',
  sen: 'Senator',
  'secretary general': 'Secretary-General',
  'sec-gen': 'Secretary-General',
  sg: 'Secretary-General',
  dep: 'Deputy',
});

/** Adjectives for an office sought: "gubernatorial aspirant" seeks the governor's seat. */
const OFFICE_ADJECTIVES = wordTable<string>({
  gubernatorial: 'Governor',
  senatorial: 'Senator',
  presidential: 'President',
  parliamentary: 'MP',
  mayoral: 'Mayor',
  // ("a Kilumbi governorship hopeful", "the senatorship aspirant": the office's name for the seat sought.)
  governorship: 'Governor',
  senatorship: 'Senator',
  presidency: 'President',
});


/** A word for a turn or a slot at an event, before "speaker": the one who speaks there, not the Speaker. */
const SPEAKING_SLOT = /^(?:first|second|third|last|next|final|opening|closing|keynote|guest|main|chief|lead|featured|motivational|public|only|star)$/;

/** Titles kept in capitals. */
const CAPITALS = new Set(['mp', 'mps', 'mca', 'mcas', 'ceo', 'cec', 'cecm']);
const LOWER = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'to', 'la', 'wa']);

/** A title's word written as its holder's: "Governor's", "President's", "Minister's". */
const OFFICE_HOLDERS = new RegExp(`^(?:${[...TITLE_HEADS].filter((word) => /^[a-z-]+$/.test(word)).join('|')})['’]s$`, 'i');


/** Words before a title that are no place of it: the seat's kind ("Area MCA", "Nominated Senator"), a body's kind alone. */
const NO_PLACE = /^(?:nominated|elected|area|committee|council|caucus|board|assembly|commission|authority|ministry|department|house|secretariat|tribunal|court|government|county|branch|league|chapter)$/i;

/**
 * A role from the words of a title: tense words read off both ends, "ex-" and
 * "-elect" off the words themselves, abbreviations spelled out, one casing.
 *
 * @example readRole('former Woman Rep', 'Nakuru') → { title: 'Woman Representative', organisation: 'Nakuru', tense: 'former' }
 */
export function readRole(written: string, organisation?: string, tense?: Tense): RoleCue | undefined {
  // ("the UDA flag bearer": one word, however written.)
  let words = written.replace(/[–—]/g, '-').replace(/\b(flag|torch|standard)\s+bearer\b/gi, '$1-bearer').split(/\s+/).filter(Boolean);
  // "Council of Governors chairperson": a body's name cannot end in "of"; the word after it is the body's, not the title's.
  if (organisation && /\sof$/i.test(organisation.trim()) && words.length > 1) {
    organisation = `${organisation.trim()} ${words[0] as string}`;
    words = words.slice(1);
  }
  // "Former Kirinyaga Governor-turned-Senator X": the office held now is the one the first turned into; the words before
  // date and place the first, which is left out rather than read as the second's.
  // ("the former Kitui Governor turned Senator X": the same, written apart.)
  const turned = words.findIndex((word, at) => /-turned-/i.test(word) || (/^turned$/i.test(word) && at > 0 && at < words.length - 1));
  if (turned !== -1) {
    const word = words[turned] as string;
    words = /-turned-/i.test(word) ? [word.replace(/^.*-turned-/i, ''), ...words.slice(turned + 1)] : words.slice(turned + 1);
    organisation = undefined;
    tense = undefined;
  }
  // ("the ODM-turned-UDA MP X": the parties the holder moved between are no place of the seat.)
  if (organisation?.includes('-turned-')) organisation = undefined;
  let found = tense;
  // "Sacked Kiambogo Finance executive", "Vocal Mkomani MCA": a word opening the sentence that dates or describes the
  // holder is no part of the place.
  const opening = organisation?.trim().split(/\s+/) ?? [];
  // ("Caretaker Mbotela Governor X": so is a tense word no title is made of.)
  if (opening.length > 1 && (ENDED_HOLDER.test(opening[0] as string) || isDescribing(opening[0] as string) || tenseBefore(opening[0] as string))) {
    if (ENDED_HOLDER.test(opening[0] as string)) found ??= 'former';
    found ??= tenseBefore(opening[0] as string);
    organisation = opening.slice(1).join(' ');
  }
  // "a first-time candidate", "a two-term governor": what the holder is, not the office.
  // ("the county's first governor": whose office and which in order, neither the office.)
  // ("Governor X, the first speaker at the podium,", "the keynote speaker", "the main speaker at the breakfast": one who
  // speaks at an event, in a small letter after a word for the turn or the slot; not "the first speaker of the assembly".)
  if (!organisation && words.length > 1 && words[words.length - 1] === 'speaker' && SPEAKING_SLOT.test(words[words.length - 2] as string)) return undefined;
  // ("as the new Chairman": the article before such a word goes with it.)
  if (words.length > 2 && /^(?:the|a|an)$/i.test(words[0] as string) && (isDescribing(words[1] as string) || ORDINAL.test(words[1] as string))) words = words.slice(1);
  // ("women's league chairperson": whose league it is names the office, unlike "the county's governor".)
  while (words.length > 1 && (isDescribing(words[0] as string) || (LOWER_POSSESSIVE.test(words[0] as string) && !LEAGUE_OF.test(`${words[0]} ${words[1]}`)) || ORDINAL.test(words[0] as string))) words = words.slice(1);
  // ("Kitui's pioneer Governor X", "the founding Kilumbi Governor", "the county's inaugural Speaker": the first holder of an
  // office is a past one, as the README's "the county's first governor"; not "a founding member", who may be one still.)
  const openingFirst = organisation !== undefined && FIRST_HOLDER.test(organisation.trim().split(/\s+/)[0] ?? '');
  if (openingFirst || (words.length > 1 && FIRST_HOLDER.test(words[0] as string))) {
    if (!/^members?$/i.test(words[words.length - 1] as string)) found ??= 'former';
    if (openingFirst) organisation = (organisation as string).trim().split(/\s+/).slice(1).join(' ') || undefined;
    else words = words.slice(1);
  }
  // Tense words at the front: "immediate former", "ex-", "acting".
  while (words.length > 0) {
    const word = (words[0] as string).toLowerCase();
    const ex = /^ex-(.+)$/.exec(word);
    if (ex) {
      found ??= 'former';
      words[0] = (words[0] as string).slice(3);
      continue;
    }
    if (isTenseFiller(word) && words.length > 1 && tenseBefore(words[1] as string)) words = words.slice(1);
    else if (tenseBefore(word) && words.length > 1) {
      found ??= tenseBefore(word);
      words = words.slice(1);
    } else break;
  }
  // ("Kitui's governor-in-waiting": a front-runner as often as a winner not yet sworn in; the words settle no tense, and
  // "Governor-In-Waiting" is no office.)
  if (words.some((word) => /-in-waiting$/i.test(word))) return undefined;
  // Tense words at the end: "designate", "aspirant", or a hyphen: "Governor-elect", "CS-designate".
  let sought = false;
  for (;;) {
    const last = words[words.length - 1];
    if (!last) break;
    const suffix = /^(.+)-(elect|designate)$/i.exec(last);
    if (suffix) {
      found ??= tenseAfter(suffix[2] as string);
      words[words.length - 1] = suffix[1] as string;
      continue;
    }
    const after = tenseAfter(last);
    if (after && words.length > 1) {
      if (after === 'aspiring') sought = true;
      found ??= after;
      words = words.slice(0, -1);
      continue;
    }
    break;
  }
  // "a former presidential candidate", "an ex-gubernatorial aspirant": a bid that is over, never a former office.
  if (sought && found === 'former') return undefined;
  // "gubernatorial aspirant" was cut to "gubernatorial": the office it seeks.
  if (words.length === 1 && OFFICE_ADJECTIVES[(words[0] as string).toLowerCase()]) words = [OFFICE_ADJECTIVES[(words[0] as string).toLowerCase()] as string];
  // "Area MCA", "Nominated Senator": the seat's kind, not another office; "a two-term governor": the holder's, not the office's.
  while (words.length > 1 && (/^(?:area|nominated|elected)$/i.test(words[0] as string) || isDescribing(words[0] as string))) words = words.slice(1);
  // ("the Speaker's candidate for Deputy Speaker": the Speaker's, not an office called "Speaker's".)
  if (words.length === 0 || /['’]s$/u.test(words[words.length - 1] as string)) return undefined;
  // ("X, the Governor's spokesman": the office is the one X serves, not X's; "Senior presidential aide X": an aide is no
  // office at all.)
  // ("a long-time aide to the late MP", "Governor X's spokesperson Y": whoever they serve, an aide or a spokesperson holds
  // no office, as the README has it; nor does "a former student leader at Masinde Muliro University", fd173.)
  if (words.some((word) => OFFICE_HOLDERS.test(word) || /^(?:aides?|spokes(?:man|men|woman|women|person|persons)|students?)$/i.test(word))) return undefined;
  // "Party leader X" at a sentence's start: "Party" is the title's first word, not an organisation.
  const partyWord = organisation !== undefined && /^party$/i.test(organisation.trim());
  if (partyWord) words = ['Party', ...words];
  let title = spellTitle(words);
  // ("Kitui's first woman governor", "the first female Speaker": who holds the office, not its name; the Woman
  // Representative (and Uganda's Woman MP) alone have the word in their titles.)
  if (/^(?:Woman|Female|Lady)\s/.test(title) && !/^Woman\s+(?:Rep|MP\b)/.test(title)) title = title.replace(/^\S+\s+/, '');
  // "Nominated senators X and Y", "Area MCA X": the seat's kind opening a sentence is no place.
  // ("Committee chairman X", "Board chairman X", "Assembly Speaker X": a body's kind with no name is no organisation.)
  let place = partyWord || (organisation !== undefined && NO_PLACE.test(organisation.trim())) ? undefined : organisation;
  const scope = scopeTitle(title, place);
  if (!scope) return undefined;
  ({ title, place } = scope);
  const role: RoleCue = { title };
  if (place) role.organisation = place;
  // "independent candidate": a standing, not an office; nor is a coalition's "principal" (one of the leaders it joins).
  if (words.length === 1 && /^independent$/i.test(words[0] as string)) return undefined;
  if (words.length === 1 && /^principals?$/i.test(words[0] as string) && (!place || /^(?:coalition|alliance)$/i.test(place))) return undefined;
  // A lone "aspirant", "nominee", "hopeful" is a party's candidate, not an office held.
  if (words.length === 1 && tenseAfter(words[0] as string) && (words[0] as string).toLowerCase() !== 'elect') {
    role.title = 'Candidate';
    found = 'aspiring';
  }
  if (found) role.tense = found;
  return role;
}

/** One spelling of a title: abbreviations written out, Title Case, MP and MCA in capitals. */
export function spellTitle(words: string[]): string {
  const phrase = words.join(' ').replace(/\bSecretary[\s-]+General\b/gi, 'Secretary-General');
  const lower = phrase.toLowerCase();
  const whole = ABBREVIATIONS[lower];
  if (whole) return whole;
  const spelled = phrase.split(' ').map((word, index, all) => {
    const key = word.toLowerCase();
    // "Woman Rep", "Deputy CS": an abbreviation inside a longer title.
    const rest = all.slice(index).join(' ').toLowerCase();
    if (rest === 'woman rep' || rest === 'women rep') return word;
    const abbreviation = ABBREVIATIONS[key];
    if (abbreviation && key !== 'secretary general') return abbreviation;
    // "MCAs", "MPs": one holder's title is singular.
    if (CAPITALS.has(key)) return key.replace(/s$/, '').toUpperCase();
    // "Senators X, Y and Z": each holds the singular title.
    if (/^(?:senators|governors)$/.test(key)) return key.charAt(0).toUpperCase() + key.slice(1, -1);
    if (index > 0 && LOWER.has(key)) return key;
    if (ALL_CAPITALS.test(word)) return word;
    return key.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('-');
  });
  return spelled.join(' ').replace(/\bWom[ae]n Rep\b/i, 'Woman Representative');
}

/**
 * A title written with its place before it, as one capitalised phrase: the
 * words before the title's own are where it is held.
 *
 * @example readPlacedTitle('Lands PS') → { title: 'Principal Secretary', organisation: 'Lands' }
 */
export function readPlacedTitle(written: string): RoleCue | undefined {
  const words = written.trim().split(/\s+/);
  // ("Meru's Deputy Governor", "Tharaka Nithi's Senator": a place in the possessive is no title word, and is the place.)
  const titleWord = (word: string) => TITLE_HEADS.has(word.toLowerCase()) || TITLE_MODIFIERS.has(word.toLowerCase()) || (!CAPITAL_POSSESSIVE.test(word) && readRole(word)?.title !== word);
  let at = words.length;
  while (at > 0 && titleWord(words[at - 1] as string)) at--;
  if (at === words.length) return undefined;
  return readRole(words.slice(at).join(' '), at > 0 ? words.slice(0, at).join(' ').replace(/['’]s$/u, '') : undefined);
}
