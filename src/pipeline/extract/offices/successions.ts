/**
 * One office passing from one person to another: "X replaced Y as Majority
 * Leader of the Lamu County Assembly in June", "X had succeeded Y as Lands PS
 * in 2014", "had nominated X to replace Y"; and one taken up: "X became Trade
 * CS in last month's reshuffle". Y held the office before (former); X holds it, unless the words
 * put the change in a past year ("had succeeded …", "in 2014"), which says
 * nothing of who holds it now.
 */
import type { Mention, RoleCue } from '../../types';
import { addRole, sameTense } from '../role-facts';
import { readPlacedTitle } from '../roles';
import type { SentenceMentions } from '../sentence-view';

/** "replaced", "succeeded", "took over from": the verb between the two names; "had" before it dates the change. */
const SUCCEEDED = /^\s+(had\s+)?(?:replaced|succeeded|took\s+over\s+from)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/u;
/** The office after the second name: "as Majority Leader of the Lamu County Assembly", "as Lands PS", and when ("in 2014"). */
const AS_OFFICE = /^\s+as\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}?\p{Lu}[\p{L}'’-]*)(?:\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,5}))?(?=[,.;]|\s+(?:in|on|at|after|before|when|last|this|until|from)\b|\s*$)(\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}\b)?/u;

/** "X, who was replaced as Majority Leader by Y", "X was succeeded as Lands PS by Y": the one who left first, "had" dating it. */
const REPLACED_BY =
  /^\s*,?\s*(?:who\s+)?(?:(had\s+been)|was|has\s+been)\s+(?:replaced|succeeded)\s+as\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}?\p{Lu}[\p{L}'’-]*)(?:\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,5}?))?\s+by\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/u;

/** "had nominated land economist X to replace Y": a nomination to the office Y held; its calling before the name is no title. */
const NOMINATED = /\b(?:nominated|appointed|named|picked)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const TO_REPLACE = /^\s+to\s+(?:replace|succeed)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/u;

/** "Chumba became Trade CS in last month's Cabinet reshuffle": an office taken up, held now (unless a year dates it). */
const BECAME = /^\s+(?:later\s+|then\s+)?became\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?=[,.;]|\s+(?:in|on|at|after|when|last|this)\b|\s*$)(?!\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4})/u;

/** Gives both people of "X replaced Y as T" the office: Y former, X current unless the change is dated in the past. */
export function readSuccessions(sentences: SentenceMentions[]): void {
  const offices = new Map<string, RoleCue>();
  for (const { mentions } of sentences) for (const mention of mentions) if (mention.role && !offices.get(lastWord(mention.name))?.organisation) offices.set(lastWord(mention.name), mention.role);
  for (const { text, start, mentions } of sentences) {
    const people = mentions.filter((mention) => mention.kind !== 'party' && !mention.quoted);
    for (const person of people) {
      const became = BECAME.exec(text.slice(person.offset - start + person.surface.length));
      const role = became && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(0, person.offset - start)) ? readPlacedTitle(became[1] as string) : undefined;
      if (role) addRole(person, role, sameTense);
    }
    people.forEach((successor, index) => {
      // ("appointed Interior CS, replacing Y": the place in the title is a mention of its own, no one.)
      const replaced = successor.kind === 'person' && (text.includes('replacing') || text.includes('succeeding')) ? people.slice(index + 1).find((one) => one.kind === 'person') : undefined;
      if (replaced) replacing(successor, replaced, text.slice(successor.offset - start + successor.surface.length, replaced.offset - start), text.slice(replaced.offset - start + replaced.surface.length));
      const predecessor = people[index + 1];
      if (!predecessor) return;
      const between = text.slice(successor.offset - start + successor.surface.length, predecessor.offset - start);
      // "the President had nominated X to replace Mwakulima": X is to hold the office the article gives Mwakulima.
      const held = TO_REPLACE.test(between) && NOMINATED.test(text.slice(0, successor.offset - start)) ? offices.get(lastWord(predecessor.name)) : undefined;
      if (held && !/^(?:Candidate|Running Mate)$/.test(held.title)) addRole(successor, { title: held.title, ...(held.organisation ? { organisation: held.organisation } : {}), tense: 'incoming' }, sameTense);
      // ("X, who was replaced as Majority Leader by Y in January,": the same change told from the one who left; a place
      // in the title, "as Lands PS", may stand between as a mention of its own.)
      if (/\b(?:replaced|succeeded)\s+as\s/.test(between)) {
        for (const replacer of people.slice(index + 1, index + 4)) if (replacedBy(text, start, successor, replacer)) return;
      }
      const verb = SUCCEEDED.exec(between);
      const officeAt = verb ? AS_OFFICE.exec(text.slice(predecessor.offset - start + predecessor.surface.length)) : null;
      if (!verb || !officeAt) return;
      const written = (officeAt[1] as string).trim();
      const organisation = officeAt[2]?.trim();
      // ("as Lands PS": the portfolio before the title is where it is held.)
      const role = readPlacedTitle(written);
      if (!role) return;
      const office = organisation ? { ...role, organisation } : role;
      addRole(predecessor, { ...office, tense: 'former' }, sameTense);
      if (!verb[1] && !officeAt[3]) addRole(successor, { title: office.title, ...(office.organisation ? { organisation: office.organisation } : {}) }, sameTense);
    });
  }
}

/**
 * "Delegates elected X as the HUM's national treasurer, replacing Y", "X was appointed Interior CS, replacing Y": the
 * office the clause gave X, written between the two names, is one Y held (former), with X's tie for it.
 */
function replacing(successor: Mention, predecessor: Mention, between: string, after: string): void {
  // ("replacing Dr Mwendwa's long-time ally Y": the one replaced is whoever the possessive's noun names.)
  if (!REPLACING.test(between) || /^['’]s\b/.test(after)) return;
  const words = between.toLowerCase();
  const given = [successor.role, ...(successor.roles ?? [])].filter((role): role is RoleCue => role !== undefined && role.tense !== 'aspiring' && WRITTEN_AS(role.title).some((form) => words.includes(form)));
  const office = given.length === 1 ? (given[0] as RoleCue) : undefined;
  if (!office) return;
  addRole(predecessor, { title: office.title, ...(office.organisation ? { organisation: office.organisation } : {}), tense: 'former' }, sameTense);
  const tie = successor.ties?.find((one) => one.party === office.organisation && one.relation === office.title);
  if (tie) predecessor.ties = [...(predecessor.ties ?? []), { party: tie.party, relation: tie.relation, tense: 'former' }];
}

/** " as the HUM's national treasurer, replacing ", " was appointed Interior CS, replacing ": an office given, then the one it passed from. */
const REPLACING = /^\s+(?:(?:was|has\s+been|is)\s+(?:\w+\s+)?(?:elected|re-elected|appointed|named|nominated|sworn\s+in|installed)\s+(?:as\s+)?|as\s+)[^,.;:“”"]{1,60},\s+(?:replacing|succeeding)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/;

/** The lower-case forms a title is written in: "national treasurer", and "cs" or "ps" for a Cabinet or Principal Secretary. */
function WRITTEN_AS(title: string): string[] {
  const short = title === 'Cabinet Secretary' ? ['cs ', 'cs,', 'cabinet secretary'] : title === 'Principal Secretary' ? ['ps ', 'ps,', 'principal secretary'] : [];
  return [title.toLowerCase(), ...short];
}

/** "X was replaced as T by Y": X held T (former); Y holds it now, unless "had been" or a year after Y dates the change. */
function replacedBy(text: string, start: number, holder: Mention, replacer: Mention): boolean {
  const passive = REPLACED_BY.exec(text.slice(holder.offset - start + holder.surface.length, replacer.offset - start));
  const left = passive ? readPlacedTitle((passive[2] as string).trim()) : undefined;
  if (!passive || !left) return false;
  const office = passive[3] ? { ...left, organisation: passive[3].trim() } : left;
  addRole(holder, { ...office, tense: 'former' }, sameTense);
  const dated = /^\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}\b/u.test(text.slice(replacer.offset - start + replacer.surface.length));
  if (!passive[1] && !dated) addRole(replacer, { title: office.title, ...(office.organisation ? { organisation: office.organisation } : {}) }, sameTense);
  return true;
}

function lastWord(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}
