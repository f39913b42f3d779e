/**
 * A speaker the text refers back to: the person named in the sentence
 * before, by a title they hold ("DP X defended the list. “…,” the DP told
 * reporters."); whether a sentence's subject is joined by a second one ("X and
 * Y told reporters"); and the gender a subject's own "she" or "her" gives it.
 */
import type { Mention, QuoteCue, RoleCue } from '../../types';
import type { Discourse, Gender } from '../discourse';
import { readRole } from '../roles';
import { distinct, isTitleWordText, keyHoldsTitle, keyOf, officeKey, titledAlike } from './speaker-titles';

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
  const holds = (key: string) => keyHoldsTitle(discourse, key, title) || holdsByHead(discourse, key, title);
  const holders = distinct(discourse.previous?.people ?? []).filter((person) => holds(keyOf(person)));
  const holder = holders.length === 1 ? holders[0] : undefined;
  // ("Sang, the Ainamoi MP, and his Belgut counterpart Y addressed the press. “…,” the MP said.": Y holds the title too.)
  if (!holder || discourse.previous?.counterpart) return undefined;
  // ("ODM chairman X and the assembly's finance committee chairman, Y, also spoke. “…,” the chairman said.": Y's title,
  // though no role was read for it, has the same word.)
  if (titledAlike(distinct(discourse.previous?.people ?? []), title).some((person) => keyOf(person) !== keyOf(holder))) return undefined;
  // ("ODM chairman X addressed the rally. He was joined by UDA chairman Y. “…,” the chairman said.": a holder the sentence
  // before names only beside its subject is no answer when the article gave someone else the title too.)
  const about = discourse.previous?.subject;
  if (about && keyOf(about) === keyOf(holder)) return holder;
  return [...(discourse.roles?.keys() ?? [])].some((key) => key !== keyOf(holder) && holds(key)) ? undefined : holder;
}

/** "the chairman" for a National Chairman, "the leader" for a Party Leader: a title's head alone, for an office it heads (not a deputy's). */
function holdsByHead(discourse: Discourse, key: string, title: string): boolean {
  if (/\s/.test(title)) return false;
  const head = readRole(title);
  if (!head || head.tense) return false;
  const ending = ` ${officeKey(head.title)}`;
  return (discourse.roles?.get(key) ?? []).some((held) => officeKey(held).endsWith(ending) && !/^(?:deputy|vice|assistant)\b/i.test(held));
}

// Kept apart from a quote's candidates, which the review page lists: only the title's settling reads these.
const nearPeople = new WeakMap<QuoteCue, Near>();

/**
 * The sentence before a quote attributed by a title alone, as the title's settling needs it: its people, the one it
 * was about, the title it named its subject by ("the former governor said …"), and whether it named someone as
 * another's counterpart ("X and his Siaya counterpart Y"), who holds the same title.
 */
export interface Near {
  people: Mention[];
  subject?: Mention;
  title?: string;
  counterpart?: boolean;
}

/** Remembers the sentence before a quote attributed by a title alone. */
export function rememberNear(quote: QuoteCue, near: Near): void {
  nearPeople.set(quote, near);
}

/** The people of the sentence before a quote attributed by a title alone ("“…,” the new chairman added"). */
export function nearOf(quote: QuoteCue): Mention[] {
  return nearPeople.get(quote)?.people ?? [];
}

/** The person the sentence before that quote was about, if the reading placed one as its subject. */
export function nearSubjectOf(quote: QuoteCue): Mention | undefined {
  return nearPeople.get(quote)?.subject;
}

/**
 * The one person the sentence before a quote names, unless the reading placed someone else as its subject: who a
 * description of the speaker ("the physician", "the independent candidate") can name again.
 */
export function theOneNear(quote: QuoteCue): Mention | undefined {
  const near = distinct(nearOf(quote));
  const about = nearSubjectOf(quote);
  const person = near.length === 1 ? near[0] : undefined;
  return person && (!about || keyOf(about) === keyOf(person)) ? person : undefined;
}

/** Gives a quote its speaker, settled: no candidates left for the review page. */
export function settle(quote: QuoteCue, speaker: Mention): void {
  quote.speaker = speaker;
  delete quote.candidates;
}

/** The roles the article gives each person (by surname). */
export function rolesByPerson(mentions: Mention[]): Map<string, RoleCue[]> {
  const byKey = new Map<string, RoleCue[]>();
  for (const mention of mentions) {
    for (const role of [mention.role, ...(mention.roles ?? [])]) if (role) byKey.set(keyOf(mention), [...(byKey.get(keyOf(mention)) ?? []), role]);
  }
  return byKey;
}

/** The title the sentence before that quote named its subject by, and whether it named a counterpart. */
export function nearTitleOf(quote: QuoteCue): { title?: string; counterpart?: boolean } {
  const near = nearPeople.get(quote);
  return { ...(near?.title ? { title: near.title } : {}), ...(near?.counterpart ? { counterpart: true } : {}) };
}

/** "DP", "CS": a title written short, which the roles reader writes out. */
function isAbbreviatedTitle(word: string): boolean {
  const role = readRole(word);
  return role !== undefined && role.title.toLowerCase() !== word.toLowerCase();
}

/** Between a sentence's subject and the next person it names: "and", "or", a comma alone join a second subject. */
const JOINED = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*|\s+(?:and|&|or|nor|alongside|with|together\s+with|as\s+well\s+as)\s+|,\s*(?:and|&)\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

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
  const open = /^[^“”".;:]*/.exec(clause)?.[0] ?? '';
  // ("Mwangi, who sat next to her, shook his head": a pronoun as an object is someone else; "her" counts only before
  // what is hers, "her party".)
  const word = [...open.matchAll(/\b(his|her|he|she|himself|herself)\b(?=(\s+\p{Ll})?)/giu)].find((match) => match[1]?.toLowerCase() !== 'her' || (match[2] !== undefined && !OBJECT_BEFORE.test(open.slice(0, match.index))))?.[1]?.toLowerCase();
  if (!word) return undefined;
  return /^(?:his|he|himself)$/.test(word) ? 'm' : 'f';
}

/** A verb or preposition whose object the next pronoun is: "next to her", "told her the party …". */
const OBJECT_BEFORE = /\b(?:to|with|beside|for|of|by|at|from|against|behind|about|told|asked|urged|thanked|praised|met|called|gave|showed)\s+$/i;
