/**
 * A list of a party's officials, one "Title – Name" line each, after a line
 * that names the party and ends with a colon: "The TMDP's National Delegates
 * Convention confirmed the following officials:" / "National Chairman –
 * Kiprono Sitienei Kiprotich" / "Secretary-General – Wanjala Khisa Nabiswa".
 * Each line gives its person that office in the party, and its tie.
 */
import { readRole } from '../roles';
import type { SentenceView } from '../sentence-view';
import { addRole } from '../role-facts';
import { addTie, isOffice, relationOf } from '../tie-facts';

/** "National Chairman – ", at the start of a line: the office, then a dash, then the name. */
const OFFICE_LINE = /^\s*(?:[-*•]\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)*?(?:of\s+)?\p{Lu}[\p{L}'’-]*)\s*[–—-]\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng|Rev)\.?\s+)?$/u;
/** After the name: nothing, or the holder's own party in brackets. */
const LINE_END = /^\s*(?:\([^()]{1,20}\))?\s*[.;]?\s*$/;

/** The party a list of officials is of, while its lines go on: set by the line that opens it. */
export interface OfficialsList {
  party?: string;
  /** The opening line: with the office's own line, the evidence that names the party. */
  opening?: string;
}

/** Reads one sentence as an opening line of a list of officials, or as one of its lines. */
export function readOfficialsLine(view: SentenceView, list: OfficialsList): void {
  const person = view.people.length === 1 ? view.people[0] : undefined;
  const line = person ? OFFICE_LINE.exec(view.before(person)) : null;
  if (person && line && list.party && LINE_END.test(view.after(person))) {
    const role = readRole((line[1] as string).trim(), list.party);
    // ("Spokesperson – X": a voice of the party, no office in it.)
    if (!role || !isOffice(role.title) || /^Spokes/.test(role.title)) return;
    const statedIn = `${list.opening}\n${view.text}`;
    addRole(person, { ...role, statedIn });
    addTie(person, { party: list.party, relation: relationOf(role.title), statedIn });
    return;
  }
  // "The Mwafaka Alliance named its officials at the launch:": the party the lines after it are of.
  const opener = /:\s*$/.test(view.text) && /\bofficials\b|\boffice-bearers\b|\bline-?up\b/i.test(view.text) ? view.parties.find((party) => view.alone(party) || /^['’]s\b/.test(view.after(party))) : undefined;
  list.party = opener?.name;
  list.opening = view.text;
}
