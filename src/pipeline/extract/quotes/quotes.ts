/**
 * Finds direct quotes of five words or more and who the text says spoke
 * them (the rules are in `attribution.ts`). A quote may run over several
 * paragraphs (its opening mark repeated, no closing mark until the end); one
 * may stand alone right after its speaker is introduced; "he said" goes to
 * the one person of that gender the sentences before could mean. When the
 * words do not settle who spoke, the quote has no speaker, only candidates:
 * a wrong attribution would be an invented fact.
 */
import { doubleSingleQuotes } from '../../text/quote-marks';
import { splitSentences, type Sentence } from '../../text/sentences';
import type { Mention, QuoteCue } from '../../types';
import { peopleBetween, POST_BEFORE, PRONOUN_BEFORE, PRONOUN_SUBJECT, roleAfter, speakerAfter, titleSpeaker, type Reading, type Span } from './attribution';
import { speakerBefore } from './speaker-before';
import { byPronoun } from './pronoun-speakers';
import { relayedSpeaker } from './relayed-quotes';
import { couldSpeak } from './speaker-candidates';
import { QUOTING } from './speech-verbs';
import { describedOthers, describedSubject, DESCRIPTIONS, distinct, keyOf, SEATS } from './speaker-titles';
import { rememberNear, titleHolderBefore, type Near } from './anaphora';
import { describedHolder } from './described-holders';
import { finishSentence, GENDER_OF_HONORIFIC, type Discourse } from '../discourse';

/** A quotation mark closing a quote, then a bracketed quotation: the quote's translation. */
const TRANSLATION = /([”"])\s*\(\s*[“"][^“”"()]{1,300}[”"]\s*\)/g;
/** Scare quotes ("structured dialogue") are not statements: a quote needs this many words. */
const MIN_WORDS = 5;
/** A quote's marks: curly, or straight paired in order; a mark left open runs to the paragraph's end. */
const QUOTE = /“([^”]*)(”|$)|"([^"”\n]*)(["”]|$)/g;

/**
 * Quotes in one paragraph, attributed to the mentions found in it. Single
 * curly marks are read as double ones (text/quote-marks.ts); the evidence
 * sentence is cut from the paragraph as written.
 */
export function findQuotes(written: string, paragraphIndex: number, mentions: Mention[], discourse: Discourse): QuoteCue[] {
  // “Hatutakubali …” (“We will not accept …”), X said: a translation in brackets is the same quote, not a second one;
  // it is blanked, offsets kept, so that the attribution after it is read as the quote's own.
  const paragraph = doubleSingleQuotes(written).replace(TRANSLATION, (whole, close: string) => close + ' '.repeat(whole.length - close.length));
  const genders = (discourse.genders ??= new Map());
  for (const mention of mentions) {
    const gender = mention.honorific && GENDER_OF_HONORIFIC[mention.honorific.toLowerCase().replace(/\.$/, '')];
    if (gender) genders.set(keyOf(mention), gender);
    // A Woman Representative is a woman: the office says so.
    else if (mention.role?.title === 'Woman Representative' && !mention.role.tense) genders.set(keyOf(mention), 'f');
  }
  const quotes: QuoteCue[] = [];
  const sentences = withoutDateline(splitSentences(paragraph));
  // "the Kalundu dam project": a name used as a noun's modifier is no one who could speak.
  // ("the late Kinango MP X … treating Kinango “as a trophy”": a lone word the article has named a seat by is a place, no one a pronoun could mean.)
  const seats = (discourse.seatPlaces ??= new Set());
  for (const mention of mentions) {
    for (const role of [mention.role, ...(mention.roles ?? [])]) if (role?.organisation && SEATS.has(role.title) && !/\s/.test(role.organisation)) seats.add(role.organisation);
  }
  const people = mentions.filter((mention) => couldSpeak(paragraph, mention, mentions) && !(mention.kind === 'word' && !mention.honorific && !mention.role && seats.has(mention.name)));
  const roles = (discourse.roles ??= new Map());
  // By every word of the name: "Okelo said" may be Jared Okelo Odoyo, the Nyando MP, named by his middle name.
  for (const mention of people) {
    for (const role of [mention.role, ...(mention.roles ?? [])]) {
      if (!role || (role.tense && role.tense !== 'former')) continue;
      const held = role.tense ? (discourse.formerRoles ??= new Map()) : roles;
      for (const word of mention.name.toLowerCase().split(/\s+/)) held.set(word, [...(held.get(word) ?? []), role.title]);
    }
  }
  // Offsets start again with each paragraph.
  discourse.quotedEnd = undefined;
  discourse.quotedRole = undefined;
  const continuing = discourse.open && /^\s*[“"]/.test(paragraph) ? discourse.open : undefined;
  discourse.open = undefined;
  let sentenceIndex = 0;
  let previousEnd = 0;
  for (const match of paragraph.matchAll(QUOTE)) {
    const start = match.index;
    const end = start + match[0].length;
    const open = (match[2] ?? match[4]) === '';
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex + 1]?.start ?? Infinity) <= start) {
      finishSentence(paragraph, sentences[sentenceIndex] as Sentence, people, discourse);
      sentenceIndex++;
    }
    const sentence = sentences[sentenceIndex];
    const text = (match[1] ?? match[3] ?? '').trim().replace(/,$/, '');
    const span: Span = { paragraph, start, end, from: Math.max(previousEnd, sentence?.start ?? 0), sentenceStart: sentence?.start ?? 0 };
    previousEnd = end;
    if (continuing && start === paragraph.indexOf(match[0])) {
      // The next paragraph of a quote left open: one quote, whose attribution may come at its end.
      continuing.text = `${continuing.text} ${text}`;
      if (!continuing.speaker) attribute(continuing, span, people, discourse, true);
      if (open) discourse.open = continuing;
      continue;
    }
    if (!sentence) continue;
    if (text.split(/\s+/).length < MIN_WORDS) {
      // "“Let them watch,” he said. “…”": too short to publish, a quote that opens its sentence still says who is speaking.
      if (/^\s*$/.test(paragraph.slice(span.from, start))) attribute({ text, place: { paragraph: paragraphIndex, sentence: '' } }, span, people, discourse, false);
      continue;
    }
    const cue: QuoteCue = { text, place: { paragraph: paragraphIndex, sentence: written.slice(sentence.start, sentence.start + sentence.text.length) } };
    attribute(cue, span, people, discourse, false);
    quotes.push(cue);
    if (open) discourse.open = cue;
  }
  for (; sentenceIndex < sentences.length; sentenceIndex++) finishSentence(paragraph, sentences[sentenceIndex] as Sentence, people, discourse);
  return quotes;
}

/**
 * "KITUI, Kenya, Mar 12 – Former MP X has decamped …, saying …": a wire story's dateline is no part of its first
 * sentence, whose subject is read from the words after it.
 */
function withoutDateline(sentences: Sentence[]): Sentence[] {
  const first = sentences[0];
  const dateline = first && CAPITALS_FIRST.test(first.text) ? DATELINE.exec(first.text) : null;
  if (!first || !dateline) return sentences;
  return [{ ...first, start: first.start + dateline[0].length, text: first.text.slice(dateline[0].length) }, ...sentences.slice(1)];
}

// (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const CAPITALS_FIRST = /^\s*\p{Lu}{3}/u;
/** "NAIROBI, Kenya, Mar 4 – ", "KISUMU, March 12 — ": a place in capitals, maybe its country and a date, then a dash. */
const DATELINE = /^\s*\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*,\s*(?:\p{Lu}\p{Ll}+,\s*)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?[–—-]\s+/u;

/** Settles the speaker of `cue` from the words around `span`, or lists the candidates. */
function attribute(cue: QuoteCue, span: Span, mentions: Mention[], discourse: Discourse, continued: boolean): void {
  const reading = readSpeaker(span, mentions, discourse, continued);
  discourse.last = cue;
  delete cue.candidates;
  if ('speaker' in reading) {
    cue.speaker = reading.speaker;
    if (reading.speakerRole) cue.speakerRole = reading.speakerRole;
    discourse.subject = reading.speaker;
    discourse.quoted = reading.speaker;
    discourse.quotedEnd = span.end;
    return;
  }
  if (reading.speakerRole) {
    cue.speakerRole = reading.speakerRole;
    // (Until the sentence that closes it, "“…. …,” the former governor said." is about the title's holder.)
    discourse.quotedRole = { title: reading.speakerRole, end: span.end };
  }
  if (reading.near && (reading.near.people.length > 0 || reading.near.title || reading.near.counterpart)) rememberNear(cue, reading.near);
  const candidates = distinct(reading.candidates);
  if (candidates.length > 0) cue.candidates = candidates;
}

function readSpeaker(span: Span, mentions: Mention[], discourse: Discourse, continued: boolean): Reading {
  const stop = nextStop(span.paragraph, span.end);
  // "In a statement, X said the party would not attend. “…,” the statement read.": the words of the one who issued it.
  if (STATEMENT_READ.test(span.paragraph.slice(span.end, stop))) {
    const previous = discourse.previous;
    const issuer = previous?.statement ? previous.subject : undefined;
    // ("In a statement read on her behalf by Y, Governor X said …": the one who read it out is no issuer.)
    if (issuer && distinct(previous?.acting ?? previous?.people ?? []).every((person) => keyOf(person) === keyOf(issuer)) && peopleBetween(mentions, span.from, stop).length === 0) return { speaker: issuer };
    return { candidates: [], attributed: true };
  }
  const after = speakerAfter(span, mentions, stop);
  if (after === 'pronoun') return byPronoun(/^[\s,]*(he|she)\b/i.exec(span.paragraph.slice(span.end))?.[1] ?? '', span, mentions, discourse);
  if (after === 'attributed') {
    const role = roleAfter(span.paragraph.slice(span.end, stop)) ?? titleSpeaker('', span.paragraph.slice(span.end, stop));
    const described = role && DESCRIPTIONS.test(role) ? describedSubject(discourse, role) : role ? describedHolder(discourse, role) : undefined;
    if (described) return settledDescription(discourse, role as string, described);
    // "DP X defended the list. “…,” the DP told reporters.": the one named just before who holds the title.
    // (The title stays on the quote: the evidence check reads it in the sentence.)
    const holder = role && !DESCRIPTIONS.test(role) ? titleHolderBefore(discourse, role, peopleBetween(mentions, span.sentenceStart, stop)) : undefined;
    if (holder) return { speaker: holder, speakerRole: role };
    // (The people of the sentence before, when this one names no one: the title may be one of theirs, known once the article's roles are.)
    const near = role && peopleBetween(mentions, span.sentenceStart, stop).length === 0 ? distinct(discourse.previous?.people ?? []) : [];
    return { candidates: [], attributed: true, near: nearSentence(discourse, near), ...(role ? { speakerRole: role } : {}) };
  }
  if (after) return { speaker: after };
  if (continued) return { candidates: [], attributed: false };
  // "She recalled the deputy governor telling her that “…”": the words the sentence's subject hands on are another's,
  // who may be named by a title only; the text does not make them the subject's.
  const handedOn = span.paragraph.slice(span.sentenceStart, span.start);
  if (MAY_HAND_ON.test(handedOn) && HANDED_ON.test(handedOn)) return { candidates: peopleBetween(mentions, span.sentenceStart, span.start), attributed: true };
  // "In a statement read on her behalf by X, outside the court, she thanked …", "On Sunday, he told reporters …": an opening
  // phrase, then the pronoun as the verb's subject; whoever the phrase names is not the one speaking.
  const opened = OPENED_PRONOUN.exec(span.paragraph.slice(span.from, span.start));
  if (opened) return byPronoun(opened[2] as string, span, mentions, discourse, span.from + opened.index + (opened[1] as string).length);
  // said the Executive was "open to listening" but that the country "cannot keep borrowing": the sentence's speaker.
  const before = speakerBefore(span, mentions) ?? (span.from > span.sentenceStart && peopleBetween(mentions, span.from, span.start).length === 0 ? speakerBefore({ ...span, from: span.sentenceStart }, mentions) : undefined);
  if (before) return before;
  const lead = span.paragraph.slice(span.from, span.start);
  // “…,” the Wiper leader said, adding that “…”: the second part is the same speaker's.
  const earlier = discourse.last;
  // “…,” said X, “and …”: one sentence's quote split by its attribution goes on with its speaker.
  const between = peopleBetween(mentions, span.from, span.start);
  if (earlier?.speaker && span.from > span.sentenceStart && /,\s*$/.test(lead) && !/[.;:]/.test(lead) && between.length > 0 && between.every((person) => keyOf(person) === keyOf(earlier.speaker as Mention))) {
    return { speaker: earlier.speaker };
  }
  if (earlier && span.from > span.sentenceStart && GOES_ON_SAYING.test(lead) && peopleBetween(mentions, span.from, span.start).length === 0) {
    if (earlier.speaker) return { speaker: earlier.speaker };
    if (earlier.speakerRole) return { candidates: [], attributed: true, speakerRole: earlier.speakerRole };
  }
  // ("Asked whether he would follow X to UDA, he said:": the pronoun before the verb is the speaker's, the clause's people are spoken of.)
  const closing = PRONOUN_BEFORE.exec(lead);
  const pronoun = closing ?? PRONOUN_SUBJECT.exec(lead) ?? POST_BEFORE.exec(lead);
  // ("She said he once told her: “…”": the inner subject's words, relayed.)
  const relayed = pronoun && !closing ? relayedSpeaker(lead, pronoun[1] as string, span, mentions, discourse) : undefined;
  if (relayed) return relayed;
  if (pronoun) return byPronoun(pronoun[1] as string, span, mentions, discourse, closing ? span.from + closing.index + closing[0].search(/\b(?:he|she)\b/i) : undefined);
  // "A clip shared by his campaign shows him telling the crowd: “…”": the one a recording shows speaking, as a pronoun.
  const shown = SHOWN_SPEAKING.exec(lead);
  if (shown && peopleBetween(mentions, span.from, span.start).length === 0) return byPronoun((shown[1] as string).toLowerCase() === 'him' ? 'he' : 'she', span, mentions, discourse);
  // "His message was clear: “…”", "In her words, the county “…”": a possessive pronoun stands for the speaker.
  const possessive = POSSESSIVE_BEFORE.exec(lead);
  if (possessive) return byPronoun((possessive[1] ?? possessive[2] as string).toLowerCase() === 'his' ? 'he' : 'she', span, mentions, discourse);
  const sentencePeople = peopleBetween(mentions, span.from, span.start).concat(peopleBetween(mentions, span.end, stop));
  // A quote that is a sentence of its own, right after the one person the sentence before was about.
  const alone = /^[\s"“”'‘’(]*$/.test(lead) && /^[\s.,!?'’"”)]*$/.test(span.paragraph.slice(span.end, stop));
  const previous = discourse.previous;
  // (“…,” he said. “…”: a sentence whose quote was his, naming no one, counts as about him.)
  const about = previous?.subject;
  if (alone && about && distinct(previous.acting ?? previous.people).every((person) => keyOf(person) === keyOf(about))) return { speaker: about };
  // “…” standing alone after "The Party Leader said:": the title's one holder, settled against the article's roles.
  if (alone && previous?.title && previous.colon && previous.people.length === 0 && sentencePeople.length === 0 && !DESCRIPTIONS.test(previous.title)) return { candidates: [], attributed: true, speakerRole: previous.title };
  // "He added that the governors would meet. “…”": a quote alone after a sentence opened by the pronoun of the story's subject, naming no one.
  const subject = discourse.subject;
  if (alone && previous && previous.pronoun && previous.people.length === 0 && !previous.title && subject && (discourse.genders?.get(keyOf(subject)) ?? previous.pronoun) === previous.pronoun) return { speaker: subject };
  // "the senator-elect told journalists that “…”": a title in place of a name; settled against the article's roles later.
  // "According to the Secretary-General, the party “…”": a title in place of the name after "according to".
  const according = sentencePeople.length === 0 ? ACCORDING_TO_TITLE.exec(lead)?.[1] : undefined;
  const title = according ?? (sentencePeople.length === 0 ? titleSpeaker(lead, span.paragraph.slice(span.end, stop)) : openedTitle(span, mentions));
  // "the legislator said": a description no one holds as a title fits the one legislator the story is on.
  const described = title && DESCRIPTIONS.test(title) ? describedSubject(discourse, title) : title ? describedHolder(discourse, title) : undefined;
  if (described) return settledDescription(discourse, title as string, described);
  const holder = title && !DESCRIPTIONS.test(title) ? titleHolderBefore(discourse, title, sentencePeople) : undefined;
  if (holder) return { speaker: holder, speakerRole: title };
  // (The people of the sentence before, when this one names no one: the title may be one of theirs, known once the article's roles are.)
  if (title) return { candidates: [], attributed: true, near: nearSentence(discourse, sentencePeople.length === 0 ? distinct(previous?.people ?? []) : []), speakerRole: title };
  return { candidates: [...sentencePeople, ...(alone ? (previous?.people ?? []) : [])], attributed: false };
}

/**
 * "the senator said" for the story's subject, unless the writer has just used
 * the description for another holder of the seat ("Neither Soi nor the party
 * commented on the senator's absence. Namwaya said …. “…,” the senator said."):
 * then it may mean either, and no title settles it later.
 */
function settledDescription(discourse: Discourse, description: string, subject: Mention): Reading {
  const others = describedOthers(discourse, description, subject);
  return others.length === 0 ? { speaker: subject } : { candidates: [subject, ...others], attributed: true };
}

/**
 * "Asked whether the alliance would field X, the former governor said Mwendwa
 * was “…”": after an opening clause, a title as the subject; the people named
 * in the clause, or after the verb (what was said of them), are not it.
 */
function openedTitle(span: Span, mentions: Mention[]): string | undefined {
  const lead = span.paragraph.slice(span.from, span.start);
  const opened = OPENING_CLAUSE.exec(lead);
  if (!opened) return undefined;
  const rest = span.from + opened[0].length;
  const verb = TITLE_THEN_VERB.exec(span.paragraph.slice(rest, span.start));
  if (!verb || peopleBetween(mentions, rest, rest + verb[0].length).length > 0) return undefined;
  return titleSpeaker(span.paragraph.slice(rest, span.start), '');
}

/** A phrase of time, place or manner opening the sentence ("On Sunday,", "At a rally in Kimilili,", "In a statement …,"), then "he/she" and a verb of quoting. */
const OPENED_PRONOUN = new RegExp(String.raw`^(\s*(?:On|In|At|After|Before|During|Later|Earlier|Outside|Inside|From|Over|Upon|Through|When|While|Since|Despite|Unlike|Like|Elsewhere|Meanwhile|However|Instead|Yesterday|Today)\b[^.;:“”"]{0,160}?,\s*)(he|she)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${QUOTING})\b[^.;:“”"]*:?\s*$`, 'u');
const OPENING_CLAUSE = /^(?:Asked|Speaking|Addressing|Responding|Reacting|Commenting|Pressed|Quizzed)\b[^“”".;]{1,160}?,\s+(?=the\s)/;
const TITLE_THEN_VERB = /^the\s+(?:[\p{L}'’-]+\s+){0,4}?(?:said|told|added|argued|insisted|maintained|noted|claimed|stated|explained)\b/iu;

const POSSESSIVE_BEFORE = /^\s*(?:(His|Her)\s+(?:[\p{Ll}-]+\s+)?(?:message|response|answer|reply|verdict|advice|warning|word|plea|view|take)\s+(?:to\s+[^:“”"]{1,40}?\s*)?(?:(?:was|is)\b[^:“”"]{0,30})?:\s*|In\s+(his|her)\s+(?:own\s+)?words\s*(?:,[^“”".;:]{0,80}|:\s*))$/u;

/** "shows him telling the crowd:", "captured her saying that": a recording of the one a pronoun stands for, speaking. */
const SHOWN_SPEAKING = /\b(?:shows?|showed|showing|captured|captures)\s+(him|her)\s+(?:telling|saying|asking|warning|vowing|declaring|shouting|urging)\b[^.;“”"]*:?\s*$/i;

/** A word of recalling or citing, looked for before `HANDED_ON`. */
const MAY_HAND_ON = /recall|rememb|quot|cit/i;
/**
 * "recalled the governor telling her that", "recalled his father telling him: “…”", "quoted the Speaker as saying": someone else,
 * named between the verb and their own verb of speech (not "he", "she": "recalled that he had told them" is the
 * subject's own words, nor "was quoted as saying", "quoted by the Star as saying"; no "and": "recalled the 1990s and said"
 * goes on with the subject).
 */
const HANDED_ON = /\b(?:recalled|recalls|recalling|remembered|remembers|remembering|quoted|quoting|cited|citing)\s+(?:how\s+|that\s+)?(?!(?:he|she|they|I|we|as|by|telling|saying|being|having)\b)(?:(?!(?:and|but|then)\b)[^\s,.;:“”"]+\s+){1,6}?(?:had\s+|once\s+)?(?:telling|saying|told|said|asking|asked|warning|warned|as\s+saying)\b[^.;:“”"]*:?\s*$/i;

/** What may stand between two parts of one speaker's words: ", adding that", "said, saying". */
const GOES_ON_SAYING = /^[^“”".;]{0,80}\b(?:adding|saying|noting|insisting|warning|arguing|stating|explaining|urging|claiming|maintaining|stressing|reiterating|cautioning)\b[^“”".;:]*:?\s*$/i;

/** Where the attribution after a quote ends: the end of its sentence or the next quote. */
function nextStop(paragraph: string, from: number): number {
  const rest = paragraph.slice(from);
  // "Mr. Kyalo said": an abbreviation's full stop ends no sentence.
  const stop = rest.search(/(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rev|Gen|Eng|Amb|Sen|Gov|Capt|Col|Maj|Lt|Jr|Snr|Jnr))[.!?](?:\s|$)|[“"]/);
  return stop === -1 ? paragraph.length : from + stop + 1;
}

const ACCORDING_TO_TITLE = /\b(?:[Aa]ccording to|[Ii]n the words of)\s+the\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s*,[^“”".;:]*$/u;

/** "“…,” the statement read.": the words of a statement, not of a person the sentence names. */
const STATEMENT_READ = /^[\s,]*(?:the|a|his|her|their)\s+(?:joint\s+)?(?:statement|letter|memo|communiqu[eé]|press\s+release)\s+(?:read|reads|said|says|added|stated|continued|went\s+on)\b/i;

/** The sentence before, for a title that two people of the article hold: `people` (none when the quote's own sentence names someone), the one it was about, its title and counterparts. */
function nearSentence(discourse: Discourse, people: Mention[]): Near {
  const previous = discourse.previous;
  return { people, ...(previous?.subject ? { subject: previous.subject } : {}), ...(previous?.title || previous?.quotedTitle ? { title: previous.title ?? previous.quotedTitle } : {}), ...(previous?.counterpart ? { counterpart: true } : {}) };
}
