/**
 * The tense the word before a title states: a tense word ("former",
 * "acting", "the then"), or the words of an office taken away ("removed",
 * "the death of", "nullified the election of").
 */
import type { Token } from '../../text/tokens';
import type { Tense } from '../../types';
import { isDescribing, tenseBefore } from '../tense-words';

/** What ends a holder's office: "the death of", "the burial of". */
export const ENDED = /^(?:death|demise|passing|murder|killing|assassination|burial|funeral)$/;
/** Verbs that take an office away from the title after them: "MCAs removed Majority Leader X". */
export const REMOVING = /^(?:removed|ousted|sacked|axed|deposed|dethroned|kicked|unseated)$/;
/** How a seat was filled, a word that may stand between a tense word and the title: "former nominated MCA X". */
// ("former county Youth CEC X": the level of government between the two, too.)
const FILLED = /^(?:nominated|elected|specially|county)$/;
/** A seat taken from its holder, after a word that places the deed in the past: "after unseating Senator X". */
const TAKING = /^(?:unseating|ousting|dethroning)$/;
const TAKING_WHEN = /^(?:after|by|before)$/;
/** What a court does to an election: "nullified the election of". */
const ANNULLED = /^(?:nullified|annulled|overturned|quashed|invalidated|nullifies|annuls|overturns|quashes|nullifying|annulling|overturning)$/;

/** The tense the word at `index` states: "former", "acting". */
export function tenseAt(tokens: Token[], index: number): Tense | undefined {
  const word = tokens[index];
  // "and then Governor X arrived": "then" dates a title only as "the then …" or glued, "then-UDA".
  if (word?.lower === 'then' && tokens[index - 1]?.lower !== 'the') return undefined;
  // "one-time" is read whole: the tokenizer keeps a lower-case tail apart from a name.
  if (!word?.isWord) return undefined;
  // "MCAs removed Majority Leader X": an office the sentence says was taken away.
  if (REMOVING.test(word.lower)) return 'former';
  // ("after unseating two-term Senator X": the seat was taken; "is keen on unseating Governor X" is a wish, the seat held.)
  if (TAKING.test(word.lower)) return TAKING_WHEN.test(tokens[index - 1]?.lower ?? '') ? 'former' : undefined;
  // ("former nominated MCA X", "former two-term MP X", "former specially elected MCA X": a word that describes the holder,
  // or how the seat was filled, stands between the title and the word that dates it; "Ex-nominated Senator X" in one token.)
  if (FILLED.test(word.lower) || isDescribing(word.text)) return index > 0 ? tenseAt(tokens, index - 1) : undefined;
  if (word.lower.startsWith('ex-') && (FILLED.test(word.lower.slice(3)) || isDescribing(word.lower.slice(3)))) return 'former';
  // "the impeached Nyandarua Governor X", "… as has defeated Kiambogo Senator X": a word that tells the holder lost the
  // office, as an adjective (after an article, or in an inverted "as has"); as a verb ("MCAs impeached Governor X") it
  // tells a motion, and the office is held until the Senate rules.
  const before = tokens[index - 1]?.lower ?? '';
  // ("The dropped Agriculture CS X": dropped from the Cabinet.)
  if (/^(?:impeached|defeated|dismissed|fired|dropped)$/.test(word.lower) && (/^(?:the|a|an)$/.test(before) || (/^(?:has|have|had|did|was|is)$/.test(before) && tokens[index - 2]?.lower === 'as'))) return 'former';
  // "the seat left vacant by the death of MP X", "nullified the election of Khwisero MP X": an office that ended.
  if (word.lower === 'of' && ENDED.test(tokens[index - 1]?.lower ?? '')) return 'former';
  if (word.lower === 'of' && tokens[index - 1]?.lower === 'election' && tokens[index - 2]?.lower === 'the' && ANNULLED.test(tokens[index - 3]?.lower ?? '')) return 'former';
  // ("Former acting Governor X", "the ex-acting Speaker": an acting spell the word before it says is over.)
  const tense = tenseBefore(word.text.toLowerCase());
  if (tense === 'acting' && tokens[index - 1]?.isWord && tenseBefore(before) === 'former') return 'former';
  return tense;
}
