/**
 * Finds or makes an article's headline: a headline-like first line, or else
 * the first sentence, cut where a reader would pause (at a clause or before a
 * phrase) rather than mid-phrase: never inside a run of capitalised words (a
 * name or a title) nor inside a quotation.
 */
import { splitSentences } from '../text/sentences';

/** A first sentence up to this long is the headline whole. */
const MAX_LENGTH = 110;
/** A cut shorter than this says too little; below it a later cut is looked for. */
const MIN_LENGTH = 40;
/** When nothing ends a phrase within MAX_LENGTH, a headline may run this long to finish a name or title. */
const STRETCH_LENGTH = 140;

/** Words that open a new phrase: cutting just before one leaves a whole phrase behind. Not "of": "Leader of" is half a title. */
const PHRASE_OPENERS = new Set(
  'to with after as for in on at over amid who which that while when where but and or from by despite following ahead during since because before until into under against without through across if so'.split(' '),
);

/** True when a first paragraph reads as a headline rather than as story text. */
export function isHeadline(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).length;
  return words >= 3 && words <= 18 && !/[.,;:]["”’]?$/.test(paragraph.trim());
}

/**
 * A headline from the first sentence of `paragraph`: the sentence itself when
 * short, else its longest start that ends at a clause or phrase boundary.
 * @example headlineFrom('ODM leader Raila Odinga has intensified his efforts to woo Amani National Congress Leader Musalia Mudavadi to back his fifth stab at the presidency.')
 * // 'ODM leader Raila Odinga has intensified his efforts to woo Amani National Congress Leader Musalia Mudavadi…'
 */
export function headlineFrom(paragraph: string): string {
  const first = splitSentences(paragraph)[0]?.text ?? paragraph;
  if (first.length <= MAX_LENGTH) return tidyEnd(first);
  const cut = bestCut(first) ?? wordCut(first);
  return `${tidyEnd(first.slice(0, cut))}…`;
}

/**
 * The last clause boundary (a comma, semicolon, colon or dash), or else phrase
 * boundary, within the limit; failing both, the first one a little past it.
 */
function bestCut(sentence: string): number | undefined {
  const clauses: number[] = [];
  const phrases: number[] = [];
  for (const match of sentence.matchAll(/(\s*[,;:]|\s+[–—-])?\s+([^\s,;:]+)/gu)) {
    const at = match.index;
    if (at < MIN_LENGTH || at > STRETCH_LENGTH) continue;
    if (insideQuotation(sentence.slice(0, at))) continue;
    const next = match[2] ?? '';
    if (match[1] !== undefined) clauses.push(at);
    else if (PHRASE_OPENERS.has(next.toLowerCase()) && !joinsNames(sentence, at, next)) phrases.push(at);
  }
  const within = (cuts: number[]) => cuts.filter((at) => at <= MAX_LENGTH).at(-1);
  const past = [...clauses, ...phrases].filter((at) => at > MAX_LENGTH).sort((a, b) => a - b)[0];
  return within(clauses) ?? within(phrases) ?? past;
}

/** "Kalonzo and Raila": an "and" or "or" between two capitalised words joins names, it opens no phrase. */
function joinsNames(sentence: string, at: number, next: string): boolean {
  if (!/^(and|or)$/i.test(next)) return false;
  const before = /(\S+)$/.exec(sentence.slice(0, at))?.[1] ?? '';
  const after = /^\s+\S+\s+(\S+)/.exec(sentence.slice(at))?.[1] ?? '';
  return /^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after);
}

/** An opening curly quote with no closing one yet. */
function insideQuotation(prefix: string): boolean {
  return (prefix.match(/“/g) ?? []).length > (prefix.match(/”/g) ?? []).length;
}

/** No boundary found: cut at the last space within the limit, moved back out of a run of capitalised words. */
function wordCut(sentence: string): number {
  const words = [...sentence.slice(0, MAX_LENGTH + 1).matchAll(/\s+/g)].map((space) => space.index);
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const at = words[index] ?? 0;
    if (at < MIN_LENGTH) break;
    const before = /(\S+)$/.exec(sentence.slice(0, at))?.[1] ?? '';
    const after = /^\s+(\S+)/.exec(sentence.slice(at))?.[1] ?? '';
    if (!(/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after))) return at;
  }
  return words.at(-1) ?? MAX_LENGTH;
}

/** Drops the punctuation a cut leaves behind: trailing commas, dashes, a full stop, unbalanced quotes. */
function tidyEnd(title: string): string {
  let result = title.replace(/[\s,;:.\-–—(“"‘']+$/u, '').trim();
  const opens = (result.match(/[“]/g) ?? []).length;
  const closes = (result.match(/[”]/g) ?? []).length;
  if (opens > closes) result = result.replace(/“/g, '');
  if ((result.match(/"/g) ?? []).length % 2 === 1) result = result.replace(/"/g, '');
  return result;
}
