/**
 * Review notes as an editor meets them: each with a stable id (an anchor to
 * link to, the same build after build while the item stands) and every way to
 * settle it, as lines of `seeds/editorial.yaml` ready to copy.
 */
import type { ReviewNote } from './resolve/index';
import { toSlug } from './slugs';

/** One way to settle a review item: what it means, and the YAML that says it. */
export interface Settlement {
  label: string;
  yaml: string;
}

/** Every fitting way to settle a note: confirm, merge, rename, rule out, keep apart. */
export function settlementsOf(note: ReviewNote): Settlement[] {
  const [first = '', second = ''] = note.names;
  const confirm = (label: string) => ({ label, yaml: `confirmed: [${note.names.join(', ')}]` });
  const rename = (label: string) => ({ label, yaml: `entities:\n  - name: FULL NAME\n    same_as: [${first}]` });
  const ruleOut = { label: 'Not a politician or a party: drop it', yaml: `not_entities: [${first}]` };
  const offers: Settlement[] = (() => {
    switch (note.kind) {
      case 'possible-duplicate':
        return [
          { label: `One person: merge “${second}” into “${first}”`, yaml: `entities:\n  - name: ${first}\n    same_as: [${second}]` },
          { label: `One person: merge “${first}” into “${second}”`, yaml: `entities:\n  - name: ${second}\n    same_as: [${first}]` },
          { label: 'Two people: keep them apart', yaml: `keep_apart:\n  - [${first}, ${second}]` },
        ];
      case 'weak-evidence':
        return [confirm('Right as it is: stop asking'), rename('Misspelt or incomplete: give the full name'), ruleOut];
      case 'title-only':
        return [rename('Give the full name'), confirm('Right as it is: stop asking'), ruleOut];
      case 'stale-editorial':
        return [confirm('Keep the entry (its articles may come back): stop asking')];
      default:
        return [confirm('Checked: stop asking')];
    }
  })();
  const known = new Set(offers.map((offer) => offer.yaml));
  return [...offers, ...note.fixes.filter((fix) => !known.has(fix)).map((yaml) => ({ label: 'Suggested', yaml }))];
}

/**
 * Stable ids for notes, in their order: the kind and the names ("weak-evidence-peter-nabhulindo"),
 * numbered only when two notes share both.
 */
export function reviewIds(notes: ReviewNote[]): string[] {
  const seen = new Map<string, number>();
  return notes.map((note) => {
    const base = `${note.kind}-${toSlug(note.names.join(' '))}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
