/**
 * Reads the offices people seek, as news English states them: "X is eyeing
 * the Kakamega governor seat", "X, who is seeking the Nakuru governorship",
 * "an aspirant for the Karachuonyo parliamentary seat", "X, who wants to
 * unseat Makori" (Makori's office, as the article gives it). Each becomes a
 * role with the tense aspiring.
 */
import type { Mention, RoleCue } from '../types';
import { readRole } from './roles';
import type { SentenceMentions } from './ties';

/** The verb of seeking, after the person and what may stand between (an apposition, "who is"). */
const SEEKS = /^(?:\s*,[^,.;“”"]{1,80},|\s*,[^,.;“”"]{1,80}?\s+(?=who\s))?\s*(?:,\s*(?:who\s+|an?\s+)?|who\s+)?(?:(?:is|was|has\s+been|are|also|now)\s+)*(seeking|eyeing|eyes|seeks|vying\s+for|gunning\s+for|aspirant\s+for|candidate\s+for|wants\s+to\s+unseat|plans\s+to\s+unseat|hopes\s+to\s+unseat)\s+/i;
/** "the Kakamega governor seat", "the Nakuru governorship", "the Karachuonyo parliamentary seat". */
const OFFICE = /^the\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(governor|gubernatorial|senator|senatorial|senate|parliamentary|mp|woman\s+rep(?:resentative)?|mca|governorship|presidency|presidential)\b(?:\s+(?:seat|post|position|race|ticket))?/iu;
const SEAT_TITLE: Record<string, string> = { governorship: 'Governor', senate: 'Senator', presidency: 'President' };

/** Adds the aspiring roles each sentence states to the people it names. */
export function readAspirations(sentences: SentenceMentions[]): void {
  const rolesByName = new Map<string, RoleCue>();
  for (const { mentions } of sentences) for (const mention of mentions) if (mention.role) rolesByName.set(surname(mention), mention.role);
  for (const { text, start, mentions } of sentences) {
    for (const person of mentions) {
      if (person.kind === 'party' || person.acronym) continue;
      const after = text.slice(person.offset - start + person.surface.length);
      const seeks = SEEKS.exec(after);
      if (!seeks) continue;
      const object = after.slice(seeks[0].length);
      const role = /unseat/i.test(seeks[1] as string) ? unseated(object, mentions, start, text, rolesByName) : sought(object);
      if (role) add(person, { ...role, tense: 'aspiring' });
    }
  }
}

/** "the Kakamega governor seat" → Governor of Kakamega. */
function sought(object: string): RoleCue | undefined {
  const office = OFFICE.exec(object);
  if (!office) return undefined;
  const word = (office[2] as string).toLowerCase();
  const role = readRole(SEAT_TITLE[word] ?? `${word} aspirant`, (office[1] as string).trim());
  return role && { title: role.title, ...(role.organisation ? { organisation: role.organisation } : {}) };
}

/** "wants to unseat Makori": the office the article gives the person named right after. */
function unseated(object: string, mentions: Mention[], start: number, text: string, roles: Map<string, RoleCue>): RoleCue | undefined {
  const at = text.length - object.length;
  const holder = mentions.find((mention) => mention.offset - start === at);
  const role = holder && roles.get(surname(holder));
  return role && !role.tense ? { title: role.title, ...(role.organisation ? { organisation: role.organisation } : {}) } : undefined;
}

function surname(mention: Mention): string {
  const words = mention.name.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function add(person: Mention, role: RoleCue): void {
  if (!person.role) person.role = role;
  else if (!(person.roles ?? []).some((one) => one.title === role.title && one.organisation === role.organisation)) person.roles = [...(person.roles ?? []), role];
}
