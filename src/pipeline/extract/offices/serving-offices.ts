/**
 * Offices a sentence says are held now, told with a verb rather than a title
 * before the name: "X has been Kitui Senator since 2017", "X, who is now
 * serving his first term as Nyeri Governor,", "X is serving her second term as
 * Homa Bay Woman Representative", "X, now in his second term as Bungoma
 * Governor,", "X, who serves as Kisumu Senator,". Each is a current role of the
 * one who opens the sentence. (Not "who was serving …", "who served as …": an
 * office the words place in the past is past-offices'.)
 */
import { HELD_IN, PORTFOLIO, TITLE, heldIn, opens } from './past-offices';
import type { RoleCue } from '../../types';
import { addRole, sameTense } from '../role-facts';
import { readPlacedTitle } from '../roles';
import type { SentenceMentions } from '../sentence-view';

/**
 * "X has been Kitui Senator since 2017", "X, who has served as Senator since 2017,": an office held from then to now,
 * current (the README's "has been Governor since 2013").
 */
const HELD_SINCE = new RegExp(String.raw`^(?:\s*,\s*who)?\s+has\s+(?:been|served\s+as)\s+(?:the\s+)?${TITLE}${PORTFOLIO}${HELD_IN}(?=\s+since\s+(?:\d{4}|\p{Lu}\p{Ll}+)\b)`, 'u');

/** "his second", "a first and final": which term, if the words say. */
const TERM = String.raw`(?:(?:his|her|their|a|the)\s+)?(?:(?:first|second|third|fourth|fifth|last|final)\s+(?:and\s+(?:last|final)\s+)?)?term`;

/** "MP for Kesses", "Cabinet Secretary for Agriculture": a seat's place, or a portfolio (no place of a seat). */
const FOR_PLACE = String.raw`(?:\s+for\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3}))?`;

/** The titles whose "for" names the seat's place. */
const SEATS = new Set(['MP', 'Senator', 'Woman Representative', 'MCA']);

/**
 * "X, who is (now) serving his second term as T", "X is serving as T", "X, who serves as T", "X, now in her first term as
 * T": the title, then words that close it (not "as Governor of the county's …" read on: a capitalised title, ended).
 */
const SERVING = new RegExp(
  String.raw`^(?:\s*,\s*who\s+(?:is\s+)?|\s+(?:is\s+)?|\s*,\s*)(?:now\s+|currently\s+)?(?:serv(?:es|ing)\s+(?:${TERM}\s+)?as|in\s+${TERM}\s+as)\s+(?:the\s+)?${TITLE}${HELD_IN}${FOR_PLACE}(?=\s*[,.;]|\s+(?:and|since|after|under)\b|\s*$)`,
  'u',
);

/** Adds the offices each sentence's subject is said to hold now. */
export function readServingOffices(sentences: SentenceMentions[]): void {
  for (const sentence of sentences) {
    // (Most sentences say neither; the expressions would otherwise be tried after every name.)
    if (!sentence.text.includes(' since ') && !sentence.text.includes('serv') && !sentence.text.includes(' term as ')) continue;
    for (const person of sentence.mentions) {
      if (person.kind === 'party' || person.quoted) continue;
      const after = sentence.text.slice(person.offset - sentence.start + person.surface.length);
      const since = HELD_SINCE.exec(after);
      const serving = since ? null : SERVING.exec(after);
      if (!(since ?? serving) || !opens(sentence, person)) continue;
      if (since) addRole(person, heldIn(readPlacedTitle(since[1] as string), since[2]), sameTense);
      else if (serving) addRole(person, seatFor(heldIn(readPlacedTitle(serving[1] as string), serving[2]), serving[3]), sameTense);
    }
  }
}

/** The seat's place the words give after "for" ("MP for Kesses"), on a seat's title written without one. */
function seatFor(role: RoleCue | undefined, place: string | undefined): RoleCue | undefined {
  return role && place && !role.organisation && SEATS.has(role.title) ? { ...role, organisation: place } : role;
}
