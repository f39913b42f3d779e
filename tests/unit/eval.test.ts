/**
 * The extractor's measured quality, as `npm run eval` prints it: the gold sets
 * must stay at F1 ≥ 0.97 for people and for parties, with no two people merged
 * into one entity, and no trap (a place, outlet, institution) made an entity.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOLD_SETS } from '../../src/eval/catalogue';
import { poolScores } from '../../src/eval/score';
import { evaluateSet } from '../../src/eval/sets';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const scores = await Promise.all((await GOLD_SETS(root)).map((set) => evaluateSet(set)));
const people = poolScores(scores.map((score) => score.people));
const parties = poolScores(scores.map((score) => score.parties));

describe('the gold sets, pooled', () => {
  it('find people with F1 ≥ 0.97', () => {
    expect(people.f1, `false positives: ${people.falsePositives.join('; ')}; missed: ${people.falseNegatives.join('; ')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('find parties with F1 ≥ 0.97', () => {
    expect(parties.f1, `false positives: ${parties.falsePositives.join('; ')}; missed: ${parties.falseNegatives.join('; ')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('never merge two people or two parties into one entity', () => {
    expect([...people.merges, ...parties.merges]).toEqual([]);
  });
});

describe.each(scores)('the $name set', (score) => {
  it('makes no trap an entity', () => {
    expect([...score.people.traps, ...score.parties.traps]).toEqual([]);
  });
});
