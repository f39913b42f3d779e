/**
 * The entity scorer: how a predicted entity is matched to the gold, which
 * decides what counts as a split, a merge or a miss.
 */
import { describe, expect, it } from 'vitest';
import { scoreKind } from '../../src/eval/score';

// Two invented parties sharing one acronym, as Kenya's and a neighbour's may.
const gold = [
  { name: 'Umoja Democratic Movement', aliases: [], acronym: 'UDM', optional: false },
  { name: 'United Development Movement', aliases: [], acronym: 'UDM', optional: false },
];

describe('scoreKind', () => {
  it('matches a prediction by its name before its acronym: two parties of one acronym, found apart, are no split', () => {
    const predicted = [
      { name: 'Umoja Democratic Movement', aliases: ['UDM'], acronym: 'UDM', articles: ['a.txt'] },
      { name: 'United Development Movement', aliases: ['UDM'], acronym: 'UDM', articles: ['b.txt'] },
    ];
    expect(scoreKind(predicted, gold, [])).toMatchObject({ splits: [], merges: [], falseNegatives: [], precision: 1, recall: 1 });
  });

  it('still counts one gold party found as two entities as a split', () => {
    const predicted = [
      { name: 'Umoja Democratic Movement', aliases: [], acronym: 'UDM', articles: ['a.txt'] },
      { name: 'UDM', aliases: [], acronym: null, articles: ['b.txt'] },
      { name: 'United Development Movement', aliases: [], acronym: 'UDM', articles: ['b.txt'] },
    ];
    // "UDM" alone names both gold parties: it stands for each, and each is then found twice.
    expect(scoreKind(predicted, gold, []).splits).toHaveLength(2);
  });

  it('matches a prediction known only by its acronym to the one gold party of that acronym', () => {
    const predicted = [{ name: 'KMF', aliases: [], acronym: 'KMF', articles: ['a.txt'] }];
    const one = [{ name: 'Kenya Mashinani Forum', aliases: [], acronym: 'KMF', optional: false }];
    expect(scoreKind(predicted, one, [])).toMatchObject({ splits: [], falseNegatives: [], precision: 1, recall: 1 });
  });
});
