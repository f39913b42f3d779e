/**
 * A title before a name that a closed span of years follows: "He served as
 * deputy to Governor X from 2017 to 2022", "… between 2013 and 2017", "…
 * until 2022". The span dates the office the title names, so it was held
 * then, and the article does not say it is held now: former.
 */
import type { SentenceMentions } from './sentence-view';

/** Capitalised words (the title, its place) and nothing else between the cue and the name. */
const TITLE_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}.'’-]*\s+$/u;
/** "from 2017 to 2022", "between 2013 and 2017", "until 2022": a span that has ended, told right after the name. */
const SPAN_AFTER = /^\s*,?\s+(?:from\s+\d{4}\s+(?:to|until|till)\s+\d{4}|between\s+\d{4}\s+and\s+\d{4}|(?:until|till)\s+\d{4})\b/u;

/** Makes former the present title before each name that a closed span of years follows. */
export function dateSpannedTitles(sentences: SentenceMentions[]): void {
  for (const { text, start, mentions } of sentences) {
    for (const person of mentions) {
      const role = person.role;
      if (person.kind === 'party' || person.quoted || !role || (role.tense !== undefined && role.tense !== 'current')) continue;
      const at = person.offset - start;
      if (TITLE_BEFORE.test(text.slice(0, at)) && SPAN_AFTER.test(text.slice(at + person.surface.length))) person.role = { ...role, tense: 'former' };
    }
  }
}
