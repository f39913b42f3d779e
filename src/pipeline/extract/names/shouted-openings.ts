/**
 * Newspapers set a story's first words in capitals: "KAKAMEGA Senator X has
 * …", "FORMER Prime Minister X …", "DEPUTY President X will …". Read as
 * acronyms, they gave the role "Senator, KAKAMEGA" and the title "DEPUTY
 * President". A sentence's opening words in capitals, before a word in lower
 * case, are read in the case a name would have when they are words of the
 * language, places of the pack or words of a title: "Kakamega", "Former",
 * "Deputy". A party's acronym ("ODM leader X") stays one, and the text stays
 * as written: only the tokens the extractor reads change. Anywhere else, a
 * name the article also writes in ordinary case is read as that name
 * ("“…,” MULONGO said" beside "Senator Wekesa Barasa Mulongo").
 */
import type { CountryPack } from '../../pack';
import { isCommonWord } from '../../resolve/common-words';
import type { Token } from '../../text/tokens';
import { CLOSED_CLASS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon';

/** Capitals only, three letters or more: "KAKAMEGA", "THE" (not "MP", "I"). */
const SHOUTED = /^\p{Lu}{3,}$/u;
const LOWER = /\p{Ll}/u;

/** The sentence's tokens, its opening words in capitals read as words; the same array when it has none. */
// (`names`: words of the article's names it also writes in capitals, read as names wherever they stand; see namesInCapitals.)
export function unshoutOpening(tokens: Token[], pack: CountryPack, names: ReadonlySet<string> = NONE): Token[] {
  const first = tokens.findIndex((token) => token.isWord);
  let end = first;
  while (end !== -1 && tokens[end] && SHOUTED.test((tokens[end] as Token).base) && isWordOfTheText((tokens[end] as Token).lower, pack)) end++;
  // (A headline or a sentence all in capitals is left as it is: only a lead-in before ordinary words.)
  const opening = !(end === first || end === -1 || !LOWER.test(tokens[end]?.text ?? ''));
  const read = opening || names.size > 0 ? tokens.slice() : tokens;
  if (opening) for (let index = first; index < end; index++) read[index] = unshouted(read[index] as Token);
  if (names.size > 0) unshoutNames(read, names);
  return read;
}

const NONE: ReadonlySet<string> = new Set();

function unshouted(token: Token): Token {
  const word = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();
  return { ...token, text: word(token.text), base: word(token.base), acronym: false };
}

/**
 * "SENATOR MULONGO added …", "“…,” MULONGO said", "NJOROGE KAMAU WAINAINA, the MCA who …": a run of words in capitals
 * is a name of the article when each is a word of one of its names (or a title or courtesy word before it), and one at
 * least is a name's. ("KENYA KWANZA DIGITAL IS A LIE" on a placard: not every word is, so the run stays as written.)
 */
function unshoutNames(tokens: Token[], names: ReadonlySet<string>): void {
  for (let index = 0; index < tokens.length; index++) {
    if (!SHOUTED_WORD.test((tokens[index] as Token).base)) continue;
    let end = index;
    let named = false;
    while (end < tokens.length && tokens[end]?.isWord && SHOUTED_WORD.test((tokens[end] as Token).base)) {
      const lower = (tokens[end] as Token).lower.replace(/\.$/, '');
      if (names.has(lower)) named = true;
      else if (!TITLE_HEADS.has(lower) && !TITLE_MODIFIERS.has(lower) && !HONORIFICS.has(lower)) break;
      end++;
    }
    const whole = end === tokens.length || !tokens[end]?.isWord || !SHOUTED_WORD.test((tokens[end] as Token).base);
    if (named && whole) for (let at = index; at < end; at++) tokens[at] = unshouted(tokens[at] as Token);
    index = Math.max(index, end);
  }
}

/** Capitals only, two letters or more ("GOV", "MULONGO"): a word that may be a title or a name. */
const SHOUTED_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
/** A word in capitals, three letters or more. (ASCII: a plain pattern, read over every paragraph; only read here, by an exec loop.) */
const CAPITALS = /\b[A-Z]{3,}\b(?!['’-])/g;
/** A capitalised word in ordinary case right before, or right after: a name's shape ("Wekesa Barasa Mulongo"). */
const NAME_BEFORE = /\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+$/u;
const NAME_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;
const WORD_CHAR = /[\p{L}'’-]/u;

/**
 * The words the article writes in capitals somewhere ("MULONGO") and, elsewhere, in ordinary case inside a run of
 * capitalised words ("Senator Wekesa Barasa Mulongo"), lower-cased; none that is a word of the language, a place, a
 * title or a party's name. Empty for most articles, whose only capitals are acronyms.
 */
export function namesInCapitals(paragraphs: readonly string[], pack: CountryPack): Set<string> {
  const seen = new Set<string>();
  const shouted = new Set<string>();
  for (const paragraph of paragraphs) {
    CAPITALS.lastIndex = 0;
    for (let match = CAPITALS.exec(paragraph); match !== null; match = CAPITALS.exec(paragraph)) {
      const lower = match[0].toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      if (!isWordOfTheText(lower, pack) && !pack.partyNames.has(lower)) shouted.add(lower);
    }
  }
  const names = new Set<string>();
  for (const lower of shouted) {
    const title = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (paragraphs.some((paragraph) => inNameRun(paragraph, title))) names.add(lower);
  }
  return names;
}

/** Whether `word` stands in `paragraph` as a whole word beside another capitalised word in ordinary case. */
function inNameRun(paragraph: string, word: string): boolean {
  for (let at = paragraph.indexOf(word); at !== -1; at = paragraph.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (WORD_CHAR.test(paragraph.charAt(end)) || WORD_CHAR.test(paragraph.charAt(at - 1))) continue;
    if (NAME_BEFORE.test(paragraph.slice(Math.max(0, at - 40), at)) || NAME_AFTER.test(paragraph.slice(end, end + 4))) return true;
  }
  return false;
}

function isWordOfTheText(lower: string, pack: CountryPack): boolean {
  if (pack.partyNames.has(lower)) return false;
  return isCommonWord(lower) || pack.places.has(lower) || TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || CLOSED_CLASS.has(lower) || HONORIFICS.has(lower);
}
