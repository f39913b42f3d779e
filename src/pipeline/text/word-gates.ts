/**
 * Word gates: most sentences can match none of a reader's patterns, and a
 * reader whose every pattern needs one of a few literal words ("led", "ticket")
 * need not run on a sentence that has none of them. A sentence's words are
 * worked out once; each gate is a few lookups in them.
 */

/** Words one of which every pattern of a reader needs, lower-case: the reader runs only on text that has one. */
export type WordGate = readonly string[];

/**
 * The words of a text for gates: its runs of ASCII letters and digits,
 * lower-cased. A pattern's literal ASCII word that has on each side `\b`, a
 * space, a mark or the text's edge is always one of them, whatever the
 * pattern's flags: every other character breaks a run, and no character
 * outside ASCII matches an ASCII letter case-blind but "ſ" and the Kelvin sign
 * (for "s" and "k", with the `u` flag), which are read both ways. ("İ", whose
 * lower case is an "i" and a mark, matches no "i": it breaks a run.)
 */
export function wordsIn(text: string): Set<string> {
  if (!FOLDS_TO_ASCII.test(text)) return new Set(text.toLowerCase().split(NOT_A_WORD));
  const words = new Set(text.replace(FOLDS_TO_ASCII_ALL, ' ').toLowerCase().split(NOT_A_WORD));
  for (const word of text.replaceAll('ſ', 's').replaceAll('\u212a', 'k').replaceAll('\u0130', ' ').toLowerCase().split(NOT_A_WORD)) words.add(word);
  return words;
}

/** True when `words` hold one of the gate's words. */
export function opens(words: ReadonlySet<string>, gate: WordGate): boolean {
  for (const word of gate) if (words.has(word)) return true;
  return false;
}

const NOT_A_WORD = /[^a-z0-9]+/;
/** Letters outside ASCII whose case-blind or lower-case form has an ASCII letter. */
const FOLDS_TO_ASCII = /[ſ\u212a\u0130]/;
const FOLDS_TO_ASCII_ALL = /[ſ\u212a\u0130]/g;
