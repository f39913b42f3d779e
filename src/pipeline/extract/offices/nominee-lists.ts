/**
 * A list of nominees to an executive, one "Portfolio – Name" line each, after
 * a line that names the office and ends with a colon: "the governor-elect
 * named her County Executive Committee nominees, who will be vetted …:" /
 * "Finance – Dr X". Each line gives its person that office, to come.
 */
import type { RoleCue } from '../../types';
import { isTitleWordText } from '../quotes/speaker-titles';
import type { SentenceView } from '../sentence-view';
import { addRole } from '../role-facts';

/** "Finance – ", "Lands and Urban Planning – ", at the start of a line: the portfolio, then a dash, then the name. */
const PORTFOLIO_LINE = /^\s*(?:[-*•]\s+)?((?:\p{Lu}[\p{L}'’-]*|and|of|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|&)){0,5})\s*[–—-]\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng|Amb|CPA)\.?\s+)?$/u;
/** After the name: nothing, or a bracket ("(re-appointed)"). */
const LINE_END = /^\s*(?:\([^()]{1,30}\))?\s*[.;]?\s*$/;
/** The office a list's opening line names, and whether the portfolio is what the office is of. */
const OFFICES: readonly { pattern: RegExp; title: string; ofPortfolio: boolean }[] = [
  // ("Nandi County Executive for Finance" is a County Executive of Nandi: the portfolio is no place the office is of.)
  { pattern: /\bCounty\s+Executive(?:\s+Committee)?\b|\bCECs?\b/, title: 'County Executive', ofPortfolio: false },
  { pattern: /\bCabinet\s+Secretar(?:y|ies)\b|\bCSs\b/, title: 'Cabinet Secretary', ofPortfolio: true },
  { pattern: /\bPrincipal\s+Secretar(?:y|ies)\b|\bPSs\b/, title: 'Principal Secretary', ofPortfolio: true },
];
/** An opening line of nominees: the office is to come, not held. */
const NOMINEES = /\bnominees\b|\bnominated\b/i;

/** The office a list of nominees is of, while its lines go on: set by the line that opens it. */
export interface NomineeList {
  office?: { title: string; ofPortfolio: boolean };
  opening?: string;
}

/** Reads one sentence as an opening line of a list of nominees, or as one of its lines. */
export function readNomineeLine(view: SentenceView, list: NomineeList): void {
  // (The last person of the line: a portfolio's word may read as a name, "Energy – X"; the line's start holds only the portfolio.)
  const person = view.people.at(-1);
  const line = person ? PORTFOLIO_LINE.exec(view.before(person)) : null;
  const portfolio = (line?.[1] as string | undefined)?.trim();
  if (person && portfolio && list.office && LINE_END.test(view.after(person))) {
    // ("Chairman – X": a title in the line is an office of its own, a party's list; not a portfolio.)
    if (portfolio.split(/\s+/).some((word) => isTitleWordText(word))) return;
    const role: RoleCue = { title: list.office.title, tense: 'incoming', statedIn: `${list.opening}\n${view.text}`, ...(list.office.ofPortfolio ? { organisation: portfolio } : {}) };
    addRole(person, role);
    return;
  }
  const office = /:\s*$/.test(view.text) && NOMINEES.test(view.text) ? OFFICES.find((one) => one.pattern.test(view.text)) : undefined;
  list.office = office && { title: office.title, ofPortfolio: office.ofPortfolio };
  list.opening = view.text;
}
