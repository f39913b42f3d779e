/**
 * Titles an article defines a short form for: "was elected DAPK Deputy Party
 * Leader (hereafter “the DP”)" makes "the DP" that office in this article,
 * where it would otherwise read as the Deputy President.
 */
import { isTitleWordText } from '../quotes/speaker-titles';
import { TITLE_HEADS } from '../lexicon';

/** "Deputy Party Leader (hereafter “the DP”)": the capitalised words before the bracket, and the short form inside it. */
const HEREAFTER = /((?:\p{Lu}[\p{L}-]*\s+){0,5}\p{Lu}[\p{L}-]*)\s*\(\s*hereafter\s+(?:referred\s+to\s+as\s+|called\s+|simply\s+)?[“"‘']\s*(?:the\s+)?([^”"’']{1,30}?)\s*[”"’']\s*\)/gu;

/** The short forms of titles the article defines, lower-cased, to the titles they stand for. */
export function definedTitles(paragraphs: readonly string[]): Map<string, string> {
  const defined = new Map<string, string>();
  for (const paragraph of paragraphs) {
    if (!paragraph.includes('hereafter')) continue;
    for (const match of paragraph.matchAll(HEREAFTER)) {
      const words = (match[1] as string).split(/\s+/);
      // The title is the words that make one, from the end back: "DAPK Deputy Party Leader" → "Deputy Party Leader".
      let start = words.length;
      while (start > 0 && isTitleWordText(words[start - 1] as string)) start--;
      const title = words.slice(start);
      if (title.length > 0 && TITLE_HEADS.has((title[title.length - 1] as string).toLowerCase())) defined.set((match[2] as string).toLowerCase(), title.join(' '));
    }
  }
  return defined;
}
