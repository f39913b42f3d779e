/**
 * What to say about editorial entries that match nothing in the articles:
 * a warning (a stop only under --strict), with "did you mean" when a name in
 * the articles is close, and a review item the editor can settle either way.
 */
import type { ReviewNote } from '../resolve/people';
import { nameKey } from '../resolve/normalise';
import type { Problem } from '../types';
import type { StaleEntry } from './apply';
import type { EditorialFile } from './parse';
import { closestName } from './suggest';

/** Warnings and review notes for stale entries; `known` is every name and alias the articles gave. */
export function staleReport(stale: StaleEntry[], editorial: EditorialFile, known: string[]): { warnings: Problem[]; notes: ReviewNote[] } {
  const confirmed = new Set(editorial.confirmed.map(nameKey));
  const warnings: Problem[] = [];
  const notes: ReviewNote[] = [];
  for (const entry of stale) {
    if (confirmed.has(nameKey(entry.name))) continue;
    const where = `${editorial.file}${entry.line ? `:${entry.line}` : ''}`;
    // The entry's own name (or the tie's party) is what the editor meant to match: guess for it alone.
    const near = entry.near ?? closestName(entry.unmatched[0] as string, known);
    const guesses = near ? [`“${entry.unmatched[0]}”: did you mean “${near}”?`] : [];
    const what = {
      entity: `names no person or party found in the articles: “${entry.unmatched.join('”, “')}”`,
      'party-tie': `ties “${entry.name}” to “${entry.unmatched[0]}”, but no party of that name is found in the articles`,
      'near-miss': `names “${entry.name}”, found nowhere in the articles`,
    }[entry.what];
    const hint = entry.what === 'near-miss' ? ` (did you mean “${near}”?)` : guesses.length > 0 ? ` (${guesses.join('; ')})` : '';
    warnings.push({ file: editorial.file, ...(entry.line ? { line: entry.line } : {}), message: `${where} ${what}${hint}; the ${entry.what === 'party-tie' ? 'tie' : 'entry'} is skipped` });
    notes.push({
      kind: 'stale-editorial',
      message: `Stale: ${where} matches nothing in the articles${hint}. Correct it, remove it, or keep it (for a person whose articles are only retracted for now).`,
      names: [entry.name],
      sources: [],
      evidence: [],
      fixes: [`confirmed: [${entry.name}]`],
    });
  }
  return { warnings, notes };
}
