/**
 * Whether a text names an entity: by one of the forms the articles use for it
 * (its name, an alias, its acronym), as whole words in order, the first
 * capitalised. The evidence check asks this of every fact's sentence, for
 * every person and party of its article, so each text and form is folded once.
 */
import type { Entity } from '../types';

/** A text's words for matching names: folded like `nameWords`, possessives dropped, and whether each was capitalised. */
interface Words {
  words: string[];
  capitalised: boolean[];
  /** The same words as a set: most names are not in a sentence, and this says so at once. */
  present: Set<string>;
}

const POSSESSIVE = /['’]s\b/gu;
const NICKNAME = /(\p{Lu}[\p{L}'’-]*)\s+["“]\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}["”]\s+(?=\p{Lu})/gu;
const APOSTROPHE = /['’‘`´]/gu;
/** A word: a run of letters and digits; every other character breaks one. (Found with `match`, not `split`: faster, and no empty words to drop.) */
const WORD = /[\p{L}\p{N}]+/gu;
/** Marks folded out of accented letters. */
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const HAS_APOSTROPHE = /['’‘`´]/u;

// The same sentence is asked about many names (each person of its article): split each once.
const textWords = new Map<string, Words>();

/** Splits a text into comparable words, the way `nameWords` folds a name, with every punctuation mark a break. */
function wordsOf(text: string): Words {
  let words = textWords.get(text);
  if (!words) {
    // ('Nominated MCA Peter "Mtoto wa Embu" Njeru Mbogo': a nickname between a name's words, as the extractor reads it, names "Peter Njeru Mbogo".)
    words = splitWords(text.includes('"') || text.includes('“') ? text.replace(NICKNAME, '$1 ') : text);
    if (textWords.size > 10_000) textWords.clear();
    textWords.set(text, words);
  }
  return words;
}

function splitWords(text: string): Words {
  const plain = HAS_APOSTROPHE.test(text) ? text.replace(POSSESSIVE, '').replace(APOSTROPHE, '') : text;
  // Accents are folded once for the whole text, and only when it has any: most news text is ASCII.
  const raw = (NON_ASCII.test(plain) ? plain.normalize('NFKD').replace(MARKS, '') : plain).match(WORD) ?? [];
  const words = raw.map((word) => word.toLowerCase());
  return { words, capitalised: raw.map((word, index) => word[0] !== words[index]?.[0] || (word[0] as string) <= '9'), present: new Set(words) };
}

// Forms are the same few thousand names checked again and again: fold each once.
const formWords = new Map<string, string[]>();

function foldedForm(form: string): string[] {
  let words = formWords.get(form);
  if (!words) {
    words = splitWords(form).words;
    if (formWords.size > 100_000) formWords.clear();
    formWords.set(form, words);
  }
  return words;
}

/** The forms the articles use for an entity: its name, its aliases, its acronym. */
export function formsOf(entity: Pick<Entity, 'name' | 'aliases' | 'acronym'>): string[] {
  return [entity.name, ...entity.aliases, ...(entity.acronym ? [entity.acronym] : [])];
}

/**
 * True when `text` names one of `forms`, as whole words in order, the first
 * written with a capital: "the JDC’s chairman" names "JDC"; "a wiper" does not name "Wiper".
 */
export function namesAny(text: string, forms: readonly string[]): boolean {
  const { words, capitalised, present } = wordsOf(text);
  return forms.some((form) => {
    const wanted = foldedForm(form);
    if (wanted.length === 0 || !present.has(wanted[0] as string)) return false;
    for (let start = 0; start + wanted.length <= words.length; start++) {
      if (capitalised[start] && wanted.every((word, index) => words[start + index] === word)) return true;
    }
    return false;
  });
}
