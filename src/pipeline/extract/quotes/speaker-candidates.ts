/**
 * Which mentions of a paragraph could be the one who speaks a quote: not a
 * place a title is held in, a crowd, a body or a part of a body's name, a
 * word inside a title. Read before any attribution, so that "Runyenjes" in
 * "a former Runyenjes MP" is no candidate for "he said".
 */
import type { Mention } from '../../types';
import { isCommonWord } from '../../resolve/common-words';
import { ORGANISATION_HEADS, TITLE_HEADS } from '../lexicon';

/** True unless the mention is plainly no person: "the Kalundu dam project" (a name used as a modifier) and the rest below. */
export function couldSpeak(paragraph: string, mention: Mention, mentions: Mention[]): boolean {
  return (
    (mention.kind === 'party' || !/\bthe\s+$/i.test(paragraph.slice(Math.max(0, mention.offset - 4), mention.offset)) || Boolean(mention.honorific) || Boolean(mention.role)) &&
    !isTitlePlace(mention, mentions) &&
    !isCommonPlural(mention) &&
    !isNumberWord(mention) &&
    // "the Commission on Revenue Allocation": the rest of a body's name is no one.
    !BODY_BEFORE.test(paragraph.slice(Math.max(0, mention.offset - 40), mention.offset)) &&
    !inBodysList(paragraph, mention) &&
    !isPartOfTitle(paragraph, mention) &&
    !isPlaceOfTitle(paragraph, mention) &&
    !isDefinedBody(paragraph, mention)
  );
}

// (Expressions with `\p{…}` are built once, out of the functions: tsx compiles such a literal into a `new RegExp` built at every call.)
const CAPITALISED = /^\p{Lu}/u;
const LOWER_CASE = /^\p{Ll}/u;
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** "analysts say": a plural subject and its verb. */
const PLURAL_SUBJECT_AFTER = /^\s+\p{Ll}+s\s+(?:say|said|are|were|have|had|will|would|believe|argue|argued|warn|warned|note|noted|expect|predict|claim|fear|think|told|insist|insisted)\b/u;

const BODY_BEFORE = /\b(?:Commission|Committee|Authority|Board|Council|Ministry|Department|Institute|Fund|Bureau|Office|Tribunal|Court)\s+(?:on|of|for)\s+(?:the\s+)?$/;

/** "the Departmental Committee on Trade, Industry and Cooperatives": the portfolios listed after the first. */
const BODY_LIST_BEFORE = /\b(?:Commission|Committee|Ministry|Department)\s+(?:on|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)){1,4}$/u;

/** A word of a committee's list of portfolios: after "and", or after a comma with the list going on after it. */
function inBodysList(paragraph: string, mention: Mention): boolean {
  if (mention.kind !== 'word' || mention.role || mention.honorific) return false;
  const before = paragraph.slice(Math.max(0, mention.offset - 100), mention.offset);
  if (!BODY_LIST_BEFORE.test(before)) return false;
  return /(?:\band|&)\s*$/.test(before) || /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\p{Lu}/u.test(paragraph.slice(mention.offset + mention.surface.length));
}

/** "Nyali MP Said Juma Mwachiro": the place a title is held in is no one who could speak. */
function isTitlePlace(mention: Mention, mentions: Mention[]): boolean {
  if (mention.kind !== 'word') return false;
  const end = mention.offset + mention.surface.length;
  return mentions.some((one) => one.kind === 'person' && one.offset > mention.offset && one.offset - end < 40 && one.place === mention.place && [one.role, ...(one.roles ?? [])].some((role) => role?.organisation === mention.name));
}

/** "National Unity Platform (NUP)": a name its own initials abbreviate is a body's, not a person's ("Kamau (ODM)" is a person). */
function isDefinedBody(paragraph: string, mention: Mention): boolean {
  if (mention.kind === 'party' || !mention.name.includes(' ')) return false;
  const end = mention.offset + mention.surface.length;
  const acronym = /^\s*\(([\p{Lu}-]{2,8})\)/u.exec(paragraph.slice(end, end + 12))?.[1];
  if (!acronym) return false;
  const initials = mention.name.split(/\s+/).filter((word) => CAPITALISED.test(word)).map((word) => word[0]).join('');
  return initials === acronym.replace(/-/g, '');
}

/** "Kathenya, a former Runyenjes MP,", "a Kenyan ambassador": a lone word right before a title is the place the title is held in. */
function isPlaceOfTitle(paragraph: string, mention: Mention): boolean {
  if (mention.kind !== 'word' || mention.role || mention.honorific) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(paragraph.slice(mention.offset + mention.surface.length, mention.offset + mention.surface.length + 30))?.[1];
  return next !== undefined && (SEAT_TITLES.test(next) || (LOWER_CASE.test(next) && TITLE_HEADS.has(next)));
}

// ("a one-time Kenyan ambassador", "a former Kenyan High Commissioner": a nationality before an envoy's title.)
const SEAT_TITLES = /^(?:MP|MCA|Senator|Governor|Woman|Speaker|MP-elect|MCA-elect|High|Ambassador|ambassador|envoy)$/;

/** "Twenty-two of the 37 MCAs voted …", "Two-term Senator X": a number written in words that opens a sentence is no one. */
function isNumberWord(mention: Mention): boolean {
  return mention.kind === 'word' && !mention.honorific && NUMBER_WORD.test(mention.name);
}

const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred)(?:-[\p{L}]+)?$/u;

/** "Delegates from Bungoma walked out": a plural noun that opens a sentence is a crowd, not a person. */
function isCommonPlural(mention: Mention): boolean {
  return mention.kind === 'word' && !mention.role && !mention.honorific && CAPITALISED_PLURAL.test(mention.name) && isCommonWord(mention.name);
}

/** "the Political Parties (Amendment) Bill", "Police had a hard time": a word in brackets, or a body's head word, is no one. */
// ("Political analysts say": a common word before a plural noun modifies it, and is no one either.)
function isPartOfTitle(paragraph: string, mention: Mention): boolean {
  if (mention.kind !== 'word' || mention.role || mention.honorific) return false;
  const end = mention.offset + mention.surface.length;
  // (Only before a plural subject and its verb: "Faith says the party …" may still be someone.)
  if (isCommonWord(mention.name.toLowerCase()) && PLURAL_SUBJECT_AFTER.test(paragraph.slice(end, end + 60))) return true;
  return (paragraph[mention.offset - 1] === '(' && paragraph[end] === ')') || ORGANISATION_HEADS.has(mention.name.toLowerCase());
}
