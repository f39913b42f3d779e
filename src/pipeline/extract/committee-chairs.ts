/**
 * The chair of a committee, written before the name it belongs to: "The
 * chairman of the Departmental Committee on Justice and Legal Affairs, Kibwezi
 * West MP X, said …". A role, never a party tie.
 */
import type { Mention } from '../types';
import { readRole } from './roles';
import type { SentenceView } from './sentence-view';
import { addRole } from './tie-facts';

/** "The chairman of the <Committee>, [title words] X": the office, then the body, then the name after a comma. */
const CHAIR_OF = /\b[Tt]he\s+((?:vice-|deputy\s+)?chair(?:man|person|woman)?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|of|and|for|the)\s+)*\p{Lu}[\p{L}'’-]*)*)\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;

/**
 * "X, who chairs the Departmental Committee on Lands", "X, who served as chairman of …", "X, then the chairman of …":
 * the chair written after the name; served, was, then: one held before.
 */
const CHAIR_AFTER = /^\s*,\s*(?:who\s+(chairs|is|now\s+chairs|served\s+as|was|once\s+chaired|previously\s+chaired|chaired)\s+|(then|now)\s+)(?:the\s+)?((?:vice-|deputy\s+)?chair(?:man|person|woman)?\s+of\s+)?(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|of|and|for|the)\s+)*\p{Lu}[\p{L}'’-]*)*)/u;

/** "The committee's chairman, X,": the committee the article named last. */
const ITS_CHAIR = /\b[Tt]he\s+committee['’]s\s+((?:vice-|deputy\s+)?chair(?:man|person|woman)?)\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;

/** A committee's name as written: "the Senate County Public Accounts Committee", "the Departmental Committee on Lands". */
const COMMITTEE_NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\p{L}'’-]*)*\s+Committee(?:\s+on\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)?|Committee\s+on\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*/gu;

/** The last committee a sentence names, if any. */
export function committeeNamed(text: string): string | undefined {
  if (!text.includes('Committee')) return undefined;
  const all = text.match(COMMITTEE_NAME);
  return all?.[all.length - 1];
}

/** Gives the person the chair of a committee written before or after them; mutates `role` or `roles`. */
export function committeeChair(view: SentenceView, person: Mention, lastCommittee?: string): void {
  // Most sentences name no chair: the patterns below are not worth running on them.
  if (!view.text.includes('hair')) return;
  const its = lastCommittee ? ITS_CHAIR.exec(view.before(person)) : null;
  if (its && lastCommittee) {
    const role = readRole(its[1] as string, lastCommittee);
    if (role) addRole(person, role);
  }
  const chair = CHAIR_OF.exec(view.before(person));
  if (chair && COMMITTEE.test(chair[2] as string)) {
    const role = readRole(chair[1] as string, chair[2] as string);
    if (role) addRole(person, role);
  }
  const after = CHAIR_AFTER.exec(view.after(person));
  if (!after || !COMMITTEE.test(after[4] as string)) return;
  const verb = after[1] ?? after[2] ?? '';
  // "who chairs the X Committee" names the office itself; "who is/was/served as" only with "chairman of".
  if (!after[3] && !/chair/.test(verb)) return;
  const past = /served|was|chaired|then/.test(verb);
  const role = readRole((after[3] ?? 'chairman').replace(/\s+of\s+$/, ''), after[4] as string, past ? 'former' : undefined);
  if (role) addRole(person, role);
}

const COMMITTEE = /\b(?:Committee|Caucus)\b/;
