/**
 * Words a quote's sentence hands on from someone else: "Chepkoech said Kiprotich
 * had told her: “…”" (the teller's account of the speaker's words), "According
 * to X, the governor told her: “…”" (a source's account of a subject's words),
 * "X, quoting former Minister Y, said …" (words that may be Y's as well as X's).
 * Whose wording such a quote is, the text does not settle: these readers find
 * that it is relayed, and by whom, for the reader of the words before a quote
 * (`speaker-before.ts`) to leave it between them.
 */
import type { Mention } from '../types';
import { QUOTING } from './speech-verbs';

/**
 * The earlier subject whose verb of speech reports the speaker's words: in "X said Y had promised him that “…”", X, when
 * Y opens what X said (after "that" or a title at most).
 */
export function reportedBy(paragraph: string, verbs: RegExpMatchArray[], from: number, speaker: Mention, subjects: Mention[]): Mention | undefined {
  const reported = verbs.find((match) => {
    const end = from + (match.index ?? 0) + match[0].length;
    return end <= speaker.offset && REPORTED_SUBJECT.test(paragraph.slice(end, speaker.offset));
  });
  if (!reported) return undefined;
  const at = from + (reported.index ?? 0);
  return subjects.filter((mention) => mention.offset < at && mention !== speaker).pop();
}

/**
 * What may stand between a verb of speech and the subject of the clause it reports: "said that President", "claimed",
 * "told reporters that", "said in a statement that".
 */
const REPORTED_SUBJECT = /^\s+(?:[^.;:“”"]{0,40}?\bthat\s+)?(?:(?:the|former|then)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** ", the governor told her", ", he had said": after "According to X", a clause with a subject and a verb of speech of its own. */
export const RELAYED = new RegExp(`^\\s*,\\s*(?:[Tt]he\\s+(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{Ll}'’-]+|[Hh]e|[Ss]he|[Tt]hey)\\s+(?:(?:had|has|once|also|reportedly|later)\\s+)*(?:${QUOTING})\\b`, 'u');

/** "quoting former Finance Minister", "citing the late": a verb that hands on another person's words, before that person's name. */
export const QUOTING_SOMEONE = /\b(?:quoting|citing|echoing|paraphrasing)\s+(?:(?:the|a)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu;
