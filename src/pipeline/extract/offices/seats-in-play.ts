/**
 * "The seat" and "the post" as a back-reference to the seat in play: "X, who
 * filed the petition after losing the 2022 governor race, is seeking the seat
 * again"; "The race for the Kisumu senatorial seat has drawn five aspirants.
 * X and Y are both eyeing the seat." The seat is the one the sentence names
 * before the verb of seeking, else the one the nearest sentence before it
 * names (up to two back), when that sentence names only one; the people who
 * seek it are the sentence's subjects. Each gets the seat as sought, the
 * sentence naming the seat and this one its evidence. (A party's office
 * sought, "the ODM branch chairmanship", is left: the facts keep no tie for
 * such a bid, and a party role sought would be published as a candidacy.)
 */
import type { Mention, RoleCue } from '../../types';
import type { SentenceMentions } from '../sentence-view';
import { addRole } from '../role-facts';
import { wordTable } from '../lexicon';

/** A seat named as what a race is for: "the 2022 governor race", "the Kisumu Woman Representative seat", "the Kakamega senatorial seat". */
const SEAT = /\bthe\s+((?:(?:\d{4}|\p{Lu}[\p{L}'’-]*)\s+){0,3}?)(governor|gubernatorial|governorship|senator|senatorial|senate|parliamentary|mp|woman\s+rep(?:resentative)?|mca)(?:['’]s)?(?:\s+(seat|race|post|position|contest|primary|poll|by-election))?\b/giu;
const SEAT_TITLE = wordTable({ governor: 'Governor', gubernatorial: 'Governor', governorship: 'Governor', senator: 'Senator', senatorial: 'Senator', senate: 'Senator', parliamentary: 'MP', mp: 'MP', mca: 'MCA' });

/** "the election of Laikipia East MP X": the seat whose election is told, with its place. */
const ELECTION_OF = /\b(?:election|re-election|win|victory)\s+of\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(Governor|Senator|MP|MCA|Woman\s+Rep(?:resentative)?)\s+\p{Lu}/gu;

/** "are both seeking the post", "is eyeing the seat again": a verb of seeking, then the bare office, of nothing named after it. */
const SEEKS_IT = /\b(?:(?:is|are|was|were)\s+(?:both\s+|also\s+|now\s+)?(?:seeking|eyeing|vying\s+for|gunning\s+for|targeting|contesting)|(?:seeks|eyes|wants|want|will\s+seek|will\s+contest|plans?\s+to\s+(?:seek|contest)))\s+the\s+(?:seat|post|position)\b(?!\s+of\b|['’]s)/u;

/** A post that is no seat of a house or a county: a party's or a body's office ("the branch chairmanship", "the post of secretary-general"). */
const OTHER_POST = /\b(?:chair(?:man|person|woman)?ship|secretary-generalship|leadership|speakership|presidency|premiership|(?:post|position|office)\s+of\s+(?!the\s+(?:governor|senator|mp|mca|woman)\b)\p{L})/iu;

/** Gives the subjects of "… seeking the seat / the post" the office in play there, as sought. */
export function readSeatsInPlay(sentences: SentenceMentions[]): void {
  sentences.forEach((sentence, index) => {
    const seeks = SEEKS_IT.exec(sentence.text);
    if (!seeks) return;
    const subjects = subjectsBefore(sentence, seeks.index);
    if (subjects.length === 0) return;
    const here = officesIn(sentence.text.slice(0, seeks.index));
    let office = here[here.length - 1];
    let source = sentence;
    for (let at = index - 1; !office && at >= Math.max(0, index - 2); at--) {
      const before = sentences[at] as SentenceMentions;
      const named = officesIn(before.text);
      if (named.length === 0) continue;
      if (new Set(named.map((one) => `${one.title} ${one.organisation ?? ''}`)).size === 1) [office, source] = [named[0], before];
      break;
    }
    // ("The court upheld the election of Laikipia East MP X. … Mr Y, who is eyeing the seat again": the one seat the
    // article has named a race for, however far back.)
    if (!office) [office, source] = onlySeatBefore(sentences, index) ?? [office, source];
    if (!office) return;
    // ("The Migori senatorial by-election is set. The ODM branch has opened nominations for its chairmanship. X is
    // eyeing the post.": a post named since the seat is the one in play; the seat is one of two, and settles nothing.)
    const since = source === sentence ? [] : sentences.slice(sentences.indexOf(source) + 1, index);
    if ([...since.map((one) => one.text), sentence.text.slice(0, seeks.index)].some((text) => OTHER_POST.test(text))) return;
    const statedIn = source === sentence ? sentence.text : `${source.text} ${sentence.text}`;
    for (const person of subjects) addRole(person, { ...office, tense: 'aspiring', ...(source === sentence ? {} : { statedIn }) });
  });
}

/** The one seat the sentences before `index` name a race for, and the first that names it; none if they name two. */
function onlySeatBefore(sentences: SentenceMentions[], index: number): [RoleCue, SentenceMentions] | undefined {
  let found: [RoleCue, SentenceMentions] | undefined;
  for (const sentence of sentences.slice(0, index)) {
    for (const seat of officesIn(sentence.text)) {
      if (!found) found = [seat, sentence];
      else if (found[0].title !== seat.title || found[0].organisation !== seat.organisation) return undefined;
    }
  }
  return found;
}

/** The seats a text names as what a race is for, in order. */
function officesIn(text: string): RoleCue[] {
  const found: { at: number; role: RoleCue }[] = [];
  for (const match of text.matchAll(SEAT)) {
    const title = SEAT_TITLE[(match[2] as string).toLowerCase()] ?? 'Woman Representative';
    // ("the 2022 governor race": a year places nothing; "the Kisumu Woman Representative seat": the county does.)
    const place = (match[1] as string).split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).join(' ');
    // ("the governor", "the Embakasi Central MP": a title is a person, not a seat; only a word of the race, or a
    // word for the seat itself, "governorship", "senatorial", makes it one.)
    if (!match[3] && !/ship$|ial$|ary$/.test((match[2] as string).toLowerCase())) continue;
    found.push({ at: match.index, role: { title, ...(place ? { organisation: place } : {}) } });
  }
  // ("the election of Laikipia East MP X", "the win of Kisumu Senator X": the seat a contested election was for.)
  for (const match of text.matchAll(ELECTION_OF)) found.push({ at: match.index, role: { title: SEAT_TITLE[(match[2] as string).toLowerCase()] ?? 'Woman Representative', organisation: (match[1] as string).trim() } });
  return found.sort((a, b) => a.at - b.at).map(({ role }) => role);
}

/**
 * The people a sentence is about before its verb: the one it opens with (only
 * capitalised words before), and, when the verb is plural ("are both
 * seeking"), each one joined to the first by "and".
 */
function subjectsBefore(sentence: SentenceMentions, verbAt: number): Mention[] {
  const people = sentence.mentions.filter((mention) => mention.kind !== 'party' && !mention.quoted && mention.offset - sentence.start < verbAt);
  const first = people[0];
  if (!first || !/^(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(sentence.text.slice(0, first.offset - sentence.start))) return [];
  const plural = /\bare\b/.test(sentence.text.slice(first.offset - sentence.start, verbAt + 12));
  if (!plural) return [first];
  return [first, ...people.slice(1).filter((mention) => /\band\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(sentence.text.slice(0, mention.offset - sentence.start)))];
}
