/**
 * Newspapers set a story's first words in capitals: "KAKAMEGA Senator X has
 * …", "FORMER Prime Minister X …", "DEPUTY President X will …". Read as
 * acronyms, they gave the role "Senator, KAKAMEGA" and the title "DEPUTY
 * President". A sentence's opening words in capitals, before a word in lower
 * case, are read in the case a name would have when they are words of the
 * language, places of the pack or words of a title: "Kakamega", "Former",
 * "Deputy". A party's acronym ("ODM leader X") stays one, and the text stays
 * as written: only the tokens the extractor reads change.
 */
import type { CountryPack } from '../pack';
import { isCommonWord } from '../resolve/common-words';
import type { Token } from '../text/tokens';
import { CLOSED_CLASS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';

/** Capitals only, three letters or more: "KAKAMEGA", "THE" (not "MP", "I"). */
const SHOUTED = /^\p{Lu}{3,}$/u;
const LOWER = /\p{Ll}/u;

/** The sentence's tokens, its opening words in capitals read as words; the same array when it has none. */
export function unshoutOpening(tokens: Token[], pack: CountryPack): Token[] {
  const first = tokens.findIndex((token) => token.isWord);
  let end = first;
  while (end !== -1 && tokens[end] && SHOUTED.test((tokens[end] as Token).base) && isWordOfTheText((tokens[end] as Token).lower, pack)) end++;
  // (A headline or a sentence all in capitals is left as it is: only a lead-in before ordinary words.)
  if (end === first || end === -1 || !LOWER.test(tokens[end]?.text ?? '')) return tokens;
  const read = tokens.slice();
  for (let index = first; index < end; index++) {
    const token = read[index] as Token;
    const word = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();
    read[index] = { ...token, text: word(token.text), base: word(token.base), acronym: false };
  }
  return read;
}

function isWordOfTheText(lower: string, pack: CountryPack): boolean {
  if (pack.partyNames.has(lower)) return false;
  return isCommonWord(lower) || pack.places.has(lower) || TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || CLOSED_CLASS.has(lower) || HONORIFICS.has(lower);
}
