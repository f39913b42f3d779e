/**
 * Reads one run of capitalised words as news English builds it:
 * [organisation] [title] [honorific] name — "Azimio Secretary-General Junet
 * Mohamed", "Lugari MP Ayub Savula", "Mr Musyoka" — and says what the name is:
 * a person, a party, or something that is neither (a place, an institution).
 */
import type { CountryPack } from '../../pack';
import { isCommonWord } from '../../resolve/common-words';
import type { Token } from '../../text/tokens';
import {
  ABBREVIATED_TITLES,
  HONORIFICS,
  EVENT_OPENERS,
  FAITHS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORGANISATION_HEADS,
  PARTY_HEADS,
  PLACE_OPENERS,
  TITLE_HEADS,
  TITLE_LINKS,
  WEAK_HONORIFICS,
} from '../lexicon';
import { classify, isNameToken, TENSES, type NameKind } from './name-kinds';
import { bare, isTitleHead, isTitleWord } from '../title-words';

const HELD_NOW = /^(?:incumbent|sitting|serving)$/;

// (The readers of a run's neighbours take these from here, with the run's own reading.)
export { bare, isTitleHead, isTitleWord };

export interface RunReading {
  honorific?: string;
  /** The title as written: "Secretary-General", "Deputy Minority Leader". */
  title?: string;
  /** What the title is held in, as written before it: "Azimio", "Lugari". */
  organisation?: Token[];
  /** Tokens of the name itself. */
  name: Token[];
  kind: NameKind;
}

/** Lower-case particles that join a given name to a surname ("wa": the Kikuyu patronymic, "Njoroge wa Kiarie"). */
const SURNAME_PARTICLE = /^(?:arap|ole|bin|binti|wa)$/;

/** Courtesy titles that are also given names or surnames. */
const NAMES_TOO = new Set(['bishop', 'sheikh', 'haji', 'major', 'king', 'prince', 'deacon']);

// (Expressions with `\p{…}` are built once, out of the functions: tsx compiles such a literal into a `new RegExp` built at every call.)
const GLUED_EX = /^ex-(?=\p{Lu})/iu;

const text = (tokens: Token[]) => tokens.map((token) => token.base).join(' ');

/** A title as written, its "-elect" or "-designate" kept: the tense is read from it later. */
const titleText = (tokens: Token[]) => tokens.map((token) => (token.possessive ? token.base : token.text)).join(' ');

/** Splits a run into its parts and classifies the name. */
export function readRun(run: Token[], pack: CountryPack): RunReading {
  let tokens = run;
  let honorific: string | undefined;
  // Honorifics open the name ("Mr Odinga") or sit between title and name ("Governor Dr Ali").
  let leading = tokens.findIndex((token) => !HONORIFICS.has(bare(token)));
  // "Ms Sheikh", "Mr Bishop": after an honorific, a courtesy word that is also a surname is the name.
  if (leading === -1 && tokens.length > 1 && NAMES_TOO.has(bare(tokens[tokens.length - 1] as Token))) leading = tokens.length - 1;
  if (leading > 0) {
    honorific = tokens[leading - 1]?.base;
    tokens = tokens.slice(leading);
    if (WEAK_HONORIFICS.has(bare(run[0] as Token)) && tokens.length < 2) return { name: [], kind: 'other' };
    // ("Mbunge wa Mvita", "the MP of Mvita": a title's particle and its place, no name; "Mbunge wa Kibwezi X Y": then the name.)
    if (!(tokens[0] as Token).capitalised) return officeOfPlace(tokens, honorific, pack) ?? { name: [], kind: 'other' };
  } else if (leading === -1) {
    return { name: [], kind: 'other' };
  }

  const nameStart = startOfName(tokens, pack);
  const prefix = tokens.slice(0, nameStart);
  let name = tokens.slice(nameStart);
  // ("First Lady X": a courtesy word that a title's word makes a title's head is the title's.)
  const headOfTitle = prefix.length > 1 && isTitleHead(prefix[prefix.length - 1] as Token, pack) && isTitleWord(prefix[prefix.length - 2] as Token, pack);
  const innerHonorific = prefix.length > 0 && HONORIFICS.has(bare(prefix[prefix.length - 1] as Token)) && !headOfTitle;
  const titled = innerHonorific ? prefix.slice(0, -1) : prefix;
  if (innerHonorific) honorific = prefix[prefix.length - 1]?.base;
  // "the Catholic Bishop", "Anglican Archbishop X": a faith names whose cleric the courtesy title is, and a run ending
  // in a courtesy title (one that is no surname too: "Ms Halima Sheikh") names no one.
  if (innerHonorific && titled.length > 0 && titled.every((token) => FAITHS.has(bare(token)))) return name.length > 0 ? { honorific: honorific as string, name, kind: classify(name, pack, true) } : { name: [], kind: 'other' };
  if (innerHonorific && name.length === 0 && !NAMES_TOO.has(bare(prefix[prefix.length - 1] as Token))) return { name: [], kind: 'other' };

  // "Special Envoy for Infrastructure": a name cannot follow a particle; the run is a phrase.
  const joint = titled[titled.length - 1];
  const split = joint && NAME_PARTICLES.has(joint.text) ? undefined : splitTitle(titled, pack);
  if (!split) {
    // No title before the name: the whole run is one name (an organisation, a party, a person).
    name = tokens;
    return { honorific, name, kind: classify(name, pack, honorific !== undefined) };
  }
  // "the Amani Leaders Forum": a body's head word after a title's is the end of the body's name, no one's.
  if (name.length > 0 && name.every((token) => ORGANISATION_HEADS.has(bare(token)) || PARTY_HEADS.has(bare(token)))) return { name: tokens, kind: classify(tokens, pack, false), ...(honorific ? { honorific } : {}) };
  const reading: RunReading = { name, kind: name.length === 0 ? 'other' : classify(name, pack, true) };
  if (honorific) reading.honorific = honorific;
  reading.title = split.title;
  if (split.organisation) reading.organisation = split.organisation;
  return reading;
}

/** Kiswahili titles of elected office that "wa" ("of") joins to the place: "Mbunge wa Kibwezi", "Seneta wa Kitui". */
const OFFICE_OF = new Map([['mbunge', 'MP'], ['seneta', 'Senator'], ['gavana', 'Governor']]);
/** Words that close a place's name after its first: "Kitui Central", "Embakasi Kusini", "Kitui Rural". */
const PLACE_CLOSERS = /^(?:North|South|East|West|Central|Rural|Town|Mashariki|Magharibi|Kaskazini|Kusini|Kati)$/;

/**
 * "Mbunge wa Kibwezi Mulwa Ndunda": the office, the place after "wa", then the name. The place is one word, two when
 * its first opens a place's name ("Ol Kalou", "Mount Elgon") or its second closes one ("Kitui Central"); what is left
 * must be a name of two to four words and nothing placelike, else the run is read as before (no one).
 */
function officeOfPlace(tokens: Token[], honorific: string | undefined, pack: CountryPack): RunReading | undefined {
  const title = honorific === undefined ? undefined : OFFICE_OF.get(honorific.toLowerCase());
  if (!title || tokens[0]?.text !== 'wa' || !tokens[1]?.capitalised) return undefined;
  let end = 2;
  if ((PLACE_OPENERS.has(bare(tokens[1])) || pack.placeWords.has(bare(tokens[1]))) && tokens[2]?.capitalised) end = 3;
  if (PLACE_CLOSERS.test(tokens[end]?.text ?? '')) end++;
  const name = tokens.slice(end);
  if (name.length < 2 || name.length > 4 || !name.every((token) => isNameToken(token) && !PLACE_OPENERS.has(bare(token)) && !PLACE_CLOSERS.test(token.text))) return undefined;
  return { honorific: honorific as string, title, organisation: tokens.slice(1, end), name, kind: classify(name, pack, true) };
}

/**
 * Where the name begins: walking back from the end over name-like words (at
 * most four, plus a suffix such as "Jnr"), stopping at a title, an honorific,
 * a particle or an organisation's head word.
 */
function startOfName(tokens: Token[], pack: CountryPack): number {
  let start = tokens.length;
  let taken = 0;
  while (start > 0) {
    const token = tokens[start - 1] as Token;
    const word = bare(token);
    if (NAME_SUFFIXES.has(word) && start === tokens.length) {
      start--;
      continue;
    }
    const nameLike = isNameToken(token) || (token.acronym && taken === 0 && start === tokens.length);
    // "Moses Bishop Otieno": a courtesy word that is also a name, between two names, is a name.
    const before = tokens[start - 2];
    // ("Halima Abdi Sheikh": and at the run's end, after two names, it is the surname; a courtesy title stands before a name, never after.)
    const lastAfterTwo = start === tokens.length && tokens[start - 3] !== undefined && isNameToken(tokens[start - 3] as Token) && !isTitleWord(tokens[start - 3] as Token, pack) && !HONORIFICS.has(bare(tokens[start - 3] as Token));
    const inName = HONORIFICS.has(word) && NAMES_TOO.has(word) && (taken > 0 || lastAfterTwo) && before !== undefined && isNameToken(before) && !isTitleWord(before, pack) && !HONORIFICS.has(bare(before)) && !FAITHS.has(bare(before));
    // "Kibet arap Mutai Kosgei", "Lemayian ole Parsitau", "Governor Njoroge wa Kiarie": a lower-case particle inside a
    // name, a name before it (not a title: "Mbunge wa Mvita" is the MP of Mvita).
    const particle = SURNAME_PARTICLE.test(token.text) && taken > 0 && before !== undefined && isNameToken(before) && !isTitleWord(before, pack) && !HONORIFICS.has(bare(before));
    if (particle) {
      start--;
      continue;
    }
    // "Deputy Speaker Gladys Boss Chepkorir": a title's word between two names, the first right after a whole title, is
    // a name too; the run's title is the one before the first name.
    const earlier = tokens[start - 3];
    const titleInName = !HONORIFICS.has(word) && isTitleHead(token, pack) && taken > 0 && taken < 3 && before !== undefined && isNameToken(before) && !isTitleWord(before, pack) && !HONORIFICS.has(bare(before)) && earlier !== undefined && isTitleHead(earlier, pack);
    if (titleInName) {
      start--;
      taken++;
      continue;
    }
    // ("Amartya Sen": a title's short form that ends the run is a surname; before a name it is a title, "Sen Wafula".)
    const title = isTitleWord(token, pack) && !(start === tokens.length && ABBREVIATED_TITLES.has(word));
    if (!nameLike || title || (HONORIFICS.has(word) && !inName) || taken === 4) break;
    // "County Executive for Tourism X Y Z", "Director of Public Prosecutions X Y Z": a fourth word back right after a
    // title's "for" or "of", or a common word after another, is the title's scope, not the first name.
    if (taken === 3 && before !== undefined && (/^(?:for|of)$/.test(before.lower) || (before.capitalised && isCommonWord(before.lower) && isCommonWord(word)))) break;
    start--;
    taken++;
  }
  // "Ole Kisemei", "arap Moi": a particle that opens a surname belongs to it.
  if (start > 0 && start < tokens.length) {
    const previous = tokens[start - 1] as Token;
    if (/^(?:ole|arap|wa|bin|binti)$/u.test(previous.lower) && !NAME_PARTICLES.has(previous.text)) start--;
  }
  return start;
}

/** A title at the end of `prefix` (and the organisation before it), or undefined when there is none. */
function splitTitle(prefix: Token[], pack: CountryPack): { title: string; organisation?: Token[] } | undefined {
  if (prefix.length === 0) return undefined;
  const last = prefix[prefix.length - 1] as Token;
  // "Speaker of the County Assembly", "Cabinet Secretary for Interior": a title with its scope.
  const firstTitle = prefix.findIndex((token) => isTitleWord(token, pack));
  if (firstTitle !== -1) {
    const link = prefix.findIndex((token, index) => index > firstTitle && TITLE_LINKS.has(token.text));
    if (link !== -1 && prefix.slice(firstTitle, link).every((token) => isTitleWord(token, pack)) && isTitleHead(prefix[link - 1] as Token, pack)) {
      const organisation = prefix.slice(0, firstTitle);
      return { title: titleText(prefix.slice(firstTitle)), ...(organisation.length ? { organisation } : {}) };
    }
  }
  if (!isTitleHead(last, pack)) return undefined;
  let start = prefix.length - 1;
  while (start > 0 && isTitleWord(prefix[start - 1] as Token, pack)) start--;
  // "Solicitor General", "Auditor General": "General" after a noun is part of that noun's title.
  if (start === prefix.length - 1 && bare(last) === 'general' && start > 0) {
    start--;
    // "Deputy Solicitor General": title words before the noun belong to it too.
    while (start > 0 && isTitleWord(prefix[start - 1] as Token, pack)) start--;
  }
  // "DP chairman X", "DP Secretary-General X": a title's abbreviation opening a party office is that party's acronym
  // ("the Democratic Party (DP)"); the Deputy President has no chairman.
  if (start < prefix.length - 1 && ACRONYM_TITLES.test((prefix[start] as Token).base) && PARTY_OFFICE_WORDS.test(titleText(prefix.slice(start + 1)))) start++;
  let organisation = prefix.slice(0, start);
  // "Former Kakamega Senator": "Former" dates the title, not the place.
  // ("Incumbent Governor X", "Sitting MP X": a word that says the office is held now is no place of it.)
  if (organisation[0] && HELD_NOW.test(organisation[0].lower)) organisation = organisation.slice(1);
  let tense = organisation[0] && TENSES.test(organisation[0].lower) ? organisation[0].base : undefined;
  if (tense) organisation = organisation.slice(1);
  // "Ex-Mwingi West MP": the prefix is glued to the place it dates the title of.
  const glued = organisation[0] && GLUED_EX.exec(organisation[0].text);
  if (organisation[0] && glued) {
    tense = 'ex-';
    organisation = [unprefixed(organisation[0], glued[0].length), ...organisation.slice(1)];
  }
  const title = titleText(prefix.slice(start));
  const result: { title: string; organisation?: Token[] } = { title: tense ? `${tense === 'ex-' ? 'ex-' : `${tense} `}${title}` : title };
  if (organisation.length > 0) result.organisation = organisation;
  return result;
}

/** Abbreviations that are a whole title before a name ("DP Korir") and a party's acronym before an office. */
export const ACRONYM_TITLES = /^DP$/;
/** The offices a party elects, as the words after its acronym write them: "chairman", "Secretary-General". */
export const PARTY_OFFICE_WORDS = /^(?:(?:deputy|vice|national|executive|acting|interim)\s+)*(?:chair\w*|vice-chair\w*|secretary-general|secretary\s+general|treasurer|organi[sz]ing\s+secretary|whip|spokes\w+)$/i;

/** A token without its first `length` characters: "Ex-Mwingi" → "Mwingi". */
function unprefixed(token: Token, length: number): Token {
  const text = token.text.slice(length);
  const base = token.base.slice(length);
  return { ...token, text, base, lower: base.toLowerCase(), start: token.start + length };
}

/** The text of tokens as a name: possessives dropped, one space between words. */
export function nameText(tokens: Token[]): string {
  // "People's Renaissance Alliance": a possessive inside a name is part of it.
  return tokens.map((token, index) => (index < tokens.length - 1 ? token.text : token.base)).join(' ');
}
