/**
 * A party statement's sign-off: the signatory's name on a line of its own,
 * then their office and the party, on one line ("Secretary-General, Maendeleo
 * Front") or two ("Acting Secretary-General" / "Kenya Mashinani Forum (KMF)").
 * An office of the party gives a role and an office tie, whose evidence is
 * the sign-off's lines; a staff post ("Director, Communications") is no office.
 */
import type { Mention, RoleCue } from '../../types';
import { addRole } from '../role-facts';
import { readRole } from '../roles';
import type { SentenceMentions } from '../sentence-view';
import { addTie, relationOf } from '../tie-facts';
import { PARTY_OFFICE } from '../ties/tie-patterns';

/** Only honorifics before the name on its line: "Hon.", "CPA", "Eng.", "Dr". */
const HONORIFICS = /^(?:\p{Lu}[\p{L}]{0,4}\.?\s+){0,3}$/u;

/** "Secretary-General", "Secretary-General, Maendeleo Front": an office, then the party if on the same line. */
const OFFICE_LINE = /^((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:,\s+(.+))?$/u;

/** Reads the offices that sign-offs give their signatories; mutates the signatories' roles and ties. */
export function readSignOffs(sentences: SentenceMentions[], isParty: (mention: Mention) => boolean): void {
  sentences.forEach((line, index) => {
    const person = signatory(line);
    const office = sentences[index + 1];
    if (!person || !office) return;
    const read = OFFICE_LINE.exec(office.text);
    const role = read && readRole(read[1] as string);
    if (!role || role.organisation || !PARTY_OFFICE.test(role.title)) return;
    const partyLine = read[2] === undefined ? sentences[index + 2] : office;
    const party = partyLine && wholeParty(partyLine, isParty, read[2] === undefined ? 0 : office.text.length - (read[2] as string).length);
    if (!party) return;
    const statedIn = (read[2] === undefined ? [line, office, partyLine] : [line, office]).map((one) => one.text).join('\n');
    holds(person, { ...role, organisation: party.name, statedIn });
  });
}

/** The one person a line names, when the line is that name (after honorifics) and nothing more. */
function signatory(line: SentenceMentions): Mention | undefined {
  if (line.mentions.length !== 1 || /[.!?:;]$/.test(line.text)) return undefined;
  const person = line.mentions[0] as Mention;
  if (person.kind !== 'person') return undefined;
  const at = person.offset - line.start;
  const lead = line.text.slice(0, at);
  const rest = line.text.slice(at + person.surface.length);
  return HONORIFICS.test(lead) && /^,?$/.test(rest) ? person : undefined;
}

/** The party a line (from `from` on) is, in full: its name, and its acronym in brackets after it if any. */
function wholeParty(line: SentenceMentions, isParty: (mention: Mention) => boolean, from: number): Mention | undefined {
  const parties = line.mentions.filter(isParty);
  const party = parties[0];
  if (!party || party.offset - line.start !== from) return undefined;
  const rest = line.text.slice(from + party.surface.length);
  return /^(?:\s*\(\s*[\p{Lu}\p{N}-]+\s*\))?$/u.test(rest) ? party : undefined;
}

/** Gives the signatory the office, and the office tie it implies, both stated by the sign-off's lines. */
function holds(person: Mention, role: RoleCue): void {
  addRole(person, role);
  addTie(person, { party: role.organisation as string, relation: relationOf(role.title), ...(role.tense ? { tense: role.tense } : {}), ...(role.statedIn ? { statedIn: role.statedIn } : {}) });
}
