/**
 * A party glued by a hyphen to a word of how the holder stands with it, in an
 * apposition: "a UDA-sponsored MCA", "the UDA-backed Kilumbi governor hopeful"
 * (the party's candidate); "a Wiper-backed senator" (an ally); "a Jubilee-friendly
 * MCA", "an ODM-inclined MP" (a sympathy the writer sees: no tie). Before, the
 * glued party was read as "a Jubilee MCA" (a member) and as part of the office's
 * place ("Governor, UDA-backed Kilumbi"). Short invented texts, facts by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);
const PARTIES = 'The Wiper Democratic Movement (Wiper), Jubilee Party (Jubilee) and the United Democratic Alliance (UDA) met on Monday.';

describe('a party glued to how the holder stands with it', () => {
  it.each([
    ['Kahindi Lumasi Barongo, a UDA-sponsored MCA, spoke.', ['MCA (current)', 'party United Democratic Alliance (candidate)']],
    ['Kahindi Lumasi Barongo, the UDA-backed Kilumbi governor hopeful, spoke.', ['Governor, Kilumbi (aspiring)', 'party United Democratic Alliance (candidate)']],
    ['Kahindi Lumasi Barongo, a Wiper-backed senator, spoke.', ['Senator (current)', 'party Wiper Democratic Movement (ally)']],
    ['Kahindi Lumasi Barongo, a Jubilee-friendly MCA, spoke.', ['MCA (current)']],
    ['Kahindi Lumasi Barongo, a UDA-inclined MP, spoke.', ['MP (current)']],
  ])('"%s"', (sentence, expected) => {
    expect(facts(`${PARTIES} ${sentence}`, 'Barongo')).toEqual(expected);
  });
});

describe('a party glued before the name of one who ran: "P-backed X won the seat"', () => {
  it.each([
    ['Wiper-backed Kahindi Lumasi Barongo won the seat by a wide margin.', ['party Wiper Democratic Movement (candidate)']],
    ['The UDA-backed Kahindi Lumasi Barongo beat three rivals in the by-election.', ['party United Democratic Alliance (candidate)']],
    ['UDA-sponsored Kahindi Lumasi Barongo addressed the rally.', ['party United Democratic Alliance (candidate)']],
    ['Jubilee-backed Kahindi Lumasi Barongo addressed the rally.', []],
  ])('"%s"', (sentence, expected) => {
    expect(facts(`${PARTIES} ${sentence}`, 'Barongo')).toEqual(expected);
  });
});
