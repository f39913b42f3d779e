/**
 * The parts of a sentence that speak of people rather than say who acts: an
 * aside set off after its subject ("Mbae, who wants to unseat Njagi,
 * struck …"), what its subject said ("X told reporters that her party would
 * back Y", "…, adding that Y had …"), and the question, company or reader an
 * opening phrase puts before the subject ("Asked whether he would follow Y, he
 * said", "Flanked by Y and Z, X told …", "In a statement read on her behalf
 * by Y, X said …"). Someone named only there is no one
 * a later "he" or "she", or a quote inside, could be: news English keeps the
 * subject as the one speaking. Shared by the extractor and the evidence check,
 * which must read a sentence the same way.
 */
import { SPEECH_VERBS } from '../lexicon';
import { isTitleWordText } from './speaker-titles';
import { QUOTING } from './speech-verbs';

/** A run of a sentence's characters, `start` to `end`. */
export interface Stretch {
  start: number;
  end: number;
}

/**
 * Where a sentence only speaks of people, read from its subject: a name (its
 * title and honorific before it) or "He"/"She" at its start. None when it
 * opens otherwise: a sentence whose subject the reading cannot place keeps
 * every person it names. What the subject said counts only with `reported`,
 * for the quote's own sentence: in a sentence before ("X told reporters that
 * her party would back Y. She said …"), Y may still be the one who goes on.
 */
export function spokenOfStretches(sentence: string, reported = false): Stretch[] {
  const from = openingPhraseEnd(sentence);
  const stretches: Stretch[] = from > 0 ? [{ start: 0, end: from }] : [];
  const subject = subjectLength(sentence.slice(from));
  if (subject === undefined) return [];
  let at = from + subject;
  const aside = ASIDE.exec(sentence.slice(at));
  if (aside) {
    stretches.push({ start: at, end: at + aside[0].length });
    at += aside[0].length;
  }
  if (!reported) return stretches;
  const rest = sentence.slice(at);
  // "X told reporters that …": the subject's own verb of speech; "X dismissed the claims, saying Y …": a participle later on.
  const verb = SPEECH_NEXT.exec(rest) ?? PARTICIPLE.exec(rest);
  if (verb) {
    const start = at + verb.index;
    stretches.push({ start, end: reportedEnd(sentence, start + verb[0].length) });
  }
  return stretches;
}

/**
 * Where an opening question or company ends: at the first of its commas
 * that a subject and its verb of speech follow ("Flanked by Senator X and the
 * party's chairman, Y, Z told …" ends before Z). 0 when there is none.
 */
export function openingPhraseEnd(sentence: string): number {
  if (!OPENER.test(sentence)) return 0;
  for (const comma of sentence.slice(0, 200).matchAll(/,\s*/g)) {
    const at = comma.index + comma[0].length;
    const subject = subjectLength(sentence.slice(at));
    if (subject !== undefined && (PRONOUN.test(sentence.slice(at)) || SPEECH_NEXT.test(sentence.slice(at + subject)))) return at;
  }
  return 0;
}

/**
 * Where what the subject said stops being only theirs: at the first name that
 * a verb of speech of its own follows ("X said that Y had called it …"
 * gives the words to Y as much as to X), else the sentence's end.
 */
function reportedEnd(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  QUOTING_VERB.lastIndex = 0;
  const second = QUOTING_VERB.exec(rest);
  if (!second) return sentence.length;
  const names = [...rest.slice(0, second.index).matchAll(NAME_WORD)];
  const first = names[0];
  return from + (first ? first.index : second.index);
}

/** True when `at` lies where the sentence only speaks of someone. */
export function isSpokenOf(stretches: readonly Stretch[], at: number): boolean {
  return stretches.some((stretch) => at >= stretch.start && at < stretch.end);
}

/** The sentence with what only speaks of people blanked, offsets kept (see `spokenOfStretches`). */
export function withoutSpokenOf(sentence: string, reported = false): string {
  let text = sentence;
  for (const { start, end } of spokenOfStretches(sentence, reported)) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  return text;
}

/**
 * "Asked whether he would follow X to UDA,", "Flanked by Senator X and Y,": a question put to the subject, or its
 * company; "Speaking after X,", "Responding to X,": who spoke before the subject; "In a statement read on her behalf by X,": the one who read the subject's words out.
 */
const OPENER = /^\s*(?:Asked|Pressed|Quizzed|Flanked|Accompanied|Joined|Speaking\s+(?:shortly\s+)?(?:after|before)|Responding\s+to|Reacting\s+to|Replying\s+to|In\s+a\s+(?:brief\s+|short\s+|written\s+)?statement\s+read\s+(?:out\s+)?(?:on\s+(?:his|her|their)\s+behalf\s+)?by)\b[^.;:“”"]{0,200},/u;

/**
 * How long the subject a text opens with is: "He"/"She", or title and name
 * words up to the last capitalised one ("PUP-K leader Eng. Onyuka Ododa
 * Ambala"); undefined when it opens with neither.
 */
function subjectLength(text: string): number | undefined {
  const pronoun = PRONOUN.exec(text);
  if (pronoun) return pronoun[0].length;
  // "The governor's spokesperson, Jeremiah Loyapan, told …": a description, then the name it stands beside.
  const described = DESCRIBED_SUBJECT.exec(text);
  if (described) return described[0].length;
  let length: number | undefined;
  const words = /\S+/g;
  let word = words.exec(text);
  while (word) {
    const bare = word[0].replace(/[,;:]+$/, '');
    const at = word.index;
    const next = bare === word[0] ? words.exec(text) : null;
    // ("UDA branch chairman X": a word before a title's head is the title's too.)
    const titled = (one: string) => isTitleWordText(one.replace(/[,;:]+$/, ''));
    if (CAPITALISED.test(bare)) length = at + bare.length;
    else if (length === undefined || !(titled(bare) || (next !== null && titled(next[0])) || bare === 'of' || bare === 'for')) break;
    word = next;
  }
  return length;
}

const PRONOUN = /^\s*(?:[Hh]e|[Ss]he)\b/u;
// (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const CAPITALISED = /^\p{Lu}/u;
const DESCRIBED_SUBJECT = /^\s*The\s+[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3},\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}.'’-]*,/u;

/** ", who wants to unseat X,", ", whose brother-in-law X is …,", ", a close ally of Governor X,": an aside about the subject. */
const ASIDE = /^\s*,\s*(?:who|whom|whose|an?|the)\s[^,;:“”"]{1,160},/u;

// Only adverbs and a time between the subject and its verb: "X also said", "X on Tuesday told".
const SPEECH_NEXT = new RegExp(`^\\s+(?:(?:also|later|then|further|again|on\\s+\\p{Lu}\\p{Ll}+)\\s+)*(?:${QUOTING})\\b`, 'u');

/** ", saying", ", adding that": a participle of speech after the subject's clause. */
const PARTICIPLE = /,\s*(?:while\s+|and\s+)?(?:saying|adding|noting|insisting|arguing|claiming|maintaining|stressing|warning|explaining|stating)\b/u;

// (Verbs that give words to their subject, not every verb a quote may follow: "Y had submitted his papers" says nothing of Y's.)
// ("accused Y of saying …": the participle gives the words to Y as well.)
const QUOTING_VERB = new RegExp(`\\b(?:${[...SPEECH_VERBS, 'described', 'termed', 'dubbed', 'branded', 'labelled', 'labeled', 'called', 'saying', 'telling', 'calling', 'describing', 'claiming', 'terming', 'branding', 'dubbing'].join('|')})\\b`, 'gu');

/** A capitalised word inside a sentence: the start of a name. */
const NAME_WORD = /(?<=\s)\p{Lu}[\p{L}'’-]+/gu;
