/**
 * Words before a title that date it, as news English writes them: a holder put
 * out of the office ("the deposed Speaker", "Ousted Governor X", "the sacked
 * CEC") holds it no more; a caretaker ("Caretaker Governor X") acts in it.
 * Near-misses: the same verbs said of someone else's motion ("MCAs impeached
 * Governor X") and a caretaker of something that is no office. Short invented
 * texts, published facts read by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);

describe('a holder put out of the office holds it no more', () => {
  it.each([
    ['Onyango Migot Tandia, the deposed Kilumbi Speaker, sued the assembly on Monday.', 'Speaker, Kilumbi (former)'],
    ['Onyango Migot Tandia, the ousted Mbotela Governor, said he would appeal.', 'Governor, Mbotela (former)'],
    ['Ousted Mbotela Governor Onyango Migot Tandia said he would appeal.', 'Governor, Mbotela (former)'],
    ['Onyango Migot Tandia, a sacked Kilumbi County Secretary, went to court.', 'County Secretary, Kilumbi (former)'],
    ['The deceased Kilumbi MP Onyango Migot Tandia was buried on Saturday.', 'MP, Kilumbi (former)'],
  ])('"%s"', (sentence, role) => {
    expect(facts(sentence, 'Tandia')).toEqual([role]);
  });

  it('a motion against a holder leaves the office held', () => {
    expect(facts('MCAs on Tuesday impeached Mbotela Governor Onyango Migot Tandia over graft claims.', 'Tandia')).toEqual(['Governor, Mbotela (current)']);
  });
});

describe('a caretaker acts in the office', () => {
  it.each([
    ['Caretaker Mbotela Governor Akinyi Soita Lwande said the county needs roads.', 'Governor, Mbotela (acting)'],
    ['Akinyi Soita Lwande, the caretaker Mbotela County Secretary, signed the letter.', 'County Secretary, Mbotela (acting)'],
  ])('"%s"', (sentence, role) => {
    expect(facts(sentence, 'Lwande')).toEqual([role]);
  });

  it('a caretaker of something no office names is no role', () => {
    expect(facts('Akinyi Soita Lwande, a caretaker at the Mbotela cemetery, spoke to mourners.', 'Lwande')).toEqual([]);
  });
});
