/**
 * Where an article gives someone a sex by a pronoun: a sentence, then one
 * whose own words (outside quotation marks) open with "He" or "She" ("Dr X is
 * unbothered. “…,” he said."). Pure text; who the first sentence names is
 * for the caller to say, and it takes the pronoun only when it names one
 * person and no one by a title who could be meant instead.
 */
import { doubleSingleQuotes } from './quote-marks';
import { splitSentences } from './sentences';

export type Sex = 'm' | 'f';

/** A sentence (quoted passages blanked) that the next one refers back to as "he" or "she". */
export interface PronounPair {
  paragraph: number;
  /** Offset of the sentence in its paragraph. */
  start: number;
  /** The sentence as written, quoted passages blanked (same length). */
  text: string;
  sex: Sex;
}

const QUOTED = /“[^”]*”?|"[^"”]*["”]?/gu;

/** "the governor", "the Senator", "a party official": someone the pronoun could mean without a name. */
const SOMEONE_UNNAMED =
  /\b(?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:president|governor|senator|mp|mca|speaker|chairman|chairperson|chairwoman|leader|minister|cs|secretary|commissioner|judge|justice|officer|official|spokesperson|spokesman|spokeswoman|clerk|aide|source|lawyer|delegate|legislator|lawmaker|rep|representative|nominee|candidate|aspirant)s?\b/iu;

const pairsOf = new WeakMap<readonly string[], PronounPair[]>();

/** The article's pronoun pairs, read once per article. */
export function pronounPairs(paragraphs: readonly string[]): PronounPair[] {
  let pairs = pairsOf.get(paragraphs);
  if (!pairs) {
    pairs = readPairs(paragraphs);
    pairsOf.set(paragraphs, pairs);
  }
  return pairs;
}

function readPairs(paragraphs: readonly string[]): PronounPair[] {
  const pairs: PronounPair[] = [];
  let before: Omit<PronounPair, 'sex'> | undefined;
  paragraphs.forEach((written, paragraph) => {
    const blanked = doubleSingleQuotes(written).replace(QUOTED, (passage) => ' '.repeat(passage.length));
    for (const sentence of splitSentences(written)) {
      const text = blanked.slice(sentence.start, sentence.start + sentence.text.length);
      const pronoun = /^[\s,.;:!?—–-]*(he|she)\b/i.exec(text)?.[1]?.toLowerCase();
      if (pronoun && before && !SOMEONE_UNNAMED.test(before.text)) pairs.push({ ...before, sex: pronoun === 'he' ? 'm' : 'f' });
      before = /\p{L}/u.test(text) ? { paragraph, start: sentence.start, text } : undefined;
    }
  });
  return pairs;
}
