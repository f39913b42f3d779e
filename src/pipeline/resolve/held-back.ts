/**
 * Roles and party ties the evidence check holds back: their sentence does not
 * name the party they claim. They are not published; each sentence's worth
 * becomes a review note, with the editorial lines that would state the tie if
 * the editor finds it true.
 */
import type { Evidence, Tense } from '../types';
import type { ReviewNote } from './people';

export interface HeldBackFact {
  person: string;
  kind: 'role' | 'tie';
  /** The role's title, or the tie's relation. */
  relation: string;
  tense?: Tense;
  /** The party the fact claims, by its page name; absent for a role of no party whose sentence does not name the person. */
  party?: string;
  evidence: Evidence;
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
    return {
      kind: 'held-back-fact' as const,
      message: `Not published for “${first.person}”: ${group.map(describe).join('; ')}, because the sentence does not name ${unnamed.map((name) => `“${name}”`).join(' or ')}`,
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
