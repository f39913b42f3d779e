/**
 * Roles and party ties the evidence check holds back: their sentence does not
 * name the party they claim, or the person holds another seat of the same kind
 * at once. They are not published; each sentence's worth becomes a review note,
 * with the editorial lines that would state the tie if the editor finds it true.
 */
import type { Evidence, Role, Tense } from '../types';
import type { ReviewNote } from './people';

export interface HeldBackFact {
  person: string;
  kind: 'role' | 'tie';
  /** The role's title, or the tie's relation. */
  relation: string;
  tense?: Tense;
  /** The party the fact claims, by its page name; absent for a role of no party whose sentence does not name the person. */
  party?: string;
  /** Why, when it is not the party left unnamed: "the person also holds the seat of Kabiro". */
  reason?: string;
  evidence: Evidence;
}

/** Seats one person holds alone, in one place at a time. */
const SEATS = /^(?:Governor|Deputy Governor|Senator|MP|MCA|Woman Representative)$/;

/** A place as the seats compare it: "Kabiro Ward" and "Kabiro" are one. */
const placeKey = (place: string) => place.toLowerCase().replace(/\s+(?:ward|county|constituency)$/, '');

/**
 * Current seats of one kind in two places ("Kilimani MCA X" in one article, "Kabiro MCA X" in another): no one holds
 * both at once. Two namesakes joined by their name, or a place misread; either way neither seat can be published.
 */
export function clashingSeats(roles: Role[]): Role[] {
  const held = roles.filter((role) => SEATS.test(role.title) && role.organisation && (role.tense ?? 'current') === 'current');
  return held.filter((role) => held.some((other) => other.title === role.title && !samePlace(placeKey(other.organisation as string), placeKey(role.organisation as string))));
}

/** "Kitui" and "Kitui Central": one place written short. */
function samePlace(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** One note per person and sentence, listing what was held back. */
export function heldBackNotes(facts: HeldBackFact[]): ReviewNote[] {
  const bySentence = new Map<string, HeldBackFact[]>();
  for (const fact of facts) {
    const key = `${fact.person}\u0000${fact.evidence.source}\u0000${fact.evidence.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), fact]);
  }
  return [...bySentence.values()].map((group) => {
    const first = group[0] as HeldBackFact;
    const parties = [...new Set(group.flatMap((fact) => (fact.party ? [fact.party] : [])))];
    const unnamed = parties.length > 0 ? parties : [first.person];
    const because = first.reason ?? `the sentence does not name ${unnamed.map((name) => `“${name}”`).join(' or ')}`;
    return {
      kind: 'held-back-fact' as const,
      message: `Not published for “${first.person}”: ${group.map(describe).join('; ')}, because ${because}`,
      names: [first.person, ...parties],
      sources: [first.evidence.source],
      evidence: [first.evidence],
      fixes: parties.map((party) => {
        const relation = group.find((fact) => fact.party === party)?.relation ?? 'member';
        return `entities:\n  - name: ${first.person}\n    parties:\n      - { party: ${party}, relation: ${relation} }`;
      }),
    };
  });
}

function describe(fact: HeldBackFact): string {
  const when = fact.tense && fact.tense !== 'current' ? ` (${fact.tense})` : '';
  if (fact.kind === 'tie') return `the tie to “${fact.party}” (${fact.relation})${when}`;
  return `the role “${fact.relation}”${fact.party ? ` of “${fact.party}”` : ''}${when}`;
}
