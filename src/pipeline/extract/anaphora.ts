/**
 * A speaker the text refers back to: the person named in the sentence
 * before, by a title they hold ("DP X defended the list. “…,” the DP told
 * reporters.") or by "she"/"he" when that person was the sentence's one
 * subject and is known to be of that gender. News English keeps a pronoun on
 * the subject of the sentence before; people named after its verb are what
 * the subject spoke of.
 */
import type { Mention } from '../types';
import type { Discourse, Gender } from './discourse';
import { readRole } from './roles';
import { distinct, holdsTitle, isTitleWordText, keyOf } from './speaker-titles';

/**
 * The one person named in the sentence before who holds, now, the title a
 * quote is attributed by ("the DP told reporters"), when the quote's own
 * sentence names no one.
 */
export function titleHolderBefore(discourse: Discourse, written: string, sentencePeople: Mention[]): Mention | undefined {
  // "the new chairman added": "new" says the office was just taken, not which.
  const title = written.replace(/^new\s+/i, '');
  // "the CCW-K leader said", "the committee chairman said": a title held in a body is settled against the article's roles, body and all, elsewhere.
  if (sentencePeople.length > 0 || !title.split(/\s+/).every((word) => isTitleWordText(word) || isAbbreviatedTitle(word))) return undefined;
  const holders = distinct(discourse.previous?.people ?? []).filter((person) => holdsTitle(discourse, person, title) || holdsByHead(discourse, person, title));
  return holders.length === 1 ? holders[0] : undefined;
}

/** "the chairman" for a National Chairman, "the leader" for a Party Leader: a title's head alone, for an office it heads (not a deputy's). */
function holdsByHead(discourse: Discourse, person: Mention, title: string): boolean {
  if (/\s/.test(title)) return false;
  const head = readRole(title);
  if (!head || head.tense) return false;
  const ending = ` ${head.title.toLowerCase()}`;
  return (discourse.roles?.get(keyOf(person)) ?? []).some((held) => held.toLowerCase().endsWith(ending) && !/^(?:deputy|vice|assistant)\b/i.test(held));
}

/** "DP", "CS": a title written short, which the roles reader writes out. */
function isAbbreviatedTitle(word: string): boolean {
  const role = readRole(word);
  return role !== undefined && role.title.toLowerCase() !== word.toLowerCase();
}

/**
 * "Kamande told reporters that her party would back Ibrein. She said …": the
 * one subject of the sentence before, when the text has given them the
 * pronoun's gender; not "Kamande and Ibrein told reporters …".
 */
export function pronounSubject(discourse: Discourse, gender: Gender): Mention | undefined {
  const previous = discourse.previous;
  const subject = previous?.subject;
  if (!subject || !previous.sole) return undefined;
  return discourse.genders?.get(keyOf(subject)) === gender ? subject : undefined;
}

/** Between a sentence's subject and the next person it names: "and", "or", a comma alone join a second subject. */
const JOINED = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*|\s+(?:and|&|or|nor|alongside|with|together\s+with|as\s+well\s+as)\s+|,\s*(?:and|&)\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * Whether `subject` is the sentence's one subject: no second person is joined
 * to it ("X and Y told reporters"), and it was not named through a quote.
 */
export function isSoleSubject(paragraph: string, subject: Mention, people: Mention[]): boolean {
  const end = subject.offset + subject.surface.length;
  const next = people.find((mention) => mention.offset >= end && keyOf(mention) !== keyOf(subject));
  return !next || !joinsSubject(paragraph.slice(end, next.offset));
}

/** True when the words between a subject and the next name join a second subject to it: " and ", ", the ODM leader, and ". */
// ("X, the ODM leader, and Y": an apposition set off by commas stands between.)
export function joinsSubject(between: string): boolean {
  return JOINED.test(between.replace(/^\s*,[^,.;:“”"]{1,80},(?=\s*(?:and|&)\s)/, ''));
}

/**
 * "Kamande told reporters that her party …", "X has declared she will run": a
 * pronoun in the subject's own clause, before anyone else is named, gives the subject's gender.
 */
export function possessiveGender(paragraph: string, subject: Mention, people: Mention[], end: number): Gender | undefined {
  const from = subject.offset + subject.surface.length;
  const next = people.find((mention) => mention.offset >= from && keyOf(mention) !== keyOf(subject));
  const clause = paragraph.slice(from, Math.min(next?.offset ?? end, end));
  // (Not inside a quote, whose "her" is the speaker's own word for someone else.)
  const word = /^[^“”".;:]*?\b(his|her|he|she|him|himself|herself)\b/i.exec(clause)?.[1]?.toLowerCase();
  if (!word) return undefined;
  return /^(?:his|he|him|himself)$/.test(word) ? 'm' : 'f';
}
