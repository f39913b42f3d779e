/**
 * The chair of a committee, written before the name it belongs to: "The
 * chairman of the Departmental Committee on Justice and Legal Affairs, Kibwezi
 * West MP X, said …". A role, never a party tie.
 */
import type { Mention } from '../../types';
import { readRole } from '../roles';
import type { SentenceView } from '../sentence-view';
import { addRole } from '../role-facts';

/** "The chairman of the <Committee>, [title words] X": the office, then the body, then the name after a comma. */
const CHAIR_OF = /\b[Tt]he\s+((?:vice-|deputy\s+)?chair(?:man|person|woman)?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|of|and|for|the)\s+)*\p{Lu}[\p{L}'’-]*)*)\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;

/**
 * "X, who chairs the Departmental Committee on Lands", "X, who served as chairman of …", "X, then the chairman of …":
 * the chair written after the name; served, was, had chaired, then: one held before.
 */
// ("X, the Majority Leader of the Laikipia County Assembly, who also chairs …": an apposition may come first.)
// ("X (UDA), who chairs …": the party or the seat in brackets first.)
const CHAIR_AFTER = /^(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;.“”"()]{1,80}(?=,\s*who\s))?\s*,\s*(?:who\s+(?:also\s+)?(chairs|is|now\s+chairs|served\s+as|was|once\s+chaired|previously\s+chaired|chaired|had\s+chaired|has\s+chaired)\s+|(then|now)\s+)(?:the\s+)?((?:vice-|deputy\s+)?chair(?:man|person|woman)?\s+of\s+)?(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|of|and|for|the)\s+)*\p{Lu}[\p{L}'’-]*)*)/u;

/** "The committee's chairman, X,": the committee the article named last. */
const ITS_CHAIR = /\b[Tt]he\s+(?:committee|caucus)['’]s\s+((?:vice-|deputy\s+)?chair(?:man|person|woman)?)\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;
/** "The Rift Valley Parliamentary Caucus … . Its chairman, X,": the body the sentence before was about. */
const ITS_OWN_CHAIR = /^Its\s+((?:vice-|deputy\s+)?chair(?:man|person|woman)?)\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;

/** A committee's name as written: "the Senate County Public Accounts Committee", "the Departmental Committee on Lands". */
const COMMITTEE_NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\p{L}'’-]*)*\s+(?:Committee|Caucus)(?:\s+on\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)?|Committee\s+on\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*/gu;

/** The last committee a sentence names, if any. */
export function committeeNamed(text: string): string | undefined {
  if (!text.includes('Committee') && !text.includes('Caucus')) return undefined;
  const all = text.match(COMMITTEE_NAME);
  return all?.[all.length - 1];
}

/** The committee or caucus a sentence is about, named as its subject: "The Rift Valley Parliamentary Caucus, a grouping of MPs, has said …". */
export function committeeAbout(text: string): string | undefined {
  const named = /^The\s+/.test(text) ? committeeNamed(text.slice(0, 120))?.replace(/^The\s+/, '') : undefined;
  return named && text.startsWith(`The ${named}`) ? named : undefined;
}

/** Gives the person the chair of a committee written before or after them; mutates `role` or `roles`. */
export function committeeChair(view: SentenceView, person: Mention, lastCommittee?: string, committeeBefore?: string): void {
  // Most sentences name no chair: the patterns below are not worth running on them.
  if (!view.text.includes('hair')) return;
  const own = committeeBefore ? ITS_OWN_CHAIR.exec(view.before(person)) : null;
  if (own && committeeBefore) {
    const role = readRole(own[1] as string, committeeBefore);
    if (role) addRole(person, role);
  }
  // ("rejected the report of the Departmental Committee on Finance, in a rare defeat for the committee's chairman, X":
  // the committee the same sentence named before, else the one the article named last.)
  const its = ITS_CHAIR.exec(view.before(person));
  const committee = its ? (committeeNamed(view.before(person).slice(0, its.index)) ?? lastCommittee) : undefined;
  if (its && committee) {
    const role = readRole(its[1] as string, committee);
    if (role) addRole(person, role);
  }
  const chair = CHAIR_OF.exec(view.before(person));
  if (chair && COMMITTEE.test(chair[2] as string)) {
    const role = readRole(chair[1] as string, chair[2] as string);
    if (role) addRole(person, role);
  }
  // ("X, who chaired the committee between 2017 and 2022": a chair held over years now past, the committee unnamed here.)
  if (CHAIRED_THE_COMMITTEE.test(view.after(person))) addRole(person, { title: 'Chairman', tense: 'former' });
  // ("X chairs the Budget and Appropriations Committee": the sentence's own verb, read as the clause is.)
  const said = view.after(person);
  const after = CHAIR_AFTER.exec(CHAIRS_NOW.test(said) ? `, who ${said.replace(CHAIRS_NOW, '')}` : said);
  if (!after || !COMMITTEE.test(after[4] as string)) return;
  // ("X, who chairs the TMDP's National Executive Committee": a party's own organ; its chair is the party's office, read
  // with the party by the tie readers, not a committee of that name.)
  const owner = /^(\p{Lu}[\p{L}-]*)['’]s\s/u.exec(after[4] as string)?.[1];
  if (owner && view.parties.some((party) => party.surface === owner || party.name === owner || party.acronym === owner)) return;
  const verb = after[1] ?? after[2] ?? '';
  // "who chairs the X Committee" names the office itself; "who is/was/served as" only with "chairman of".
  if (!after[3] && !/chair/.test(verb)) return;
  const past = /served|was|chaired|then/.test(verb) && !/^has\s/.test(verb);
  const role = readRole((after[3] ?? 'chairman').replace(/\s+of\s+$/, ''), after[4] as string, past ? 'former' : undefined);
  if (role) addRole(person, role);
}

const COMMITTEE = /\b(?:Committee|Caucus)\b/;
/** ", who chaired the committee between 2017 and 2022": the person's own clause, the years closed. */
const CHAIRED_THE_COMMITTEE = /^(?:\s*\([^()]{1,40}\))?\s*,\s*who\s+(?:(?:also|once|previously|had)\s+)?chaired\s+the\s+committee\s+(?:between|from)\s+\d{4}\s+(?:and|to|until)\s+\d{4}\b/;
/** "X chairs", "X also chairs": a chair held now, told as the sentence's own verb. */
const CHAIRS_NOW = /^\s+(?:also\s+|now\s+|currently\s+)?(?=chairs\s)/;
