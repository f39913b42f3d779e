/**
 * A party's short form: "the Mageuzi Congress of Kenya" is "Mageuzi" in the
 * rest of the article ("Mageuzi's secretary-general", "the Mageuzi-allied
 * senator"), as "the Maendeleo Front" is "Maendeleo". The short form is the
 * name without its party words and the country after them; it stands for the
 * party only where the article names that party in full, and names no other
 * party it could be short for.
 */
import { GENERIC } from '../../resolve/parties';
import type { Mention } from '../../types';
import { PARTY_HEADS } from '../lexicon';

/** Makes parties of the article's lone short forms of its own parties; mutates the mentions. */
export function readShortForms(mentions: Mention[]): void {
  readPopularNames(mentions);
  const parties = new Map<string, string | null>();
  for (const mention of mentions) {
    if (mention.kind !== 'party' || !mention.name.includes(' ')) continue;
    const short = shortForm(mention.name);
    if (!short) continue;
    const known = parties.get(short);
    // ("the Umoja Congress" and "the Umoja Front": "Umoja" could be either.)
    parties.set(short, known === undefined || known === mention.name ? mention.name : null);
  }
  if (parties.size === 0) return;
  for (const mention of mentions) {
    if ((mention.kind !== 'word' && mention.kind !== 'person') || mention.role || mention.roles || mention.honorific || mention.acronym) continue;
    // ("the rally in Umoja", an estate; "‘Umoja si ndoto’", a slogan: a place after "in" and a word in quotation marks stay what they are.)
    if (mention.afterPlacePreposition || mention.quoted) continue;
    if (!parties.get(mention.name)) continue;
    mention.kind = 'party';
    delete mention.ties;
  }
}

/** "Mageuzi Congress of Kenya" → "Mageuzi", "Maendeleo Front" → "Maendeleo"; none when nothing distinctive is left. */
function shortForm(name: string): string | undefined {
  let words = name.split(' ');
  if (words[0] === 'The') words = words.slice(1);
  // "… of Kenya": the country the party is of.
  if (words.length > 2 && words[words.length - 2] === 'of') words = words.slice(0, -2);
  const whole = words.length;
  while (words.length > 1 && PARTY_HEADS.has((words[words.length - 1] as string).toLowerCase())) words = words.slice(0, -1);
  if (words.length === whole || !words.every((word) => /^\p{Lu}/u.test(word))) return undefined;
  if (words.length === 1 && GENERIC.has((words[0] as string).toLowerCase())) return undefined;
  return words.join(' ');
}

/** ", as DCP is popularly known": the name before it is what the party after "as" goes by. */
const AS_KNOWN = /^\s*,\s*as\s+(?:the\s+)?(\S+(?:\s+\S+){0,5}?)\s+is\s+(?:popularly|commonly|also|better|widely|fondly)\s+(?:known|called|referred\s+to)\b/u;

/**
 * "Meanwhile, the Citizens Party, as DCP is popularly known, will hold …": the popular name is the party's other name,
 * not a party of its own; the mention takes the name of the party the sentence says it stands for.
 */
function readPopularNames(mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.kind !== 'party') continue;
    const sentence = mention.place.sentence;
    const at = sentence.indexOf(mention.surface);
    const known = at === -1 ? null : AS_KNOWN.exec(sentence.slice(at + mention.surface.length));
    if (!known) continue;
    const party = mentions.find((other) => other !== mention && other.kind === 'party' && other.place === mention.place && other.surface === known[1]);
    if (!party) continue;
    mention.name = party.name;
    if (party.acronym) mention.acronym = party.acronym;
  }
}
