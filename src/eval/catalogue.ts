/** The gold sets the eval runs, relative to the repository root. */
import path from 'node:path';
import { loadEditorial } from '../pipeline/ingest';
import type { GoldSet } from './sets';

/**
 * The seeds (one corpus, with their editorial file), the dev set (used while
 * building the extractor) and the unseen set (written apart from it, never
 * tuned on: the honest measure); and the same pair for facts (roles, ties,
 * quotes), whose gold files annotate entities as well.
 */
export async function GOLD_SETS(root: string): Promise<GoldSet[]> {
  const gold = path.join(root, 'tests/fixtures/gold');
  const editorial = await loadEditorial(path.join(root, 'seeds/editorial.yaml'));
  if (!editorial.ok) throw new Error(editorial.problems.map((problem) => problem.message).join('\n'));
  return [
    { name: 'seeds', articles: path.join(root, 'seeds'), corpusGold: path.join(gold, 'seeds.gold.yaml'), editorial: editorial.editorial },
    { name: 'dev', articles: path.join(gold, 'dev') },
    { name: 'unseen', articles: path.join(gold, 'unseen') },
    { name: 'facts-dev', articles: path.join(gold, 'facts-dev') },
    { name: 'facts-unseen', articles: path.join(gold, 'facts-unseen') },
  ];
}
