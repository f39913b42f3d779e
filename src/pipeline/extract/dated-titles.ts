/**
 * A title before a name that the words around it date: a closed span of years
 * after the name ("He served as deputy to Governor X from 2017 to 2022", "…
 * between 2013 and 2017", "… until 2022"), or "Then" opening a sentence told
 * in the present ("Then Nakuru Mayor X, who led the municipality in the 1990s,
 * is among the elders …"). The office was held then, and the article does not
 * say it is held now: former.
 */
import type { SentenceMentions } from './sentence-view';

/** Capitalised words (the title, its place) and nothing else between the cue and the name. */
const TITLE_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}.'’-]*\s+$/u;
/** "from 2017 to 2022", "between 2013 and 2017", "until 2022": a span that has ended, told right after the name. */
const SPAN_AFTER = /^\s*,?\s+(?:from\s+\d{4}\s+(?:to|until|till)\s+\d{4}|between\s+\d{4}\s+and\s+\d{4}|(?:until|till)\s+\d{4})\b/u;
/** "Then Nakuru Mayor ": "then" as a word of the title, capitalised words only between it and the name. */
const THEN_TITLE = /^Then\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;
/**
 * The name's verb in the present, after an apposition if any: "Then Governor X
 * arrived" may be the next thing that happened, under a governor in office;
 * "Then Mayor X is among …" can only be the one who was mayor then.
 */
const PRESENT_AFTER = /^(?:\s*,[^,.;“”"]{1,120},)?\s+(?:is|are|has|says|remains|now|still|lives|wants)\b/u;

/** Makes former the present title before each name that a closed span of years, or "Then" in a present sentence, dates. */
export function dateTitles(sentences: SentenceMentions[]): void {
  for (const { text, start, mentions } of sentences) {
    for (const person of mentions) {
      const role = person.role;
      if (person.kind === 'party' || person.quoted || !role || (role.tense !== undefined && role.tense !== 'current')) continue;
      const at = person.offset - start;
      const before = text.slice(0, at);
      const after = text.slice(at + person.surface.length);
      const spanned = TITLE_BEFORE.test(before) && SPAN_AFTER.test(after);
      if (spanned || (THEN_TITLE.test(before) && PRESENT_AFTER.test(after))) person.role = { ...role, tense: 'former' };
    }
  }
}
