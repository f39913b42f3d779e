/**
 * Figures of scripture a speech is retold with, outside quotation marks: "He
 * likened his critics to Goliath and said David had defeated the giant",
 * "Like Nehemiah, he would rebuild the walls". Many are Kenyan given names
 * too (David, Moses, Joshua), so a name alone is one only beside another
 * figure or place of scripture in its sentence; with a surname, a title or a
 * courtesy word it is someone.
 */
import type { Mention } from '../../types';

/** Figures of the Bible a sermon or a rally speech leans on, lower-cased. */
const FIGURES = new Set([
  'moses', 'joshua', 'david', 'goliath', 'nehemiah', 'pharaoh', 'solomon', 'abraham', 'isaac', 'jacob', 'noah', 'elijah', 'elisha', 'jezebel',
  'judas', 'pilate', 'herod', 'samson', 'delilah', 'gideon', 'daniel', 'jonah', 'job', 'esther', 'ruth', 'naomi', 'lazarus', 'barabbas', 'cain',
  'abel', 'adam', 'eve', 'saul', 'samuel', 'joseph', 'aaron', 'caleb', 'zacchaeus', 'nebuchadnezzar', 'absalom', 'boaz', 'jeremiah', 'isaiah',
]);

/** Places and peoples of scripture that mark a sentence as retelling it. */
const PLACES = /\b(?:Egypt|Canaan|Israelites|Jericho|Jerusalem|Babylon|Philistines?|Red Sea|Sodom|Gomorrah|promised land|Bible|scripture|Book of)\b/;
const WORD = /\p{Lu}\p{Ll}+/gu;

/** Whether a one-word mention is a figure of scripture its sentence retells, not a person of the story. */
export function isScriptureFigure(mention: Mention): boolean {
  if (mention.kind === 'party' || mention.role || mention.honorific || /\s/.test(mention.name)) return false;
  const name = mention.name.toLowerCase();
  if (!FIGURES.has(name)) return false;
  const sentence = mention.place.sentence;
  if (PLACES.test(sentence)) return true;
  // Another figure in the same sentence, standing alone: "likened his critics to Goliath and said David …" (not the
  // "Moses" of "Gideon met Moses Kuria", a given name).
  for (const match of sentence.matchAll(WORD)) {
    const other = match[0].toLowerCase();
    if (other === name || !FIGURES.has(other)) continue;
    const end = match.index + match[0].length;
    if (!NAME_AFTER.test(sentence.slice(end, end + 3)) && !NAME_BEFORE.test(sentence.slice(Math.max(0, match.index - 30), match.index))) return true;
  }
  return false;
}

const NAME_AFTER = /^\s\p{Lu}/u;
const NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*\s$/u;
