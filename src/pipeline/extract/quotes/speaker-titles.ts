/**
 * Speakers named by a title or a description instead of a name, as the story
 * goes: "the legislator told journalists", "The CS said", and "he said" after a
 * title only for a subject who holds that title now; how a title is read and
 * compared. (The title's one holder in the whole article: `title-holders.ts`.)
 * People within an article are compared by surname (`keyOf`).
 */
import type { Mention } from '../../types';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon';
import type { Discourse } from '../discourse';
import { readRole } from '../roles';
import { tenseBefore } from '../tense-words';
import { escapeRegExp } from '../../text/regexp';

/** Whether the person holds, now, the title a sentence calls its subject by ("The CS said" for a Cabinet Secretary). */
export function holdsTitle(discourse: Discourse, person: Mention, written: string): boolean {
  return keyHoldsTitle(discourse, keyOf(person), written);
}

/** `holdsTitle` for a person known by surname only (`keyOf`). */
export function keyHoldsTitle(discourse: Discourse, key: string, written: string): boolean {
  const held = discourse.roles?.get(key) ?? [];
  // "the legislator": any seat; "the MCA", "the senator": that seat ("The MCA hit back. “…,” he said." is no senator's).
  if (DESCRIPTIONS.test(written)) {
    const seat = readRole(written.split(/\s+/).pop() ?? '')?.title;
    return held.some((title) => SEATS.has(title) && (seat === undefined || !SEATS.has(seat) || title === seat));
  }
  // "The CS said": an abbreviation is read whole here; only the evidence check's own reading is stricter.
  // ("the former CS" is held by no one now.)
  if (written.split(/\s+/).some((word) => tenseBefore(word.toLowerCase()) !== undefined)) return false;
  const said = readTitle(written) ?? readRole(written.split(/\s+/).pop() ?? '');
  return said !== undefined && !said.tense && held.some((title) => officeKey(title) === officeKey(said.title));
}

/**
 * One office whatever the word the writer uses for it: "Chairman",
 * "Chairperson", "Chairwoman" and "Chair" are one chair ("Vice-Chairperson"
 * stays a vice-chair), compared without case.
 *
 * @example officeKey('National Chairperson') → 'national chair'
 * @example officeKey('Party Chairman') → 'chair'
 */
export function officeKey(title: string): string {
  // ("the party chairman said": "party" is whose chair it is, as in "the party's chairman".)
  return title.toLowerCase().replace(/\bchair(?:man|woman|person|lady)?\b/g, 'chair').replace(/^party\s+(?=(?:national\s+)?chair$|secretary-general$|treasurer$)/, '');
}


/** "senator-elect" → Senator, incoming; "JPA leader" → Leader of JPA: capitalised words before the title are its organisation. */
export function readTitle(written: string): ReturnType<typeof readRole> {
  // "the former ODM branch chairperson": a tense first dates the whole title; a branch office is the party's office.
  const tense = tenseBefore(written.split(/\s+/)[0] ?? '');
  if (tense && /\s/.test(written)) {
    const role = readTitle(written.replace(/^\S+\s+/, '').replace(/\s+branch(?=\s)/i, ''));
    return role && !role.tense ? { ...role, tense } : undefined;
  }
  let words = written.split(/\s+/);
  // "the vocal senator", "the first-term MP": a describing word before the title is no part of it.
  let start = words.length;
  while (start > 0 && (/^\p{Lu}/u.test(words[start - 1] as string) || isTitleWordText(words[start - 1] as string))) start--;
  // "the former ODM branch chairperson": a tense cut off with the words before the title would date no one.
  if (words.slice(0, start).some((word) => tenseBefore(word.toLowerCase()) !== undefined)) return undefined;
  words = words.slice(start);
  const first = words.findIndex((word) => /^\p{Ll}/u.test(word));
  // "the DP told the Nation": an abbreviation written for a whole title.
  // "the Speaker said", "the Deputy President said": a title written in capitals, ending in a title's head word.
  if (first === -1) {
    if (words.length === 0 || !TITLE_HEADS.has((words[words.length - 1] as string).toLowerCase())) return undefined;
    // "the Nairobi County Assembly Speaker": the words before the title's own are its organisation.
    const titleAt = words.findIndex((word) => isTitleWordText(word));
    const written = words.slice(titleAt).join(' ');
    const role = readRole(written, titleAt > 0 ? words.slice(0, titleAt).join(' ') : undefined);
    // Only a title as the profile spells it ("Speaker", "Deputy President"): the evidence audit reads "the <title>"
    // in the sentence, so an abbreviation ("the DP", "the Woman Rep") settles nothing.
    return role && role.title.toLowerCase() === written.toLowerCase() ? role : undefined;
  }
  const organisation = words.slice(0, first).join(' ');
  return readRole(words.slice(first).join(' '), organisation || undefined);
}

/** A word that belongs to a title: its head ("Senator"), a modifier ("Deputy"), or a word of its tense ("former", "-elect"). */
export function isTitleWordText(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || /-(?:elect|designate)$/.test(lower) || tenseBefore(lower) !== undefined || lower === 'designate' || lower === 'elect' || lower === 'boss';
}

/** Words for a legislator that are no one's title: "the legislator said", "the lawmaker told journalists". */
// "the MP, who spoke after …, said": a seat's plain title, said of the one holder of it the story is on, is a description too.
export const DESCRIPTIONS = /^(?:(?:first-term|second-term|vocal|outspoken|youthful|veteran)\s+)?(?:legislator|lawmaker|mp|senator|mca)$/i;

export const SEATS = new Set(['MP', 'Senator', 'MCA', 'Woman Representative']);

/**
 * The subject the story is on, when the sentences since name no one else and
 * it holds a legislative seat now: "Kinyua said … “…,” the legislator told journalists."
 */
export function describedSubject(discourse: Discourse, description: string): Mention | undefined {
  const subject = discourse.subject;
  const previous = discourse.previous;
  if (!subject || !previous || !distinct(previous.people).every((person) => keyOf(person) === keyOf(subject))) return undefined;
  // "the first-term MP said": not the story's subject when the article called someone else first-term.
  const word = /^(first-term|second-term|third-term|vocal|outspoken|youthful|veteran)\s/i.exec(description)?.[1]?.toLowerCase();
  if (word) {
    const described = [...(discourse.describedAs ?? new Map<string, Set<string>>())].filter(([, words]) => words.has(word)).map(([key]) => key);
    if (described.length > 0 && !described.includes(keyOf(subject))) return undefined;
  }
  // "the MP" only for an MP; "the legislator" for any seat.
  const seat = /(?:^|\s)(mp|senator|mca)$/i.exec(description)?.[1];
  const fits = (title: string) => SEATS.has(title) && (!seat || title.toLowerCase() === seat.toLowerCase());
  return (discourse.roles?.get(keyOf(subject)) ?? []).some(fits) ? subject : undefined;
}

/**
 * The other holders of a seat that one of the last three sentences called by
 * the description a quote now uses ("… commented on the senator's absence."
 * naming Senator Soi): people the words may still mean besides `speaker`.
 */
export function describedOthers(discourse: Discourse, description: string, speaker: Mention): Mention[] {
  const used = discourse.seatDescribed;
  const word = description.split(/\s+/).pop()?.toLowerCase();
  if (!used || used.word !== word || (discourse.sentences ?? 0) - used.sentence > 2) return [];
  return distinct(used.people).filter((person) => keyOf(person) !== keyOf(speaker) && keyHoldsTitle(discourse, keyOf(person), used.word));
}

/**
 * The people of one sentence who have a title's head word written right
 * before their name ("ODM chairman X and the assembly's finance committee
 * chairman, Y": both for "chairman"): holders of it as far as the words go,
 * whether or not a role was read for them.
 */
export function titledAlike(people: Mention[], title: string): Mention[] {
  return titledWith(distinct(people), title);
}

/** `titledAlike` over every mention given, each read in its own sentence (a person written with the title once, anywhere). */
export function titledWith(mentions: Mention[], title: string): Mention[] {
  const head = title.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (head === '') return [];
  const words = anyCase(/^chair/.test(head) ? 'chair(?:man|woman|person|lady)?' : escapeRegExp(head));
  // (Right before the name, an honorific at most between: "committee chairman, Y", "Senator Mr Y"; not "X, the UDA
  // senator in the county, has been campaigning for Y".)
  // ("The Council of Governors chairman, Wajir Governor X": the apposition's own title, in capitals, may stand between.)
  const word = new RegExp(`\\b(?:${words})\\s*,?\\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}$`, 'u');
  return mentions.filter((person) => {
    const at = person.place.sentence.indexOf(person.surface);
    return at > 0 && word.test(person.place.sentence.slice(Math.max(0, at - 60), at));
  });
}

/** A pattern's letters in either case (the `i` flag would let \p{Lu} match any letter). */
function anyCase(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (letter) => (letter.toLowerCase() === letter.toUpperCase() ? letter : `[${letter.toLowerCase()}${letter.toUpperCase()}]`));
}

/** A person within an article, by surname: "Ms Kirui" and "Lydia Chebet Kirui" are one. */
export function keyOf(mention: Mention): string {
  const words = mention.name.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** One mention per person, the latest kept. */
export function distinct(mentions: Mention[]): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const mention of mentions) byKey.set(keyOf(mention), mention);
  return [...byKey.values()];
}
