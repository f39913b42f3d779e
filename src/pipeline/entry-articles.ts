/**
 * An entry's list of articles: newest first, each with a snippet of the
 * sentence that first names the entity; and the cut that shortens excerpts.
 */
import type { Article, Mention } from './types';

/** How long a snippet or an excerpt may be, in characters. */
export const SNIPPET_LENGTH = 220;

/**
 * An article's snippet for an entity, by the list of its mentions there: resolve hands out the same
 * list while they are the same mentions, and an entity named in thousands of articles is built again
 * whenever one of them changes.
 */
const snippets = new WeakMap<Mention[], { article: Article; text: string }>();

export function snippetOf(article: Article, mentions: Mention[]): string {
  const known = snippets.get(mentions);
  if (known?.article === article) return known.text;
  const text = snippet(article, mentions);
  snippets.set(mentions, { article, text });
  return text;
}

/** The sentence of the first mention, cut around the name when long. */
function snippet(article: Article, mentions: Mention[]): string {
  const first = [...mentions].sort((a, b) => a.place.paragraph - b.place.paragraph || a.offset - b.offset)[0];
  if (!first) return cut(article.paragraphs[0] ?? '', SNIPPET_LENGTH);
  const sentence = first.place.sentence;
  if (sentence.length <= SNIPPET_LENGTH) return sentence;
  const at = Math.max(0, sentence.indexOf(first.surface));
  const start = Math.max(0, at - SNIPPET_LENGTH / 2);
  const text = cut(sentence.slice(start), SNIPPET_LENGTH);
  return start > 0 ? `…${text.replace(/^\S*\s/, '')}` : text;
}

/** Cuts text at a word boundary, with an ellipsis when anything was cut. */
export function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const slice = text.slice(0, length);
  return `${slice.slice(0, Math.max(slice.lastIndexOf(' '), length / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Newest first, then by title, each compared by its rank in the collator's order (`rank` holds every title and date, and ''). */
export function sortArticles<T extends { date?: string; title: string }>(list: T[], rank: ReadonlyMap<string, number>): T[] {
  const of = (text: string) => rank.get(text) as number;
  return list.sort((a, b) => of(b.date ?? '') - of(a.date ?? '') || of(a.title) - of(b.title));
}
