/**
 * Recall of party ties and quotes (issue #12) on five short invented articles
 * written, with their gold, before the extractor was changed for them
 * (`fixtures/extract/recall/`): each covers constructions news English uses
 * that the facts-dev set has few of ("X, the P Secretary-General", "P
 * lawmaker X", "X (P, Place)", "Former P leader X", "X wondered", "…," X
 * added, "the senator-elect said" with one senator-elect, a quote over two
 * paragraphs, "who served as", "who once chaired"). Precision is held first:
 * no quote on the wrong person, no wrong tense, no tie the text does not state.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSet } from '../../src/eval/sets';

const folder = fileURLToPath(new URL('./fixtures/extract/recall/', import.meta.url));
const score = await evaluateSet({ name: 'recall', articles: folder });
const facts = score.facts;
if (!facts) throw new Error('the recall fixtures carry no facts gold');

describe('facts recall fixtures: precision first', () => {
  it('puts no quote on the wrong person', () => {
    expect(facts.quotes.misattributed).toEqual([]);
    expect(facts.quotes.falsePositives).toEqual([]);
  });

  it('gives no role the wrong tense', () => {
    expect(facts.roles.wrongTense).toEqual([]);
  });

  it('states no tie the text does not state, and each with its relation', () => {
    expect(facts.ties.falsePositives).toEqual([]);
    expect(facts.ties.relationDiffers).toEqual([]);
  });
});

describe('facts recall fixtures: recall', () => {
  it('finds at least nine ties in ten', () => {
    expect(facts.ties.recall, facts.ties.falseNegatives.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('gives at least nine quotes in ten their speaker', () => {
    expect(facts.quotes.recall, facts.quotes.falseNegatives.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
