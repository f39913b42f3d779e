/**
 * Reads the offices people seek, as news English states them: "X is eyeing
 * the Kakamega governor seat", "X, who is seeking the Nakuru governorship",
 * "an aspirant for the Karachuonyo parliamentary seat", "X, who wants to
 * unseat Makori" (Makori's office, as the article gives it). Each becomes a
 * role with the tense aspiring.
 */
import type { Mention, RoleCue } from '../../types';
import { candidatesInByElection, contested, listedAspirants, pluralAspirants } from './aspirant-lists';
import { readRivals, wardsOf } from './by-elections';
import { ELECTED, heldNow, heldOnce, nominatedTo, sought } from './sought-offices';
import { GENDER_OF_HONORIFIC } from '../discourse';
import { addRole, samePlaceAndTense } from '../role-facts';
import type { SentenceMentions } from '../sentence-view';

/** What may open the words after a person before the verb of seeking: ", who", ", an independent", ", the party's", "who". */
const OPENER = String.raw`(?:,\s*(?:who\s+|an?\s+(?:independent\s+)?|its\s+|the\s+party['’]s\s+|\p{Lu}[\p{L}-]*['’]s\s+)?|who\s+)?`;
/**
 * A first verb of the subject's clause, then "and" ("who decamped from UDA to
 * the JRC in March and wants to unseat Y", "who is serving his second term and
 * …"): any verb in the past, the subject still the one who seeks.
 */
const FIRST_VERB = String.raw`(?:(?:joined|left|quit|served|lost|won|ran|is\s+serving|\p{Ll}{2,}ed)\b[^,.;:“”"]{1,100}?\s+and\s+)?`;
/**
 * The intent told as reported speech ("has said she wants to …", "told
 * supporters in Thika on Sunday that he would …", "has said publicly that she
 * will …"): between the verb of saying and the pronoun, only adverbs and short
 * phrases of time and place, never a noun that could be the pronoun's own.
 */
const ADJUNCT = String.raw`(?:\s+(?:\p{Ll}+ly|yesterday|today|again|also|earlier|(?:on|in|at|during|last|this|over)\s+(?:(?:a|an|the)\s+)?[\p{L}'’-]+))`;
const SAID = String.raw`(?:(?:has\s+|had\s+)?(?:also\s+|now\s+)?(?:(?:declared|announced|confirmed|said|says|indicated|hinted)${ADJUNCT}{0,4}|told\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?${ADJUNCT}{0,3})\s+(?:that\s+)?(?:she|he)\s+)?`;
// ("is himself vying for the Bura parliamentary seat": the reflexive stresses the subject, it names no one else.)
const AUXILIARIES = String.raw`(?:(?:is|was|has\s+been|had\s+been|has|had|are|also|now|himself|herself|named|unveiled\s+as|would\s+be|will\s+be)\s+)*(?:(?:the\s+party['’]s|its|the\s+\p{Lu}[\p{L}-]*['’]s)\s+)?`;
/** "will fly the JRC flag in the race for", "has been handed the ODM ticket for": a party's flag or ticket, then the race it is for. */
// ("will fly the flag of the Uzalendo Mashinani Party (UMP), which he joined in April, in the race for": the flag named first, a
// clause about the party between.)
const FLAG_FOR = String.raw`(?:(?:will|to|set\s+to)\s+)?(?:fly|flies|carry|carries|handed|given|awarded|clinched|secured)\s+the\s+(?:(?:\p{Lu}[\p{L}\p{N}'’-]*\s+|\([^()]{1,15}\)\s+){1,6}(?:party['’]s\s+)?(?:flag|ticket)|flag\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}'’-]*\s*|\([^()]{1,15}\)\s*){1,6}(?:,\s*which\s+[^,.;“”"]{1,80},)?)\s+(?:in\s+the\s+race\s+for|for)`;
const VERBS = String.raw`(defending(?=\s+(?:his|her|the)\s+seat\b)|seeking\s+to\s+(?:reclaim|recapture|regain|win\s+back)(?=\s+(?:it|the\s+seat)\b)|(?:seeking|aiming|looking|out)\s+to\s+unseat|${FLAG_FOR}|seeking|eyeing|eyes|seeks|vying\s+for|gunning\s+for|aspirant\s+for|expected\s+to\s+(?:seek|contest|run\s+for|vie\s+for)|(?:candidate|nominee|flag-?bearer)\s+(?:for|in)|wants\s+to\s+unseat|plans\s+to\s+unseat|hopes\s+to\s+unseat|(?:will|would|plans\s+to|intends\s+to)\s+(?:seek|run\s+for|vie\s+for|contest)|contesting|(?:declared|announced|expressed)\s+(?:(?:his|her)\s+)?interest\s+in|(?:declared|announced|launched)\s+(?:his|her)\s+(?:bid|candidacy)\s+for)\s+`;
// ("will contest the Kwale governorship", "is seeking to unseat Governor Y", "has declared interest in the Nakuru senatorial seat",
// "announced her bid for the Nandi governor's seat": other verbs of a bid; the seat after them still has to be named.)
// ("has declared she will seek the presidency", "would be the party's candidate for the Kesses seat", "was named the party's candidate for …".)
// ("has said she wants to unseat Governor Y", "said he would seek re-election in Garsen": an intent told as reported speech; "would not seek" is none.)
/** The verb of seeking right after the person, or after "who" ("X, who wants to unseat Y, has said he will seek …"). */
const SEEKS_NEAR = new RegExp(String.raw`^\s*${OPENER}${FIRST_VERB}${SAID}${AUXILIARIES}${VERBS}`, 'iu');
/** The same after an apposition set off by commas ("X, a former MP, is seeking …"). */
const SEEKS = new RegExp(String.raw`^(?:\s*,[^,.;“”"]{1,80},|\s*,[^,.;“”"]{1,80}?\s+(?=who\s))?\s*${OPENER}${FIRST_VERB}${SAID}${AUXILIARIES}${VERBS}`, 'iu');
/**
 * A word that every verb of seeking in `VERBS` holds ("seeking", "eyes", "flag", "vie", "interest", "bid", …): a
 * sentence without one cannot match `SEEKS_NEAR` or `SEEKS`. (The same flags, so that the letters fold alike.)
 */
const SEEKING_WORD = /defending|seek|unseat|flag|ticket|eye|vying|gunning|aspirant|candida|nominee|run|vie|contest|interest|bid/iu;
/** Capitalised words only (or nothing): what stands before a sentence's subject. */
// (Built once, not per person: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** Adds the aspiring roles each sentence states to the people it names. */
export function readAspirations(sentences: SentenceMentions[]): void {
  const wards = wardsOf(sentences.map((sentence) => sentence.text));
  const rolesByName = new Map<string, RoleCue>();
  // ("Laikipia Governor X … unseat Governor X": the fullest statement of the office, its place included.)
  for (const { mentions } of sentences) for (const mention of mentions) if (mention.role && !rolesByName.get(surname(mention))?.organisation) rolesByName.set(surname(mention), mention.role);
  // ("Komora, who chairs the caucus, said he would seek re-election": the elected seat the article gives the person, whatever else they hold.)
  const seats = new Map<string, RoleCue>();
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      for (const role of [mention.role, ...(mention.roles ?? [])]) if (role && !role.tense && ELECTED.test(role.title) && !seats.get(surname(mention))?.organisation) seats.set(surname(mention), role);
    }
  }
  /** The seat each person (by surname) was said to seek in the sentences so far: a rival "faced" later seeks it too. */
  const soughtSeats = new Map<string, RoleCue>();
  sentences.forEach(({ text, start, mentions }, index) => {
    for (const [person, role] of listedAspirants(text, start, mentions, wards)) addRole(person, role, samePlaceAndTense);
    for (const [person, role] of pluralAspirants(text, start, mentions)) addRole(person, role, samePlaceAndTense);
    // (Most sentences have no word of seeking: the long expressions below are not tried on them, once per person.)
    const seeking = SEEKING_WORD.test(text);
    for (const person of mentions) {
      if (person.kind === 'party' || person.acronym) continue;
      const after = text.slice(person.offset - start + person.surface.length);
      const nominated = nominatedTo(after);
      if (nominated) addRole(person, nominated, samePlaceAndTense);
      // ("X's bid for the governorship failed in 2017": a bid the sentence says is over seeks nothing now.)
      const bid = OVER.test(text) ? null : BID.exec(after);
      // ("X has been Governor since 2013 and is seeking a second term": the sentence's subject, its second verb.)
      const opens = CAPITALISED_WORDS.test(text.slice(0, person.offset - start));
      const second = opens ? SECOND_VERB.exec(after) : null;
      const near = seeking ? (SEEKS_NEAR.exec(after) ?? (second ? SEEKS_NEAR.exec(after.slice(second[0].length)) : null)) : null;
      const from = near && !SEEKS_NEAR.test(after) && second ? after.slice(second[0].length) : after;
      const seeks = seeking ? SEEKS.exec(after) : null;
      if (!near && !seeks && !bid) {
        const role = contested(text, start, person, mentions, wards);
        if (role) addRole(person, { ...role, tense: 'aspiring' }, samePlaceAndTense);
        continue;
      }
      const scope = { mentions, start, text, rolesByName, seats, wards };
      const role = bid ? sought(after.slice(bid[0].length), wards) : ((near && soughtBy(near, from, person, scope)) ?? (seeks ? soughtBy(seeks, after, person, scope) : undefined));
      if (role) addRole(person, { ...role, tense: 'aspiring' }, samePlaceAndTense);
    }
    const before = sentences[index - 1];
    if (before && before.paragraph === sentences[index]?.paragraph) pronounAspiration(before, sentences[index] as SentenceMentions, rolesByName, seats, wards);
    for (const [person, role] of candidatesInByElection(text, start, mentions, wards)) addRole(person, role, samePlaceAndTense);
    readRivals(text, start, mentions, (person, role) => addRole(person, role, samePlaceAndTense), (candidate) => soughtSeats.get(surname(candidate)));
    for (const mention of mentions) for (const role of [mention.role, ...(mention.roles ?? [])]) if (role?.tense === 'aspiring' && role.organisation && mention.kind !== 'party') soughtSeats.set(surname(mention), role);
  });
}

interface Scope {
  mentions: Mention[];
  start: number;
  text: string;
  rolesByName: Map<string, RoleCue>;
  /** The elected seat held now that the article gives each person (by surname). */
  seats: Map<string, RoleCue>;
  wards: ReadonlySet<string>;
}

/** The office the words after a verb of seeking name: a seat, "re-election", "a second term", or the office of the one to be unseated. */
function soughtBy(seeks: RegExpExecArray, after: string, person: Mention, { mentions, start, text, rolesByName, seats, wards }: Scope): RoleCue | undefined {
  const object = after.slice(seeks[0].length);
  if (/unseat/i.test(seeks[1] as string)) return unseated(object, mentions, start, text, rolesByName);
  const seat = () => heldNow(person.role) ?? heldNow(seats.get(surname(person)));
  if (SECOND_TERM.test(object)) return seat();
  // "is defending the seat": the elected office held now; "lost the seat in 2013 and is seeking to reclaim it": the one held before.
  if (/^defending/i.test(seeks[1] as string)) return seat();
  if (/^seeking\s+to\s/i.test(seeks[1] as string)) return heldOnce(person);
  // "would seek re-election in Garsen": the elected office the article gives the person, in that place if one is named.
  const again = RE_ELECTION.exec(object);
  if (again) {
    const held = seat();
    return held && (!again[1] || !held.organisation || held.organisation === again[1].trim()) ? held : undefined;
  }
  // ("will fly the JRC flag in the race for Kajiado Governor": the race may name its office with no article.)
  return sought(/(?:flag|ticket)\s/i.test(seeks[1] as string) ? object.replace(/^(?=\p{Lu})/u, 'the ') : object, wards);
}

/** "seek re-election", "re-election in Garsen". */
const RE_ELECTION = /^re-?election\b(?:\s+(?:in|as|for)\s+((?:\p{Lu}[\p{L}'’-]*\s*){1,3}))?/u;

const OVER = /\b(?:failed|lost|flopped|collapsed|ended|unsuccessful|abortive|botched|previous|earlier)\b/i;

/** "Mulatya's bid for the Machakos governorship": a possessive bid, with nothing before "bid" that could end it ("failed", "2017"). */
const BID = /^['’]s?\s+(?:bid|quest)\s+for\s+(?=the\s)/u;

/**
 * "Dr X, a former Woman Representative, now leads the UNC. She is also eyeing
 * the Makueni governorship.": a sentence opened by a pronoun and a verb of
 * seeking, naming no one, gives the seat to the one person of the sentence
 * before (not one whose honorific is of the other sex); both sentences are its evidence.
 */
function pronounAspiration(before: SentenceMentions, sentence: SentenceMentions, rolesByName: Map<string, RoleCue>, seats: Map<string, RoleCue>, wards: ReadonlySet<string>): void {
  const pronoun = /^(He|She)\b/.exec(sentence.text);
  if (!pronoun || sentence.mentions.some((mention) => mention.kind !== 'party')) return;
  const after = sentence.text.slice(pronoun[0].length);
  const seeks = SEEKS_NEAR.exec(after);
  if (!seeks) return;
  // (A lone surname counts when it opens the sentence, its subject: "Ouko, a one-time Nyando MP, decamped …. He is also …".)
  const opener = before.mentions.find((mention) => mention.kind !== 'party' && !mention.quoted && !mention.acronym);
  const subject = opener && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(before.text.slice(0, opener.offset - before.start)) ? opener : undefined;
  const people = before.mentions.filter((mention) => (mention.kind === 'person' || mention === subject) && !mention.quoted);
  const person = people[0];
  if (!person || new Set(people.map(surname)).size !== 1) return;
  const gender = GENDER_OF_HONORIFIC[(person.honorific ?? '').toLowerCase().replace(/\.$/, '')];
  if (gender && gender !== (pronoun[1] === 'She' ? 'f' : 'm')) return;
  const role = soughtBy(seeks, after, person, { mentions: sentence.mentions, start: sentence.start, text: sentence.text, rolesByName, seats, wards });
  if (role) addRole(person, { ...role, tense: 'aspiring', statedIn: `${before.text} ${sentence.text}` }, samePlaceAndTense);
}

/** "Governor X … is seeking a second term": the elected office the person holds now, sought again. */
const SECOND_TERM = /^an?\s+(?:second|third|fresh|new)\s+term\b/i;

/** "and is seeking …" after the subject's first verb: the same subject goes on (a singular verb right after "and"). */
const SECOND_VERB = /^\s+[^,.;:“”"]{1,80}?\s+and\s+(?=(?:is|has|was)\s)/u;

/** "wants to unseat Makori": the office the article gives the person named right after. */
function unseated(object: string, mentions: Mention[], start: number, text: string, roles: Map<string, RoleCue>): RoleCue | undefined {
  const at = text.length - object.length;
  // ("wants to unseat Governor Mathenge": a title may stand before the name.)
  const holder = mentions.find((mention) => mention.kind !== 'party' && mention.offset - start >= at && /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(at, mention.offset - start)));
  const role = holder && roles.get(surname(holder));
  return role && !role.tense ? { title: role.title, ...(role.organisation ? { organisation: role.organisation } : {}) } : undefined;
}

function surname(mention: Mention): string {
  const words = mention.name.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}
