/**
 * The words that place a title in time, as news English writes them around it:
 * before ("former", "acting", "the deposed"), after ("-elect", "nominee",
 * "aspirant"), the filler a tense word may stand behind ("the immediate"), and
 * the words that describe a holder rather than date the office ("first-term").
 */
import type { Tense } from '../types';
import { wordTable } from './lexicon';

/** Words before a title that place it in time: "former", "outgoing", "acting". */
const TENSE_BEFORE = wordTable<Tense>({
  former: 'former',
  ex: 'former',
  outgoing: 'former',
  retired: 'former',
  'one-time': 'former',
  onetime: 'former',
  erstwhile: 'former',
  late: 'former',
  deceased: 'former',
  // "the deposed Speaker", "Ousted Governor X": a holder put out of the office (as a verb, "MCAs ousted Speaker X", the
  // same: the office is over).
  deposed: 'former',
  ousted: 'former',
  sacked: 'former',
  axed: 'former',
  dethroned: 'former',
  unseated: 'former',
  // Kiswahili copy: "aliyekuwa Mbunge wa Kibwezi X" ("who was"), "Marehemu Seneta X" ("the late").
  aliyekuwa: 'former',
  marehemu: 'former',
  // "the then Cabinet Secretary", "the immediate past chairman".
  then: 'former',
  past: 'former',
  incoming: 'incoming',
  acting: 'acting',
  interim: 'acting',
  caretaker: 'acting',
  // "Aspiring Kisumu Central MP X": a seat sought; so is "the would-be Governor".
  aspiring: 'aspiring',
  'would-be': 'aspiring',
});

/** Words after a title that place it in time: "Governor-elect", "CS designate", "governor aspirant". */
const TENSE_AFTER = wordTable<Tense>({
  elect: 'incoming',
  designate: 'incoming',
  nominee: 'incoming',
  aspirant: 'aspiring',
  candidate: 'aspiring',
  hopeful: 'aspiring',
  contender: 'aspiring',
  flagbearer: 'aspiring',
  'flag-bearer': 'aspiring',
  torchbearer: 'aspiring',
  'torch-bearer': 'aspiring',
  'standard-bearer': 'aspiring',
  standardbearer: 'aspiring',
});

/** Words that describe an office's holder, not the office: "a two-term governor", "the vocal senator". */
// ("one-time" dates an office: "a one-time Kenyan ambassador" is a former one.)
const DESCRIBING = /^(?:\d{1,3}-year-old|(?:one|two|three|four|five|first|second|third|fourth|fifth)-term|(?:first|second|third|two|three|four|five)-time|vocal|outspoken|youthful|veteran|long-serving|influential|firebrand|embattled|controversial|retiring|suspended|jailed|expelled|new|newly-(?:elected|appointed|named|installed)|sitting|serving|incumbent|current|present)$/i;

/**
 * Past forms of verbs a clause tells a deed with, beyond the regular "-ed": "X, who as Energy CS oversaw …", "During her
 * time as Speaker, X built …". (One list for every reader that asks whether a verb is told in the past.) No verb of
 * speech: "said", "told" date the speaking, which may be today ("During his term as Governor, X said, the county would
 * build 300 classrooms"), not a deed of the office.
 */
const IRREGULAR_PAST = new Set([
  'oversaw', 'led', 'took', 'made', 'gave', 'wrote', 'saw', 'met', 'won', 'lost', 'built', 'sent', 'brought', 'began', 'ran',
  'spent', 'set', 'held', 'left', 'kept', 'paid', 'sold', 'became', 'fought', 'chose', 'rose', 'struck',
  'stood', 'sought', 'bought', 'swore', 'drew', 'threw', 'hit', 'shut', 'put', 'cut', 'sat',
]);

/** Filler before a tense word: "the immediate former", "a one-time". */
const FILLER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'immediate', 'now', 'newly', 'recently']);

/** The tense a word before a title states, if it states one: "former" → former. */
export function tenseBefore(word: string): Tense | undefined {
  const lower = word.toLowerCase();
  // ("ex-": one hyphen at the end dropped, by a check rather than an expression, as this runs for most words of an article.)
  return TENSE_BEFORE[lower.endsWith('-') ? lower.slice(0, -1) : lower];
}

/** The tense a word after a title states, if it states one: "nominee" → incoming, "aspirant" → aspiring. */
export function tenseAfter(word: string): Tense | undefined {
  return TENSE_AFTER[word.toLowerCase()];
}

/** True for a verb's irregular past form: "oversaw", "built", "sat" (lower case). */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR_PAST.has(word);
}

/** True for a word that may stand between a tense word and what it dates: "the", "immediate". */
export function isTenseFiller(word: string): boolean {
  return FILLER.has(word.toLowerCase());
}

/** True for a word that describes an office's holder, not the office: "first-term", "vocal", "sitting". */
export function isDescribing(word: string): boolean {
  return DESCRIBING.test(word);
}
