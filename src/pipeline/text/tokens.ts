/**
 * Splits a sentence into word and punctuation tokens with their offsets, and
 * says of each word what matters for names: is it capitalised, an acronym, a
 * possessive.
 */

export interface Token {
  /** The token as written, possessive ending included. */
  text: string;
  /** The word without a possessive ending ("Odinga’s" → "Odinga"). */
  base: string;
  /** `base` in lower case, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Two or more capitals and no lower-case letters: "ODM", "WDM-K". */
  acronym: boolean;
  possessive: boolean;
}

// A word may end in the apostrophe of a velar nasal, as Luo names do: "Ochieng'", "Onyang'";
// and a double-barrelled name may go on after it: "Ochieng'-Orwa" is one name, not "Ochieng'" and another's "Orwa".
const TOKEN = /[\p{L}\p{M}\d]+(?:['’\-.&][\p{L}\p{M}\d]+)*(?:(?<=[nN][gG])['’](?:-[\p{L}\p{M}\d]+(?:['’\-.&][\p{L}\p{M}\d]+)*)?(?![\p{L}\p{M}\d]))?|\S/gu;
const WORD_START = /^[\p{L}\p{M}\d]/u;
const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&-]*\p{Lu}[\p{Lu}\d&-]*$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const LOWER_TAIL = /(?<=\p{L})-\p{Ll}[\p{Ll}-]*$/u;
const GLUED_TIME = /^((?:ex|then|former)-)(?=\p{Lu}{2,}[\p{Lu}\d-]*(?:['’]s)?$)/iu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // (An exec loop, not matchAll, which copies the expression at every call; TOKEN is global and only read here.)
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    let raw = match[0];
    let index = match.index;
    // A single character is punctuation or a one-letter word: no affix, tail or acronym to look for.
    if (raw.length === 1) {
      const isWord = startsWord(raw);
      tokens.push({ text: raw, base: raw, lower: raw.toLowerCase(), start: offset + index, end: offset + index + 1, isWord, capitalised: isWord && startsCapital(raw), acronym: false, possessive: false });
      continue;
    }
    const hyphen = raw.includes('-');
    // "Ex-ODM chairman", "the then-UDA secretary-general": the word of time apart from the party it dates,
    // written in lower case so that it opens no name.
    const glued = hyphen ? GLUED_TIME.exec(raw) : null;
    if (glued) {
      const prefix = glued[1] as string;
      const start = offset + index;
      tokens.push({ text: prefix, base: prefix, lower: prefix.toLowerCase(), start, end: start + prefix.length, isWord: true, capitalised: false, acronym: false, possessive: false });
      raw = raw.slice(prefix.length);
      index += prefix.length;
    }
    const isWord = startsWord(raw);
    const possessive = isWord && raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s'));
    // "Kenya Kwanza-friendly", "ODM-leaning": a lower-case tail after a hyphen is not part of the name.
    const tail = isWord && !possessive && hyphen ? LOWER_TAIL.exec(raw) : null;
    const base = possessive ? raw.slice(0, -2) : tail ? raw.slice(0, tail.index) : raw;
    const capitalised = isWord && startsCapital(base);
    tokens.push({
      text: raw,
      base,
      lower: base.toLowerCase(),
      start: offset + index,
      end: offset + index + raw.length,
      isWord,
      capitalised,
      // An acronym starts with a capital or a digit: a lower-case start settles it without the longer tests.
      acronym: isWord && (capitalised || isDigit(base.charCodeAt(0))) && ACRONYM.test(base) && TWO_CAPITALS.test(base),
      possessive,
    });
  }
  return tokens;
}

// Most words are ASCII: their first letter settles these without an expression (an ASCII letter is a letter, A-Z the
// only capitals among them, 0-9 the only digits `\d` matches); any other first character asks the expression.

/** The text starts with a letter, a mark or a digit: `WORD_START`. */
function startsWord(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? isDigit(code) || isAsciiLetter(code) : WORD_START.test(text);
}

/** The text starts with a capital letter: `CAPITAL`. */
function startsCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
