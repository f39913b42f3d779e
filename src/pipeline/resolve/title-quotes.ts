/**
 * Whether a quote given by a title ("the senator-elect said", "she urged"
 * after "The governor also asked …") is stated: its sentence, or the one
 * before, says a title the speaker's profile shows, and no one else of the
 * article holds it now.
 */
import type { Entity, QuoteCue } from '../types';
import { attributionText, attributionWords } from './evidence-check';
import { namesAny } from './named-in';
import { readRole } from '../extract/roles';
import { tenseBefore } from '../extract/tense-words';
import { escapeRegExp } from '../text/regexp';
import { definedTitles } from '../extract/offices/title-definitions';

/**
 * "the senator-elect told journalists that “…”": the extractor gave the quote
 * to the one person of the article who holds that title; the sentence must
 * still say the title, outside the quotation marks.
 */
export function titleAttributed(paragraphs: string[], quote: QuoteCue, speaker: Entity): boolean {
  if (!quote.speaker || !quote.speakerRole) return false;
  // A description that is no title ("the cleric said") must name its speaker in the sentence before, as "he said" must.
  if (/\b(?:cleric|clergyman|clergywoman|preacher|man of God)$/i.test(quote.speakerRole) && !speaker.roles.some((role) => /cleric/i.test(role.title))) return false;
  // ("the former diplomat" or "envoy" for a former Ambassador: a description, no title the profile shows; named before, or not published.)
  if (/\b(?:diplomat|envoy)$/i.test(quote.speakerRole)) return false;
  const { own, before } = attributionText(paragraphs, quote);
  const title = escapeRegExp(quote.speakerRole.toLowerCase()).replace(/\s+/g, '\\s+');
  const named = new RegExp(`\\bthe\\s+${title}\\b`, 'i');
  // ("said the MCA" of someone whose MCA seat is held back, or never read: the profile shows no title that says it was them.)
  // ("the DP said" for a Deputy President: the title as the roles reader writes it out.)
  const written = readRole(quote.speakerRole)?.title.toLowerCase();
  const holds = written !== undefined && speaker.roles.some((role) => role.title.toLowerCase() === written);
  if (!/\b(?:judge|cleric|clergyman|clergywoman|preacher)$/i.test(quote.speakerRole) && !holds && !showsTitle(speaker, `${before} ${own}`, paragraphs)) return false;
  if (named.test(own)) return true;
  // “…” alone after "The Party Leader, in his acceptance speech, said:": the sentence before introduces it by the title.
  return attributionWords(own) === '' && /:\s*$/.test(before) && named.test(before);
}

/**
 * Whether the words name one of the titles the speaker's profile shows, as "the (describing word) (place) TITLE": "the
 * MCA", "the Wajir South MP", "the NAREM leader" for a Party Leader. The evidence audit reads a title speaker the same way.
 */
// ("the DP" after "Deputy Party Leader (hereafter “the DP”)": a short form the article defines for a title the speaker holds.)
function showsTitle(speaker: Entity, words: string, paragraphs: string[]): boolean {
  const titles = speaker.roles.map((role) => (/^Party Leader$/i.test(role.title) ? `(?:${anyCase('Party')}\\s+)?${anyCase('Leader')}` : anyCase(escapeRegExp(role.title)).replace(/\s+/g, '\\s+')));
  for (const [short, title] of definedTitles(paragraphs)) if (speaker.roles.some((role) => role.title === title)) titles.push(anyCase(escapeRegExp(short)));
  return titles.length > 0 && new RegExp(`\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${titles.join('|')})\\b`, 'u').test(words);
}

/** A pattern that matches the text in any case, letter by letter (the `i` flag would let \p{Lu} match any letter). */
function anyCase(text: string): string {
  return text.replace(/\p{L}/gu, (letter) => (letter.toLowerCase() === letter.toUpperCase() ? letter : `[${letter.toLowerCase()}${letter.toUpperCase()}]`));
}

/**
 * "The governor also asked residents to register. “…,” she urged.": the
 * sentence before names the speaker by a title no other person of the article
 * holds, and names no one else; the quote's own sentence names no one else either.
 */
export function titleBefore(paragraphs: string[], quote: QuoteCue, speaker: Entity, others: Entity[], source: string, forms: (entity: Entity) => string[]): boolean {
  const { own, before } = attributionText(paragraphs, quote);
  if (others.some((person) => namesAny(before, forms(person)) || namesAny(own, forms(person)))) return false;
  const titlesHere = (person: Entity) => new Set(person.roles.filter((role) => role.evidence.source === source).map((role) => `${role.title.toLowerCase()}|${role.tense ?? ''}`));
  // "the Chairperson" is the one who holds the office now: a former chairperson named in the article is no rival.
  const taken = new Set(others.flatMap((person) => [...titlesHere(person)].filter((key) => key.endsWith('|')).map((key) => key.split('|')[0])));
  return [...titlesHere(speaker)].some((key) => {
    const [title, tense] = key.split('|') as [string, string];
    if (taken.has(title) || tense !== '') return false;
    // ("the KMAP leader" for a Party Leader: the party's name stands in for the word "party".)
    const words = escapeRegExp(title).replace(/\s+/g, '\\s+').replace(/^party\\s\+/, '(?:party\\s+)?');
    // (Not "the former chairperson", which is no one who holds it now.)
    const written = new RegExp(`\\bthe\\s+(?:([\\p{Ll}-]+)\\s+)?${words}\\b`, 'iu').exec(before);
    return written !== null && (written[1] === undefined || tenseBefore(written[1].toLowerCase()) === undefined);
  });
}
