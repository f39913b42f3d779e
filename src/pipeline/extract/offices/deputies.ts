/**
 * The office of someone a sentence opens on as another's deputy: "Governor X
 * … dismissed the pair. … Her deputy, Y, went further" — Y is the Deputy
 * Governor (no place, as the README's "His Deputy, X" after "Machakos Governor
 * Y"). Whose deputy must be certain: the one person the nearest sentence
 * before that names anyone names, who holds a Governor's or Speaker's office
 * now in the article and held none of them before.
 */
import type { Mention, RoleCue } from '../../types';
import { addRole, sameTense } from '../role-facts';
import type { SentenceMentions } from '../sentence-view';

/** "His deputy, ", "Her deputy, Dr ": the sentence opens on the deputy, set off by a comma. */
const DEPUTY_OPENS = /^(?:His|Her)\s+deputy\s*,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/;

/** The offices whose holder's deputy holds a title of its own. */
const DEPUTY_OF: ReadonlyMap<string, string> = new Map([
  ['Governor', 'Deputy Governor'],
  ['Speaker', 'Deputy Speaker'],
]);

/** Adds the deputy's office to each person a sentence opens on as "His|Her deputy, X". */
export function readDeputies(sentences: SentenceMentions[]): void {
  let offices: Map<string, RoleCue[]> | undefined;
  sentences.forEach((sentence, index) => {
    if (!sentence.text.startsWith('His deputy') && !sentence.text.startsWith('Her deputy')) return;
    const deputy = sentence.mentions.find((one) => one.kind === 'person' && !one.quoted);
    if (!deputy || !DEPUTY_OPENS.test(sentence.text.slice(0, deputy.offset - sentence.start))) return;
    const holder = nearestOne(sentences, index);
    if (!holder) return;
    const held = (offices ??= officesBySurname(sentences)).get(surname(holder)) ?? [];
    const titles = [...new Set(held.filter((one) => DEPUTY_OF.has(one.title)).map((one) => one.title))];
    // (A Governor who was also Speaker, or a former Governor: whose deputy, and when, is not settled.)
    if (titles.length !== 1 || held.some((one) => DEPUTY_OF.has(one.title) && one.tense)) return;
    const title = DEPUTY_OF.get(titles[0] as string) as string;
    // ("His deputy, X, the outgoing Nandi Deputy Governor,": the deputy's own words say the office and its tense.)
    if ([deputy.role, ...(deputy.roles ?? [])].some((role) => role?.title === title)) return;
    addRole(deputy, { title }, sameTense);
  });
}

/** The one person the nearest sentence before that names anyone names; none when it names two. */
function nearestOne(sentences: SentenceMentions[], index: number): Mention | undefined {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) {
    const people = new Set((sentences[at] as SentenceMentions).mentions.filter((one) => one.kind === 'person' && !one.quoted).map(surname));
    if (people.size === 0) continue;
    if (people.size > 1) return undefined;
    return (sentences[at] as SentenceMentions).mentions.find((one) => one.kind === 'person' && !one.quoted);
  }
  return undefined;
}

/** Every office the article gives anyone, by the last word of their name. */
function officesBySurname(sentences: SentenceMentions[]): Map<string, RoleCue[]> {
  const offices = new Map<string, RoleCue[]>();
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      if (mention.kind === 'party' || mention.quoted) continue;
      const roles = [mention.role, ...(mention.roles ?? [])].filter((role): role is RoleCue => role !== undefined);
      if (roles.length > 0) offices.set(surname(mention), [...(offices.get(surname(mention)) ?? []), ...roles]);
    }
  }
  return offices;
}

function surname(mention: Mention): string {
  return mention.name.split(/\s+/).pop() ?? mention.name;
}
