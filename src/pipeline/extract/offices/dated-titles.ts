/**
 * A title before a name that the words around it date: a closed span of years
 * after the name ("He served as deputy to Governor X from 2017 to 2022", "…
 * between 2013 and 2017", "… until 2022") or opening the sentence ("In the
 * 2013-2017 assembly, Majority Leader X led …"), or "Then" opening a sentence told
 * in the present ("Then Nakuru Mayor X, who led the municipality in the 1990s,
 * is among the elders …"), or the tense word of a first title joined to it by
 * "and" ("the former Eldama Ravine MP and Cabinet minister X"), or an opening
 * that sets the sentence in the past ("At the time, Interior CS X said"). The
 * office was held then, and the article does not say it is held now: former.
 * A title stated for a year before the article's ("In 2019, Senator X tabled
 * …") settles no tense at all, and gives no office.
 */
import type { CountryPack } from '../../pack';
import type { Mention } from '../../types';
import type { SentenceMentions } from '../sentence-view';

/**
 * What every dating below needs somewhere in the sentence: four digits (a span of years, SPAN_AFTER and SPAN_BEFORE),
 * "Then" opening it (THEN_TITLE), or a tense word of SHARED_TENSE, read as that expression reads it (case-blind,
 * after a word boundary). Most sentences have none and are not read further: the expressions that end at the name
 * would otherwise be tried from every position of the words before each name.
 */
const MAY_DATE = /\d{4}|\sthen\s+\p{Lu}|^(?:Then\s|At\s+that\s+time\b|(?:Years|Decades|Long|A\s+decade|Many\s+years)\s+(?:ago|back|earlier)\b)|\b(?:at\s+the\s+time|back\s+then|in\s+those\s+days)\b|\b(?:(?:former|late|one-time|erstwhile|retired)\s|ex-\p{Lu})/iu;

/** Capitalised words (the title, its place) and nothing else between the cue and the name. */
const TITLE_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}.'’-]*\s+$/u;
/** "from 2017 to 2022", "between 2013 and 2017", "until 2022": a span that has ended, told right after the name. */
const SPAN_AFTER = /^\s*,?\s+(?:from\s+\d{4}\s+(?:to|until|till)\s+\d{4}|between\s+\d{4}\s+and\s+\d{4}|(?:until|till)\s+\d{4})\b/u;
/**
 * "Chief X, who ruled the location in the 1950s,", "Senator X, who served from 2013 to 2017,", "who held office until
 * 2013": the clause after the name tells the title's own spell, ended (not "who served as an MCA from 2013 to 2017":
 * another office's; nor "who was a teacher in the 1980s": no verb of holding office). The last year it names is kept for
 * the check that the spell ended before the article.
 */
const HELD_SPAN_AFTER = /^\s*,\s*who\s+(?:served|ruled|reigned|presided|held\s+(?:the\s+)?(?:office|seat|post))\b(?![^,.;“”"]*\bas\b)[^,.;“”"\d]{0,40}?\b(?:from\s+\d{4}\s+(?:to|until|till)\s+(\d{4})|between\s+\d{4}\s+and\s+(\d{4})|(?:until|till)\s+(\d{4})|in\s+the\s+((?:19|20)\d)0s)\b/u;

/** "Then Nakuru Mayor ": "then" as a word of the title, capitalised words only between it and the name. */
const THEN_TITLE = /^Then\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;
/**
 * The name's verb in the present, after an apposition if any: "Then Governor X
 * arrived" may be the next thing that happened, under a governor in office;
 * "Then Mayor X is among …" can only be the one who was mayor then; so can
 * "Then Water PS X signed the contract in 2017", a year before the article's.
 */
const PRESENT_AFTER = /^(?:\s*,[^,.;“”"]{1,120},)?\s+(?:is|are|has|says|remains|now|still|lives|wants)\b/u;

/**
 * "At the time, Interior CS X said …", "Back then, Kitui MP X had opposed it": the opening puts the whole sentence in
 * the past the story told of, and the office given the name with it (a title before it, or "Mr X, the Kitui MP,"): held then, as "the then Interior CS" (not "Then,
 * Governor X arrived": a "Then" set off by a comma is what happened next).
 */
const PAST_OPENING = /^(?:At\s+(?:the|that)\s+time|Back\s+then|In\s+those\s+days|(?:Years|Decades|Long|A\s+decade|Many\s+years)\s+(?:ago|back|earlier))\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/** "X, the Kibwezi MP at the time, fought for the road": an apposition its last words date. */
const APPOSITION_THEN = /^\s*,\s*(?:the|a|an)\s+([^,.;:“”"()]{1,60}?)\s+(?:at\s+the\s+time|back\s+then|in\s+those\s+days)\s*,/u;

/**
 * "In 2019, Senator X tabled a motion", "In March 2017, Governor X launched …": a title stated for a year before the
 * article's. It was held then; whether it still is, the sentence does not say (a senator of 2019 may be one still, or
 * may have lost the seat), so the title gives no office at all rather than a tense the text does not settle.
 */
const YEAR_OPENING =
  /^(?:(?:Back\s+in|In)\s+(?:(?:early|mid|late)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(\d{4})|(?:In|At|During|After|Before|Ahead\s+of)\s+the\s+(\d{4})\s+(?:[Gg]eneral\s+)?(?:[Ee]lections?|[Pp]olls|race|contest|primaries|by-election|campaign|vote|nominations))\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/**
 * "The deal was signed in 2019 by then Trade CS X": "then" before a title, after a preposition, is the "then-" of
 * "then-Senator X" (not "and then Governor X arrived", what happened next, nor "By then Governor X had left").
 */
const THEN_MID = /\b(?:by|to|from|of|with|under|against|for|alongside|beside|including)\s+then\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/**
 * "In 2014, then Isiolo Governor X appointed him", "During the 2017 campaign, then Senator X …": "then" opening the
 * clause after a phrase of time is the "then-" of "then-Governor X" (not "He spoke for an hour, then Governor X took the
 * stage", a clause before the comma, nor "After he spoke, then Governor X …", a subject in the opening: what came next).
 */
const THEN_AFTER_OPENING = /^(?:In|During|At|Back\s+in|By|Between|Under|After|Before|Until|Following|Ahead\s+of|Throughout)\s+(?![^,.;:“”"]*\b(?:he|she|they|we|I|it|you)\b)[^,.;:“”"]{1,60},\s+then\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/**
 * "When the county was formed in 2013, then Deputy Governor X chaired …", "As the crisis deepened, then Speaker X …": an
 * opening clause told in the past, then "then" before the title, is the "then-" of a holder at that time (not "When the
 * governor travels, then Deputy Governor X acts": a rule told in the present, and "then" says what follows).
 */
const THEN_AFTER_WHEN = /^(?:When|Once|As|While)\s+[^,.;:“”"]{0,60}\b(?:was|were|had|did|\p{Ll}{2,}ed)\b[^,.;:“”"]{0,40},\s+then\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/**
 * "Acting Governor X, who acted for six months in 2019,", "who served in an acting capacity until March 2020": the clause
 * after the name ends the acting spell (not "who has acted since January": one that goes on).
 */
const ACTED_AFTER = /^\s*,\s*who\s+(?:acted|had\s+acted|served\s+(?:briefly\s+)?in\s+an\s+acting\s+capacity)\b(?![^,.;“”"]*\bsince\b)/;

/**
 * "Former Governor X and then Senator Y attended": "then" after an "and" that joins two names, before a title, is either
 * "then-Senator" or what happened next; the sentence does not say which, so the title is no office of today (unless a
 * past year dates it, as "Then" opening the sentence). After a verb or a comma, "and then" joins clauses and tells what
 * came next ("The MCAs met and then Governor Y addressed them", "…walked out, and then Governor Y arrived"): the title
 * stays.
 */
const THEN_AND = /(?:^|\s)\p{Lu}[\p{L}.'’-]*\s+and\s+then\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;
const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * "Principal Secretary X, who has been acting in the post since January,": the title before the name is held acting
 * (not "who is acting in the role of Interior CS": another office).
 */
const ACTING_IN_POST = /^\s*,\s*who\s+(?:has\s+been|is)\s+(?:currently\s+)?acting\s+in\s+(?:the|that|this)\s+(?:post|position|role|office|docket)\b(?!\s+of\b)/;

/**
 * "a colleague at the Cabinet table, then Agriculture CS X, telling her": "then" opening an apposition the name closes,
 * after a common noun it describes (not "They met Kitui MP Y, then Senator X, and left": who came next).
 */
const THEN_APPOSITION = /(?:^|\s)\p{Ll}[\p{L}'’-]*,\s+then\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/**
 * "In the 2013-2017 assembly, Majority Leader X …", "Between 2013 and 2017, Governor X …": a span of years opening the
 * sentence, then only the title before the name. The years are kept for the check that the span is over.
 */
const SPAN_BEFORE = /^(?:In|During)\s+the\s+(\d{4})\s*[-–]\s*(\d{4})\s+(?:\p{Ll}+\s+){0,2}?(?:assembly|parliament|senate|house|term|administration|government|cabinet|regime)\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)+$|^(?:Between\s+(\d{4})\s+and\s+(\d{4})|From\s+(\d{4})\s+(?:to|until|till)\s+(\d{4}))\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)+$/iu;

/**
 * "the former Eldama Ravine MP and Cabinet minister X", "The late Embu Senator and Cabinet minister X": the tense word
 * before the first of two titles joined by "and" dates the second, written right before the name, as well.
 * (Not "former Baringo Governor and current Senator X": the second title's own word says it is held now.)
 */
const SHARED_TENSE = /\b(?:former|late|ex-\p{Lu}[\p{L}.'’-]*|one-time|erstwhile|retired)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*\s+and\s+(?!(?:current|now|later|new|incoming|acting)\b)(?:[\p{L}.'’-]+\s+){1,3}$/iu;

/** Makes former the present title before each name that a closed span of years, or "Then" in a present sentence, dates. */
export function dateTitles(sentences: SentenceMentions[], pack: CountryPack, year?: number): void {
  for (const { text, start, mentions } of sentences) {
    let mayDate: boolean | undefined;
    for (const person of mentions) {
      const role = person.role;
      if (person.kind === 'party' || person.quoted || !role) continue;
      if (role.tense === 'aspiring' || role.tense === 'incoming') {
        if ((mayDate ??= MAY_DATE.test(text)) && year !== undefined) dropBidOfPastYear(person, text.slice(person.offset - start + person.surface.length), year);
        continue;
      }
      if (role.tense === 'acting' && text.includes(' act') && ACTED_AFTER.test(text.slice(person.offset - start + person.surface.length))) {
        person.role = { ...role, tense: 'former' };
        continue;
      }
      if (role.tense !== undefined && role.tense !== 'current') continue;
      // ("In the days of Provincial Commissioner X", "Assistant Minister X in the 1970s": an office the pack says no one
      // has held since before the article, or since a year an undated article may be after.)
      const abolished = pack.abolishedTitles.size > 0 ? pack.abolishedTitles.get(role.title.toLowerCase()) : undefined;
      if (abolished !== undefined && (year === undefined || year > abolished)) {
        person.role = { ...role, tense: 'former' };
        continue;
      }
      if (text.includes(' acting in ') && ACTING_IN_POST.test(text.slice(person.offset - start + person.surface.length))) {
        person.role = { ...role, tense: 'acting' };
        continue;
      }
      if (!(mayDate ??= MAY_DATE.test(text))) break;
      const at = person.offset - start;
      const before = text.slice(0, at);
      const after = text.slice(at + person.surface.length);
      const spanned = TITLE_BEFORE.test(before) && (SPAN_AFTER.test(after) || heldSpanEnded(after, year));
      const then = THEN_TITLE.test(before) ? 'opening' : THEN_AND.test(before) ? 'joined' : undefined;
      if (then && year !== undefined && yearAfter(after) < year) person.role = { ...role, tense: 'former' };
      else if (then === 'joined') dropRole(person);
      else if (spanned || (then && PRESENT_AFTER.test(after)) || datedApposition(after, role.title) || PAST_OPENING.test(before) || (THEN_MID.test(before) && TITLE_BEFORE.test(before)) || THEN_AFTER_OPENING.test(before) || THEN_AFTER_WHEN.test(before) || (THEN_APPOSITION.test(before) && /^\s*,/.test(after)) || spanBefore(before, year) || sharedTense(before, mentions, at + start)) person.role = { ...role, tense: 'former' };
      else if (year !== undefined && openingYear(before, year) < year) dropRole(person);
    }
  }
}

/**
 * "X, a governor aspirant in 2017, now runs a school", "X, the MP-elect in 2017, later lost the seat": a bid or a seat to
 * come in a year before the article's is over, however it ended; it gives no office (the README's ended bids).
 */
const BID_IN_YEAR = /^\s*,\s*(?:a|an|the)\s+(?:[^,.;“”"]{0,60}?\s)?(?:[\p{L}]+-elect|aspirant|hopeful|candidate|nominee|designate)\s+in\s+(\d{4})\s*[,.;]/u;

function dropBidOfPastYear(person: Mention, after: string, year: number): void {
  const bid = BID_IN_YEAR.exec(after);
  if (bid && Number(bid[1]) < year) dropRole(person);
}

/** Takes the title before the name away from this mention, the next one it was given (if any) in its place. */
function dropRole(person: Mention): void {
  if (person.roles?.length) person.role = person.roles.shift();
  else delete person.role;
}

/** True when the clause after the name tells the title's spell, ended before the article's year (if known). */
function heldSpanEnded(after: string, year: number | undefined): boolean {
  if (!after.startsWith(', who ')) return false;
  const held = HELD_SPAN_AFTER.exec(after);
  if (!held) return false;
  const last = held[1] ?? held[2] ?? held[3] ?? `${held[4]}9`;
  return year === undefined || Number(last) < year;
}

/** The first year written after the name ("… opened the road in 2014"), or none (Infinity). */
function yearAfter(after: string): number {
  const written = YEAR.exec(after);
  return written ? Number(written[0]) : Infinity;
}

/** Whether the apposition after the name is dated by its last words and names the role's title: "the Kibwezi MP at the time". */
function datedApposition(after: string, title: string): boolean {
  const apposition = APPOSITION_THEN.exec(after);
  return apposition !== null && (apposition[1] as string).toLowerCase().includes(title.toLowerCase().split(' ').pop() as string);
}

/** The past year a sentence opens with ("In 2019,", "In the 2017 election,", "At the 2013 polls,"), or the article's own when none. */
function openingYear(before: string, year: number): number {
  const opening = YEAR_OPENING.exec(before);
  return opening ? Number(opening[1] ?? opening[2]) : year;
}

/**
 * The tense word of a title joined to this one by "and", when both titles are this person's: none when someone is
 * named between ("Former Nyeri MP X and Embu Senator Y": the "Former" is X's alone).
 */
function sharedTense(before: string, mentions: Mention[], offset: number): boolean {
  const shared = SHARED_TENSE.exec(before);
  if (!shared) return false;
  const from = offset - before.length + shared.index;
  return !mentions.some((other) => other.kind === 'person' && other.offset > from && other.offset < offset);
}

/** A span of years opening the sentence that ended before the article's year (any closed span, the year unknown). */
function spanBefore(before: string, year: number | undefined): boolean {
  const span = SPAN_BEFORE.exec(before);
  const end = Number(span?.[2] ?? span?.[4] ?? span?.[6]);
  return span !== null && (year === undefined || end < year);
}
