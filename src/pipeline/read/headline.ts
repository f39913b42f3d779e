/**
 * Finds or makes an article's headline: a headline-like first line, or else a
 * readable cut of the first sentence.
 */
import { splitSentences } from '../text/sentences';

const MAX_LENGTH = 90;

/** True when a first paragraph reads as a headline rather than as story text. */
export function isHeadline(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).length;
  return words >= 3 && words <= 18 && !/[.,;:]["”’]?$/.test(paragraph.trim());
}

/** A headline from the first sentence of `paragraph`, cut at a word boundary. */
export function headlineFrom(paragraph: string): string {
  const first = splitSentences(paragraph)[0]?.text ?? paragraph;
  let title = first;
  if (title.length > MAX_LENGTH) {
    const cut = title.slice(0, MAX_LENGTH + 1);
    const space = cut.lastIndexOf(' ');
    title = `${cut.slice(0, space > 40 ? space : MAX_LENGTH)}…`;
  }
  return tidyEnd(title);
}

/** Drops the punctuation a cut leaves behind: trailing commas, dashes, a full stop, unbalanced quotes. */
function tidyEnd(title: string): string {
  let result = title.replace(/[\s,;:.\-–—(“"‘']+(…?)$/u, '$1').trim();
  const opens = (result.match(/[“]/g) ?? []).length;
  const closes = (result.match(/[”]/g) ?? []).length;
  if (opens > closes) result = result.replace(/“/g, '');
  if ((result.match(/"/g) ?? []).length % 2 === 1) result = result.replace(/"/g, '');
  return result;
}
