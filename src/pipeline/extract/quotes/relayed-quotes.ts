/**
 * Words a quote's sentence hands on from someone else: "Chepkoech said Kiprotich
 * had told her: “…”" (the teller's account of the speaker's words), "According
 * to X, the governor told her: “…”" (a source's account of a subject's words),
 * "X, quoting former Minister Y, said …" (words that may be Y's as well as X's).
 * Whose wording such a quote is, the text does not settle: these readers find
 * that it is relayed, and by whom, for the reader of the words before a quote
 * (`speaker-before.ts`) to leave it between them.
 */
import type { Mention } from '../../types';
import type { Reading, Span } from './attribution';
import type { Discourse } from '../discourse';
import { byPronoun } from './pronoun-speakers';
import { keyOf } from './speaker-titles';
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

/**
 * "She said he once told her after a stormy sitting:", "She said a casual worker she met in Likoni had told her:", "He
 * recalled that the elders had warned him:": a pronoun's verb of speech, then a clause whose own subject (another
 * pronoun, or someone not named) has a verb of speech of its own right before the quote. The words are the inner
 * subject's (the README's relayed line); the outer pronoun relays them. Not "He told the crowd he had warned the
 * assembly:" (the same pronoun: his own words), nor "He said his party had asked him to run, and told reporters:"
 * (what follows the inner verb goes on with the outer subject).
 */
const RELAYED_LINE = /\b([Hh]e|[Ss]he)\s+(?:[\p{Ll}-]+\s+)?(?:(?:said|says|recalled|recalls|remembered|remembers|explained|revealed|narrated|claimed|disclosed)\s+|told\s+(?:[\p{L}-]+\s+){1,3}?)(?:that\s+|how\s+)?(he|she|they|(?:a|an|the|his|her|their|one|some|my|its)\s+[^.;:,“”"]{1,60}?)\s+(?:(?:had|has|have|once|also|reportedly|later|allegedly|then|previously)\s+)*(?:told|said|asked|warned|assured|promised|whispered|shouted|texted|begged|urged|reminded)\b(?:\s+(?!(?:and|but|then|before|adding|saying)\b)[\p{L}\d'’-]+){0,8}\s*[:,]?\s*$/u;

/**
 * The speaker of a relayed line before a quote whose outer subject is a pronoun: the inner pronoun's (read after the
 * outer one, so that whoever the outer stands for is known not to be the inner one), or none when the inner subject is
 * "they" or someone not named; undefined when the words are no relayed line.
 */
export function relayedSpeaker(lead: string, outer: string, span: Span, mentions: Mention[], discourse: Discourse): Reading | undefined {
  if (!RELAY_VERB.test(lead)) return undefined;
  const line = RELAYED_LINE.exec(lead);
  if (!line) return undefined;
  const inner = line[2] as string;
  if (inner !== 'he' && inner !== 'she') return { candidates: [], attributed: true };
  if (inner === (line[1] as string).toLowerCase()) return undefined;
  const outerEnd = (line[1] as string).length;
  const at = span.from + line.index + outerEnd + line[0].slice(outerEnd).search(/\b(?:he|she)\b/);
  const teller = byPronoun(outer, span, mentions, discourse);
  const reading = byPronoun(inner, span, mentions, discourse, at);
  return 'speaker' in reading && 'speaker' in teller && keyOf(reading.speaker) === keyOf(teller.speaker) ? { candidates: [], attributed: true } : reading;
}

const RELAY_VERB = /\b(?:told|said|asked|warned|assured|promised|whispered|shouted|texted|begged|urged|reminded)\b/;
