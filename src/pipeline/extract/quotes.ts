/**
 * Finds direct quotes and who the text says spoke them: “…,” Mr X said /
 * “…,” said X / X said: “…” / “…,” he said (the last person the story was
 * about). A quote with no named speaker ("said the source") is left alone:
 * a wrong attribution would be an invented fact.
 */
import { splitSentences } from '../text/sentences';
import type { Mention, QuoteCue } from '../types';
import { SPEECH_VERBS } from './lexicon';

const QUOTE = /“([^”]+)”|"([^"\n]+)"/g;
/** Scare quotes ("structured dialogue") are not statements: a quote needs this many words. */
const MIN_WORDS = 5;
const speech = [...SPEECH_VERBS].join('|');
const PRONOUN_AFTER = new RegExp(`^[\\s,]*(?:he|she)\\s+(?:\\w+\\s+)?(?:${speech})\\b`, 'i');
const ROLE_AFTER = new RegExp(`^[\\s,]*(?:${speech})\\s+(the\\s+[\\p{L}\\s'’-]{3,60}?)(?=[.,;]|$)`, 'iu');
const VERB_AT_END = new RegExp(`\\b(?:${speech})\\b(?:\\s+[\\p{L}]+){0,3}\\s*[:,]?\\s*(?:that\\s*)?$`, 'iu');
const VERB_AT_START = new RegExp(`^\\s*(?:(?:also|further|then|later|has|had)\\s+)?(?:${speech})\\b`, 'i');

/** Who the story is about at this point: the last sentence subject or speaker. */
export interface Discourse {
  subject?: Mention;
}

/** Quotes in one paragraph, attributed to the mentions found in it. */
export function findQuotes(paragraph: string, paragraphIndex: number, mentions: Mention[], discourse: Discourse): QuoteCue[] {
  const quotes: QuoteCue[] = [];
  const sentences = splitSentences(paragraph);
  let sentenceIndex = 0;
  let previousEnd = 0;
  for (const match of paragraph.matchAll(QUOTE)) {
    const start = match.index;
    const end = start + match[0].length;
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex + 1]?.start ?? Infinity) <= start) {
      updateSubject(paragraph, sentences[sentenceIndex]?.start ?? 0, mentions, discourse);
      sentenceIndex++;
    }
    const text = (match[1] ?? match[2] ?? '').trim().replace(/[,]$/, '');
    const sentence = sentences[sentenceIndex];
    if (text.split(/\s+/).length < MIN_WORDS || !sentence) {
      previousEnd = end;
      continue;
    }
    const after = paragraph.slice(end, nextStop(paragraph, end));
    const before = paragraph.slice(Math.max(previousEnd, sentence.start), start);
    const cue: QuoteCue = { text, place: { paragraph: paragraphIndex, sentence: sentence.text } };
    const speaker = speakerAfter(after, end, mentions, discourse) ?? speakerBefore(before, start, mentions);
    if (speaker) {
      cue.speaker = speaker;
      discourse.subject = speaker;
      quotes.push(cue);
    } else {
      const role = ROLE_AFTER.exec(after)?.[1];
      if (role && !/\bsources?\b|\binsiders?\b/i.test(role)) {
        cue.speakerRole = role.replace(/^the\s+/i, '').trim();
        quotes.push(cue);
      }
    }
    previousEnd = end;
  }
  for (; sentenceIndex < sentences.length; sentenceIndex++) updateSubject(paragraph, sentences[sentenceIndex]?.start ?? 0, mentions, discourse);
  return quotes;
}

/** Where the attribution after a quote ends: the end of its sentence or the next quote. */
function nextStop(paragraph: string, from: number): number {
  const rest = paragraph.slice(from);
  const stop = rest.search(/[.!?](?:\s|$)|[“"]/);
  return stop === -1 ? paragraph.length : from + stop + 1;
}

/** “…,” Mr Mohamed said. / “…,” said Raila. / “…,” he said. */
function speakerAfter(after: string, offset: number, mentions: Mention[], discourse: Discourse): Mention | undefined {
  if (PRONOUN_AFTER.test(after)) return discourse.subject;
  const named = mentions.find((mention) => mention.offset >= offset && mention.offset < offset + after.length && isPersonLike(mention));
  if (!named) return undefined;
  const between = after.slice(0, named.offset - offset);
  const behind = after.slice(named.offset - offset + named.surface.length);
  const lead = between.replace(/[\s,]+/g, ' ').trim();
  const spokenBefore = VERB_AT_START.test(lead) && lead.split(' ').length <= 3;
  const spokenAfter = lead.split(' ').filter(Boolean).length <= 2 && VERB_AT_START.test(behind.replace(/^['’]s\b/, ''));
  return spokenBefore || spokenAfter ? named : undefined;
}

/** Muchiri said: “…” / Raila told journalists, “…” */
function speakerBefore(before: string, quoteStart: number, mentions: Mention[]): Mention | undefined {
  const verb = VERB_AT_END.exec(before);
  if (!verb) return undefined;
  const verbAt = quoteStart - before.length + verb.index;
  const candidates = mentions.filter((mention) => mention.offset < verbAt && mention.offset >= quoteStart - before.length && isPersonLike(mention));
  const speaker = candidates[candidates.length - 1];
  if (!speaker) return undefined;
  // Only the words of a subject may stand between speaker and verb: "Mr Odinga, the ODM leader, said".
  const gap = before.slice(speaker.offset + speaker.surface.length - (quoteStart - before.length), verb.index);
  return gap.length <= 60 && !/[.;]/.test(gap) ? speaker : undefined;
}

function isPersonLike(mention: Mention): boolean {
  return mention.kind === 'person' || (mention.kind === 'word' && !mention.acronym);
}

/**
 * Only capitalised words (a title, an honorific) may stand before a sentence's
 * subject, after an opening participle clause: "Speaking in Kisumu, Mr Otieno said".
 */
const SUBJECT_LEAD = /^(?:\p{Lu}\p{Ll}+ing\b[^,]{0,80},\s*)?(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u;

/** A person named at the start of a sentence becomes who "he" or "she" refers to. */
function updateSubject(paragraph: string, sentenceStart: number, mentions: Mention[], discourse: Discourse): void {
  const subject = mentions.find(
    (mention) => mention.offset >= sentenceStart && isPersonLike(mention) && SUBJECT_LEAD.test(paragraph.slice(sentenceStart, mention.offset)),
  );
  if (subject) discourse.subject = subject;
}
