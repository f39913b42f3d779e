/** How long an article takes to read, for its header. */

/** Words a reader gets through in a minute of news prose; a common middle figure. */
const WORDS_PER_MINUTE = 200;

/**
 * Whole minutes to read `wordCount` words, at least one.
 * @example readingMinutes(450) // 2
 */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
