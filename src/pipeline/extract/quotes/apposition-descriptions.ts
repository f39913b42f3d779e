/**
 * A speaker called by the calling an apposition gave them in the sentence
 * before: "His niece, Dr X, a physician in Eldoret, said …. “…,” the physician
 * said." A calling is no office (no profile shows it), so only the apposition
 * settles it: the one person that sentence names and is about, when the
 * article has used the word for no one else.
 */
import type { Mention, QuoteCue } from '../../types';
import { nearSubjectOf, settle, theOneNear } from './anaphora';
import { readTitle } from './speaker-titles';

/** A calling written as one lower-case noun: "physician", "lawyer", "economist". */
const CALLING = /^[a-z]+$/;

/** Gives each quote attributed by a calling ("the physician said") to the one person an apposition just before calls so. */
export function settleAppositionCallings(quotes: QuoteCue[], paragraphs: readonly string[]): void {
  for (const quote of quotes) {
    const calling = quote.speakerRole;
    // (A title is the title readers' to settle: "the senator", "the chairman".)
    if (quote.speaker || !calling || !CALLING.test(calling) || readTitle(calling)) continue;
    const person = theOneNear(quote);
    if (!person) continue;
    // ("His niece, Dr X, a physician, said …": a sentence the reading found no subject of has the apposition's own verb.)
    if (!calledSo(person, calling, paragraphs, !nearSubjectOf(quote)) || usesBefore(calling, quote, paragraphs) !== 1) continue;
    settle(quote, person);
  }
}

/**
 * Whether the apposition right after the person's name gives the calling: "Dr X, a physician in Eldoret,"; with `verb`,
 * only when a verb follows it, the person being the sentence's subject ("…, a physician in Eldoret, said").
 */
function calledSo(person: Mention, calling: string, paragraphs: readonly string[], verb: boolean): boolean {
  const paragraph = paragraphs[person.place.paragraph] ?? '';
  const apposition = APPOSITION.exec(paragraph.slice(person.offset + person.surface.length));
  if (!apposition || (verb && !apposition[2])) return false;
  return (apposition[1] as string).split(/\s+/).slice(0, 4).includes(calling);
}

/** ", a physician in Eldoret," and the verb after it, if one follows: "said". */
const APPOSITION = /^\s*,\s*(?:an?|the)\s+([^,.;:“”"]{1,60})(?:,\s+(?:also\s+|later\s+)?(\p{Ll}+ed|said|told|read|spoke|wrote|gave|led)\b)?/u;

/** How many times the article writes the calling before the quote's paragraph, and in it before the quote: one, the apposition, for a certain reading. */
function usesBefore(calling: string, quote: QuoteCue, paragraphs: readonly string[]): number {
  const at = quote.place.paragraph;
  const here = paragraphs[at] ?? '';
  const quoteAt = here.indexOf(quote.text.slice(0, 30));
  const text = [...paragraphs.slice(0, at), quoteAt === -1 ? '' : here.slice(0, quoteAt)].join('\n').toLowerCase();
  let count = 0;
  for (let from = text.indexOf(calling); from !== -1; from = text.indexOf(calling, from + calling.length)) {
    if (!/\p{L}/u.test(text[from - 1] ?? ' ') && !/\p{L}/u.test(text[from + calling.length] ?? ' ')) count++;
  }
  return count;
}
