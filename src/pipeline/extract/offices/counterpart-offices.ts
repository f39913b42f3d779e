/**
 * The office of someone named as another's counterpart for a place: "Mombasa
 * Governor X … His Kilifi counterpart Y backed him", "Garissa MP A and his
 * Dadaab counterpart B": B holds A's title, for the place written before
 * "counterpart" (the README's batch AE: "His X counterpart" gives the same
 * title for the place named). The one whose counterpart it is must be
 * certain: the last person with such an office before the name in the same
 * sentence, or else the one person with one in the sentence before. A
 * country's word ("his Tanzanian counterpart") names no place of a Kenyan
 * office.
 */
import type { CountryPack } from '../../pack';
import type { Mention, RoleCue } from '../../types';
import { addRole, sameTense } from '../role-facts';
import type { SentenceMentions } from '../sentence-view';

/** "his Kilifi counterpart ", "her Siaya counterpart, Dr ": the place, right before the counterpart's name. */
const COUNTERPART_FOR = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})counterpart\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/u;

/** Offices held for a place, whose counterpart elsewhere holds the same office there. */
const PLACED = new Set(['Governor', 'Deputy Governor', 'Senator', 'MP', 'Woman Representative', 'MCA', 'County Commissioner']);

/** "Tanzanian", "Ugandan", "Congolese": a country's people, not a place of the office. */
const DEMONYM = /(?:an|ese|ish)$/;

/** Adds the offices of the people each sentence names as someone's counterpart for a place. */
export function readCounterpartOffices(sentences: SentenceMentions[], pack: CountryPack): void {
  let offices: Map<string, RoleCue[]> | undefined;
  sentences.forEach((sentence, index) => {
    if (!sentence.text.includes('counterpart')) return;
    for (const person of sentence.mentions) {
      if (person.kind === 'party' || person.quoted || person.role) continue;
      const at = person.offset - sentence.start;
      const written = COUNTERPART_FOR.exec(sentence.text.slice(Math.max(0, at - 80), at));
      const place = written?.[1]?.trim();
      if (!place || (DEMONYM.test(place) && !pack.places.has(place.toLowerCase()))) continue;
      const held = officeBefore(sentence.mentions.filter((one) => one.offset < person.offset)) ?? officeOfOne(sentences[index - 1]?.mentions ?? [], (offices ??= officesBySurname(sentences)));
      if (held && held.organisation !== place) addRole(person, { title: held.title, organisation: place, ...(held.tense ? { tense: held.tense } : {}) }, sameTense);
    }
  });
}

/** The office for a place of the last person before the name who holds one (held now or before). */
function officeBefore(mentions: Mention[]): RoleCue | undefined {
  for (let at = mentions.length - 1; at >= 0; at--) {
    const office = placedOffice(mentions[at] as Mention);
    if (office) return office;
  }
  return undefined;
}

/**
 * The office for a place of the one person the sentence before names ("“…,” Mwachiro said."), as the article gives it
 * wherever it does ("Mombasa Governor Hamisi Juma Mwachiro"); none when it names two people, or the one holds two.
 */
function officeOfOne(mentions: Mention[], offices: Map<string, RoleCue[]>): RoleCue | undefined {
  const people = new Set(mentions.filter((mention) => mention.kind !== 'party' && !mention.quoted).map(surname));
  if (people.size !== 1) return undefined;
  const held = offices.get([...people][0] as string) ?? [];
  return held.length === 1 ? held[0] : undefined;
}

/** Every placed office the article gives anyone, by the last word of their name. */
function officesBySurname(sentences: SentenceMentions[]): Map<string, RoleCue[]> {
  const offices = new Map<string, RoleCue[]>();
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      const office = placedOffice(mention);
      const held = offices.get(surname(mention)) ?? [];
      if (office && !held.some((one) => one.title === office.title && one.organisation === office.organisation && one.tense === office.tense)) offices.set(surname(mention), [...held, office]);
    }
  }
  return offices;
}

function surname(mention: Mention): string {
  return mention.name.split(/\s+/).pop() ?? mention.name;
}

function placedOffice(mention: Mention): RoleCue | undefined {
  if (mention.kind === 'party' || mention.quoted) return undefined;
  return [mention.role, ...(mention.roles ?? [])].find((role): role is RoleCue => role !== undefined && PLACED.has(role.title) && role.organisation !== undefined && (!role.tense || role.tense === 'former'));
}
