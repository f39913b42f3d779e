/**
 * Offices about to be taken up, just taken up, or taken up in an acting
 * capacity, as news English states them after the name: "is set to be sworn in
 * as governor", "was sworn in as Uasin Gishu Governor on Friday", "was
 * appointed Trade CS in January", "was sworn in as acting Governor of Lamu",
 * "will take over as the Chief Executive of … effective April 1", "was
 * appointed Regional Commissioner for Coast effective January 1", "will double
 * as acting Interior CS", "has nominated X as Trade Cabinet Secretary"; and
 * "The Governor-elect is set to …" right after the one person it can be. Each
 * is a role with its tense.
 */
import type { RoleCue, Tense } from '../../types';
import { addRole, sameTense } from '../role-facts';
import { readRole } from '../roles';
import type { SentenceMentions } from '../sentence-view';
import { isTitleWordText } from '../quotes/speaker-titles';

/** What may stand between the name and the verb: an apposition set off by commas, "who". */
const LEAD = String.raw`^(?:\s*,[^,.;“”"]{1,80},)?\s*,?\s*(?:who\s+)?`;
/** The office after "as": up to a word that ends it ("on Friday", "once …", "effective …", a comma). */
const OFFICE = String.raw`(?:the\s+)?((?:[\p{L}'’-]+\s+){0,8}?[\p{L}'’-]+)(?=\s+(?:on|in|at|once|after|before|until|since|pending|effective|next|this|last|yesterday|today|when|within|by|with|from|to)\b|\s*[,.;]|\s*$)`;

/** "is set to be sworn in as governor", "will take over as …", "takes over as …": not yet taken up. */
const TO_TAKE_UP = new RegExp(`${LEAD}(?:is|was|are)\\s+(?:set|expected|due|scheduled|poised)\\s+to\\s+(?:be\\s+sworn\\s+in|take\\s+over)\\s+as\\s+${OFFICE}|${LEAD}will\\s+(?:be\\s+sworn\\s+in|take\\s+over)\\s+as\\s+${OFFICE}`, 'u');
/** "was on Friday sworn in as acting Governor of Lamu": an acting office taken up. */
const SWORN_ACTING = new RegExp(`${LEAD}(?:was|has\\s+been)\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?sworn\\s+in\\s+as\\s+(?=acting\\s)${OFFICE}`, 'u');
/** "has been appointed acting PS until a substantive holder is vetted": an acting office. */
const APPOINTED_ACTING = new RegExp(`${LEAD}(?:was|has\\s+been|had\\s+been)\\s+(?:\\p{Ll}+\\s+)?(?:appointed|named)\\s+(?:as\\s+)?(?:the\\s+)?(?=acting\\s|interim\\s)${OFFICE}`, 'u');
/** "was appointed Regional Commissioner for Coast effective January 1": an appointment from a date to come. */
const APPOINTED_FROM = new RegExp(`${LEAD}(?:was|has\\s+been)\\s+(?:\\p{Ll}+\\s+)?appointed\\s+(?:as\\s+)?((?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:for|of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,5})?)\\s+(?:with\\s+)?effective\\s`, 'u');

/**
 * "was sworn in as Uasin Gishu Governor on Friday", "X, who took the oath of office as Senator last week,", "was appointed
 * Trade CS in January": an office taken up, held now (a later sentence that ends it makes it former, as for any title).
 * (Not "had been sworn in", nor an office the clause dates by a year, `DATED`: "was sworn in as Speaker in 2013" may be
 * long over, or whose start is still to come; nor an acting or interim office, nor an appointment "effective" a date to come: their own readers'.)
 */
const TAKEN_UP = new RegExp(
  `${LEAD}(?:(?:was|has\\s+been)\\s+(?:(?:on\\s+\\p{Lu}\\p{Ll}+|yesterday|today|formally|officially)\\s+)?(?:sworn\\s+in\\s+as|appointed\\s+(?:as\\s+)?)|took\\s+(?:the\\s+oath\\s+of\\s+)?office\\s+as)\\s*(?:the\\s+)?(?:new\\s+)?(?!acting\\s|interim\\s)(?=\\p{Lu})${OFFICE}`,
  'u',
);
/** A year in the rest of the clause ("in 2013", "until 2022"), or a start still to come ("with effect from next month", "pending vetting"). */
const DATED = /^[^,.;:“”"]*\b(?:(?:19|20)\d\d|effective|with\s+effect|next\s+(?:week|month|year)|pending|subject\s+to|once|awaiting)\b/;

/** "is serving in an acting capacity as County Secretary", "has been appointed County Secretary in an acting capacity". */
// ("was serving in an acting capacity as …" is over, as "had been acting" is: left to the readers of past offices.)
const ACTING_CAPACITY = new RegExp(`${LEAD}(?:is|has\\s+been)\\s+(?:(?:serving|working)\\s+in\\s+an\\s+acting\\s+capacity\\s+as\\s+${OFFICE}|(?:appointed|named)\\s+(?:as\\s+)?${OFFICE}\\s+in\\s+an\\s+acting\\s+capacity\\b)`, 'u');
/** "has been acting governor since December 4", "is the acting Speaker", "has been acting as governor": an acting office held now. */
// ("was acting governor in 2019", "had been acting …": over, and left to the readers of past offices.)
const ACTING_NOW = new RegExp(`${LEAD}(?:is|has\\s+been)\\s+(?:(?:now|currently)\\s+)?(?:the\\s+)?(?:acting\\s+as\\s+(?:the\\s+)?|(?=acting\\s))${OFFICE}`, 'u');
/** "will double as acting Interior CS", "will act as Secretary-General": an acting office. */
const WILL_ACT = new RegExp(`${LEAD}will\\s+(?:double|act|serve|stand\\s+in)\\s+as\\s+(?:the\\s+)?(?=acting\\s|interim\\s)${OFFICE}`, 'u');
/** "has nominated X, a former …, as Trade Cabinet Secretary": before the name, a nomination to an office not yet taken up. */
// ("nominating former Kirinyaga Governor X as …": the nominee's titles, held or held once, may stand between.)
const NOMINATED_BEFORE = /\b(?:nominated|nominating|nominates)\s+(?:(?:former|ex-|outgoing|retired|one-time|\p{Lu}[\p{L}'’-]*)\s+){0,5}(?:(?:Mr|Mrs|Ms|Dr|Prof|Eng|Hon)\.?\s+)?$/u;
/** After the name: the office, capitalised ("as Trade Cabinet Secretary", "as the Attorney General", "as the new Treasury CS"). */
// ("as Kenya's High Commissioner to the United Kingdom": an envoy's office, of the country posted to; the sending country's possessive is no part of it.)
const AS_NOMINEE = /^(?:\s*,[^,.;“”"]{1,80},)?\s+as\s+(?:the\s+)?(?:(?:new|next|substantive)\s+)?(?:\p{Lu}\p{Ll}+['’]s\s+(?=(?:High\s+Commissioner|Ambassador|Envoy|Consul)\b))?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*(?:\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?)(?=[\s,.;]|$)/u;

/** "The Governor-elect is set to be sworn in …", "The Woman Rep-elect said …": a title, not yet taken up, for the subject. */
const ELECT_OPENING = /^The\s+((?:\p{Lu}[\p{L}'’]*\s+){0,2}\p{Lu}[\p{L}'’]*-elect)\b/u;

/** Adds the offices each sentence says are about to be, or are being acted in. */
export function readIncomingOffices(sentences: SentenceMentions[]): void {
  sentences.forEach((sentence, index) => {
    for (const person of sentence.mentions) {
      if (person.kind === 'party' || person.quoted) continue;
      const after = sentence.text.slice(person.offset - sentence.start + person.surface.length);
      const coming = TO_TAKE_UP.exec(after);
      const acting = SWORN_ACTING.exec(after);
      const appointed = APPOINTED_FROM.exec(after);
      const capacity = after.includes('acting capacity') ? ACTING_CAPACITY.exec(after) : null;
      // ("has been acting in bad faith": "acting" with no office after it.)
      const acted = after.includes('acting') ? ACTING_NOW.exec(after) : null;
      // ("has been acting as governor": the office read as "acting governor".)
      const actingNow = acted && /\bacting\s+as\s/.test(acted[0]) ? [acted[0], `acting ${acted[1]}`] : acted && /\s/.test((acted[1] as string).trim()) ? acted : null;
      const standIn = APPOINTED_ACTING.exec(after) ?? WILL_ACT.exec(after) ?? (capacity && [capacity[0], capacity[1] ?? capacity[2]]) ?? actingNow;
      const nominated = NOMINATED_BEFORE.test(sentence.text.slice(0, person.offset - sentence.start)) ? AS_NOMINEE.exec(after) : null;
      if (nominated) addRole(person, office(nominated[1], 'incoming'), sameTense);
      if (standIn) addRole(person, office(standIn[1]?.replace(/^interim\s+/i, 'acting '), 'acting'), sameTense);
      if (coming) addRole(person, office(coming[1] ?? coming[2], 'incoming'), sameTense);
      if (acting) addRole(person, office(acting[1], 'acting'), sameTense);
      if (appointed) addRole(person, office(appointed[1], 'incoming'), sameTense);
      const taken = !appointed && !capacity && (after.includes(' as') || after.includes('appointed')) ? TAKEN_UP.exec(after) : null;
      if (taken && !DATED.test(after.slice(taken.index + taken[0].length))) addRole(person, office(taken[1]), sameTense);
    }
    const before = sentences[index - 1];
    if (before && before.paragraph === sentence.paragraph) electOpening(before, sentence);
  });
}

/** "Sempele … won on a TPP ticket. The Governor-elect is set to be sworn in …": the one person of the sentence before. */
function electOpening(before: SentenceMentions, sentence: SentenceMentions): void {
  const elect = ELECT_OPENING.exec(sentence.text);
  if (!elect || sentence.mentions.some((mention) => mention.kind !== 'party' && !mention.quoted)) return;
  // The one person of the sentence before; a lone name counts when it opens the sentence, its subject ("Sempele, who …, won").
  const opener = before.mentions.find((mention) => mention.kind !== 'party' && !mention.quoted);
  const subject = opener && (opener.kind === 'person' || /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(before.text.slice(0, opener.offset - before.start))) ? opener : undefined;
  const people = before.mentions.filter((mention) => (mention.kind === 'person' || mention === subject) && !mention.quoted);
  const person = people[0];
  if (!person || person !== subject || new Set(people.map((one) => one.name.split(/\s+/).pop())).size !== 1) return;
  const role = readRole(elect[1] as string);
  if (role?.tense === 'incoming') addRole(person, { ...role, statedIn: `${before.text} ${sentence.text}` }, sameTense);
}

/** An office as written after "as": "acting Governor of Lamu", "the Chief Executive of the Kenya Land Registry Authority". */
function office(written: string | undefined, tense?: Tense): RoleCue | undefined {
  if (!written) return undefined;
  // ("Principal Secretary for the State Department for Livestock Development": the department is the docket.)
  const scoped = /^(?:the\s+)?(.+?)\s+(?:of|for|to)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,5})$/u.exec(written.trim().replace(STATE_DEPARTMENT, ' for '));
  const role = scoped ? readRole(scoped[1] as string, (scoped[2] as string).trim()) : readRole(written.trim().replace(/^the\s+/i, ''));
  // Only an office's title: "sworn in as a member of …" or a lower-case phrase that names none stays unread.
  if (!role || role.title.split(/\s+/).length > 4 || !isTitleWordText(role.title.split(/\s+/).pop() ?? '')) return undefined;
  return tense ? { ...placed(role), tense } : placed(role);
}

const STATE_DEPARTMENT = /\s+(?:for|of)\s+the\s+State\s+Department\s+(?:for|of)\s+/;

/** "Trade Cabinet Secretary", "Interior CS": the words before the title's own are its portfolio or place. */
export function placed(role: RoleCue): RoleCue {
  if (role.organisation) return role;
  const words = role.title.split(/\s+/);
  let start = words.length;
  while (start > 0 && isTitleWordText(words[start - 1] as string)) start--;
  if (start === 0 || start === words.length || !words.slice(0, start).every((word) => /^\p{Lu}/u.test(word))) return role;
  return { ...role, title: words.slice(start).join(' '), organisation: words.slice(0, start).join(' ') };
}
