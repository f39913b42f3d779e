/**
 * An office of another country's state, written with the country before it
 * ("Uganda's Vice President X", "South Africa's Deputy President X", "US
 * Secretary of State X"): read alone, the title gave a foreign leader the
 * Kenyan office of that name ("Deputy President", with no place). The
 * country becomes the office's organisation. Only the words touching the
 * title are read.
 */
import type { Mention } from '../../types';
import { namesCountry } from '../names/foreign-parties';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon';

/** Words of a state's titles besides heads and modifiers: "Secretary of State", "Minister for Foreign Affairs". */
const TITLE_GLUE = new Set(['of', 'for', 'state', 'foreign', 'affairs', 'then']);
const POSSESSIVE = /['’]s$/;

/** Gives the country to each office with no organisation that the text writes right after a country's name. */
export function placeForeignOffices(mentions: readonly Mention[], paragraphs: readonly string[]): void {
  for (const mention of mentions) {
    const role = mention.role;
    if (mention.kind !== 'person' || !role || role.organisation) continue;
    const paragraph = paragraphs[mention.place.paragraph] ?? '';
    const words = paragraph.slice(Math.max(0, mention.offset - 60), mention.offset).split(/\s+/).filter(Boolean);
    // The title's words right before the name ("Vice President", "former Deputy President", "Secretary of State").
    let at = words.length;
    while (at > 0 && isTitleWord(words[at - 1] as string)) at--;
    if (at === words.length || at === 0) continue;
    const country = countryBefore(words.slice(Math.max(0, at - 2), at));
    if (country) role.organisation = country;
  }
}

function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || TITLE_GLUE.has(lower);
}

/** "Uganda's", "South Africa's", "US": the country the words right before a title name, as written; none for any other words. */
function countryBefore(words: string[]): string | undefined {
  const bare = (words[words.length - 1] as string).replace(POSSESSIVE, '');
  // (Capitalised, and ending no sentence or clause: "Uganda's", not "in Uganda. President …".)
  if (!/^\p{Lu}[\p{L}-]*$/u.test(bare)) return undefined;
  const two = words.length === 2 && /^\p{Lu}[\p{L}-]*$/u.test(words[0] as string) ? `${words[0]} ${bare}` : undefined;
  if (two && namesCountry(two, false, true)) return two;
  return namesCountry(bare, false, true) ? bare : undefined;
}
