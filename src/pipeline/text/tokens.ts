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

// A word may end in the apostrophe of a velar nasal, as Luo names do: "Ochieng'", "Onyang'".
const TOKEN = /[\p{L}\p{M}\d]+(?:['’\-.&][\p{L}\p{M}\d]+)*(?:(?<=[nN][gG])['’](?![\p{L}\p{M}\d]))?|\S/gu;
const POSSESSIVE = /['’]s$/u;
const GLUED_TIME = /^((?:ex|then|former)-)(?=\p{Lu}{2,}[\p{Lu}\d-]*(?:['’]s)?$)/iu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0];
    // "Ex-ODM chairman", "the then-UDA secretary-general": the word of time apart from the party it dates,
    // written in lower case so that it opens no name.
    const glued = GLUED_TIME.exec(raw);
    if (glued) {
      const prefix = glued[1] as string;
      const start = offset + (match.index as number);
      tokens.push({ text: prefix, base: prefix, lower: prefix.toLowerCase(), start, end: start + prefix.length, isWord: true, capitalised: false, acronym: false, possessive: false });
      raw = raw.slice(prefix.length);
      match.index = (match.index as number) + prefix.length;
    }
    const isWord = /^[\p{L}\p{M}\d]/u.test(raw);
    const possessive = isWord && POSSESSIVE.test(raw) && raw.length > 2;
    // "Kenya Kwanza-friendly", "ODM-leaning": a lower-case tail after a hyphen is not part of the name.
    const tail = isWord && !possessive ? /(?<=\p{L})-\p{Ll}[\p{Ll}-]*$/u.exec(raw) : null;
    const base = possessive ? raw.slice(0, -2) : tail ? raw.slice(0, tail.index) : raw;
    tokens.push({
      text: raw,
      base,
      lower: base.toLowerCase(),
      start: offset + match.index,
      end: offset + match.index + raw.length,
      isWord,
      capitalised: isWord && /^\p{Lu}/u.test(base),
      acronym: isWord && /^[\p{Lu}\d][\p{Lu}\d&-]*\p{Lu}[\p{Lu}\d&-]*$/u.test(base) && /\p{Lu}.*\p{Lu}/u.test(base),
      possessive,
    });
  }
  return tokens;
}
