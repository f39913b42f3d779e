/**
 * Review notes as an editor meets them: each with a stable id (an anchor to
 * link to, the same build after build while the item stands) and every way to
 * settle it, as lines of `seeds/editorial.yaml` ready to copy.
 */
import type { ReviewNote } from './resolve/index';
import { toSlug } from './slugs';

/** What a settlement does; the page words each one in its language. */
export type SettlementAction = 'confirm' | 'merge' | 'keep-apart' | 'full-name' | 'rule-out' | 'keep-entry' | 'suggested';

/** One way to settle a review item: what it does, and the YAML that says it. */
export interface Settlement {
  action: SettlementAction;
  yaml: string;
  /** For a merge: the name merged, then the name it is merged into. */
  names?: [string, string];
}

/** Every fitting way to settle a note: confirm, merge, rename, rule out, keep apart. */
export function settlementsOf(note: ReviewNote): Settlement[] {
  const [first = '', second = ''] = note.names;
  const confirm: Settlement = { action: 'confirm', yaml: `confirmed: [${note.names.join(', ')}]` };
  const fullName: Settlement = { action: 'full-name', yaml: `entities:\n  - name: FULL NAME\n    same_as: [${first}]` };
  const ruleOut: Settlement = { action: 'rule-out', yaml: `not_entities: [${first}]` };
  const merge = (from: string, into: string): Settlement => ({ action: 'merge', yaml: `entities:\n  - name: ${into}\n    same_as: [${from}]`, names: [from, into] });
  const offers: Settlement[] = (() => {
    switch (note.kind) {
      case 'possible-duplicate':
        return [merge(second, first), merge(first, second), { action: 'keep-apart', yaml: `keep_apart:\n  - [${first}, ${second}]` }];
      case 'weak-evidence':
        return [confirm, fullName, ruleOut];
      case 'title-only':
        return [fullName, confirm, ruleOut];
      case 'stale-editorial':
        return [{ ...confirm, action: 'keep-entry' }];
      default:
        // A held-back fact or an unattributed quote is about a sentence, not a name:
        // confirming it by its id leaves every other item about the same people open.
        return [{ action: 'confirm', yaml: `confirmed: [${reviewBaseId(note)}]` }];
    }
  })();
  const known = new Set(offers.map((offer) => offer.yaml));
  return [...offers, ...note.fixes.filter((fix) => !known.has(fix)).map((yaml) => ({ action: 'suggested' as const, yaml }))];
}

/** A note's id before numbering: its kind and its names. `confirmed:` takes it too. */
export function reviewBaseId(note: ReviewNote): string {
  return `${note.kind}-${toSlug(note.names.join(' '))}`;
}

/**
 * Stable ids for notes, in their order: the kind and the names ("weak-evidence-peter-nabhulindo"),
 * numbered only when two notes share both.
 */
export function reviewIds(notes: ReviewNote[]): string[] {
  const seen = new Map<string, number>();
  return notes.map((note) => {
    const base = reviewBaseId(note);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
