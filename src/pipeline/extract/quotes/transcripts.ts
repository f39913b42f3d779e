/**
 * A transcript without quotation marks: a debate, a town hall or an interview
 * written as turns, each paragraph opening with its speaker's label
 * ("KIPROTICH: We have nothing to hide.", "Senator Wanjala: The Bill is about
 * fairness.", "MODERATOR: …"). A turn is a quote of the one person its label
 * names, when the article names that person (in full elsewhere, for a label
 * in capitals); a label that is only a role ("MODERATOR", "HOST", "The
 * Speaker") or an outlet ("STAR") names no one. The evidence check asks the
 * label again (`labelNames`).
 */
import type { Mention, QuoteCue } from '../../types';
import { splitSentences } from '../../text/sentences';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon';

/** A label of one to five capitalised words and a colon opening a paragraph: "Senator Wanjala: …", "SAMSON KIPROTICH: …", "Sen. Wanjala: …", "The Speaker (Hon. Wanjala): …". */
const LABEL = /^\s*(\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+(?:for[ \t]+)?\p{Lu}[\p{L}'’-]*\.?){0,4})(?:[ \t]*\((\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){0,4})\))?[ \t]*:[ \t]+(?=\S)/u;
/** The turn is a sentence of its own, not a subheading or a list item: it ends as one does. */
const ENDS_SENTENCE = /[.?!…]\s*$/;
/** Quotation marks: a labelled paragraph with a quote in it ("Wanyonyi: “…”") is read by the quote reader. */
const QUOTE_MARK = /["“”]/;
/** Words a speaker uses of themselves or to those they address: what a description ("Name: former MP, seeking …") lacks. */
const SPOKEN = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|us|our|you|your)\b/i;
/** A turn that opens with a verb in the past ("Welcomed the ruling, saying …", "Said the party would …"): a reaction told, not spoken. */
const REPORTED = /^(?:\p{Lu}\p{Ll}+ed|Said|Told|Spoke|Took|Made|Gave|Rose|Led|Read|Sought|Met|Held|Won|Lost|Left|Sent|Hit|Threw|Came|Went|Got|Paid|Put|Saw|Sat|Stood|Stuck|Vowed|Urged)\b/u;
/** "Q:", "A:": the question-and-answer layout, read by interview-answers. */
const QA_LABEL = /^(?:q|a|question|answer)$/i;

/** A labelled turn: its label, the label's name words (titles and courtesy words dropped, lower case) and what follows it. */
export interface Turn {
  label: string;
  names: string[];
  text: string;
}

/** A paragraph read as a labelled turn; undefined for any other paragraph. */
export function turnOf(paragraph: string): Turn | undefined {
  // Most paragraphs have no colon near their start: one cheap test before the pattern.
  const colon = paragraph.indexOf(':');
  if (colon < 1 || colon > 60) return undefined;
  const match = LABEL.exec(paragraph);
  if (!match) return undefined;
  // ("The Speaker (Sen. Wanjala):", "Senator for Mbotela (Sen. Wanjala):": the name in brackets is the one speaking.)
  const label = (match[2] ?? match[1]) as string;
  if (QA_LABEL.test(label)) return undefined;
  const text = paragraph.slice(match[0].length).trim();
  if (QUOTE_MARK.test(text) || !ENDS_SENTENCE.test(text) || REPORTED.test(text)) return undefined;
  const words = label.split(/\s+/).map((word) => word.replace(/\.$/, '').toLowerCase());
  // ("Kilumbi Senator Wanjala": the name is what follows the last title or courtesy word; a place before it is the seat's.)
  let last = -1;
  words.forEach((word, index) => {
    if (word === 'the' || HONORIFICS.has(word) || TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word)) last = index;
  });
  return { label, names: words.slice(last + 1), text };
}

/** True when a name's words hold every name word of the label, the last of them as the name's last ("Wanjala", "Kiprono Wanjala" of "Kiprono Wanjala"). */
export function labelNames(names: readonly string[], name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return names.length > 0 && names[names.length - 1] === words[words.length - 1] && names.every((word) => words.includes(word));
}

/** How many turns a transcript has at least, its labels naming people of the article. */
const TURNS = 2;

/** The turns of a transcript as quotes of the people their labels name; none for an article laid out otherwise. */
export function transcriptTurns(paragraphs: readonly string[], mentions: readonly Mention[]): QuoteCue[] {
  const turns: { index: number; turn: Turn; speaker: Mention }[] = [];
  const people = mentions.filter((mention) => mention.kind === 'person' || (mention.kind === 'word' && mention.honorific !== undefined));
  paragraphs.forEach((paragraph, index) => {
    const turn = turnOf(paragraph);
    if (!turn || turn.names.length === 0) return;
    const speaker = onePerson(people.filter((mention) => labelNames(turn.names, mention.name)));
    if (speaker) turns.push({ index, turn, speaker });
  });
  // ("Kiprotich: Former governor, now seeking the ODM ticket." in a list of profiles: no one speaks there.)
  if (turns.length < TURNS || !turns.some(({ turn }) => SPOKEN.test(turn.text))) return [];
  return turns.map(({ index, turn, speaker }) => ({ text: turn.text, place: { paragraph: index, sentence: splitSentences(paragraphs[index] as string)[0]?.text ?? turn.text }, speaker }));
}

/** The one person the mentions are of: the longest name, when every other is part of it ("Wanjala" of "Kiprono Wanjala", not "Mary Wanjala"). */
function onePerson(mentions: readonly Mention[]): Mention | undefined {
  const longest = [...mentions].sort((a, b) => b.name.length - a.name.length)[0];
  if (!longest) return undefined;
  const words = new Set(longest.name.split(/\s+/));
  return mentions.every((one) => one.name.split(/\s+/).every((word) => words.has(word))) ? longest : undefined;
}
