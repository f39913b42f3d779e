/**
 * The verbs of a move between parties, as news English varies them: "jumped
 * ship to P", "shifted allegiance to P", "migrated to P" (joined); "abandoned
 * P", "walked away from P", "jumped ship from P to Q", "bolted from P" (left);
 * and the party left written after the one joined: "crossed over to P from Q",
 * "defected to P from Q". Near-misses: the verbs said of others, or of a place.
 * Short invented texts, ties by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { allTies } = factReaders(pack);
const PARTIES = 'The Orange Democratic Movement (ODM), the United Democratic Alliance (UDA) and the Amani National Congress (ANC) met on Monday.';
const moves = (sentence: string) => allTies(`Headline\n\n${PARTIES} ${sentence}`, 'Wechuli').sort();

describe('a move between parties, by its verb', () => {
  it.each([
    ['Nyaboke Lumiti Wechuli jumped ship to ANC in January.', ['ANC joined']],
    ['Nyaboke Lumiti Wechuli shifted allegiance to ANC in January.', ['ANC joined']],
    ['Nyaboke Lumiti Wechuli migrated to UDA after the 2022 polls.', ['UDA joined']],
    ['Nyaboke Lumiti Wechuli abandoned ODM last year.', ['ODM left']],
    ['Nyaboke Lumiti Wechuli walked away from ANC in March.', ['ANC left']],
    ['Nyaboke Lumiti Wechuli jumped ship from ANC to UDA.', ['ANC left', 'UDA joined']],
    ['Nyaboke Lumiti Wechuli bolted from ANC and joined UDA.', ['ANC left', 'UDA joined']],
    ['Kilumbi MCA Nyaboke Lumiti Wechuli crossed over to UDA from ODM.', ['ODM left', 'UDA joined']],
    ['Nyaboke Lumiti Wechuli defected to ANC from ODM on Monday.', ['ANC joined', 'ODM left']],
  ])('"%s"', (sentence, ties) => {
    expect(moves(sentence)).toEqual(ties);
  });

  it('the verbs said of others, or of a place, give the person no move', () => {
    expect(moves('Nyaboke Lumiti Wechuli urged voters to abandon ODM.')).toEqual([]);
    expect(moves('Nyaboke Lumiti Wechuli said UDA members had jumped ship to ODM.')).toEqual([]);
    expect(moves('Nyaboke Lumiti Wechuli welcomed MCAs who crossed over to UDA from ODM.')).toEqual([]);
    expect(moves('Nyaboke Lumiti Wechuli joined UDA from Nairobi, where she lived.')).toEqual(['UDA joined']);
  });
});

describe('a party left told with "having"', () => {
  it.each([
    ['Mr Wafula Simiyu Wechuli returned to Parliament in 1992 on an ANC ticket, having quit ODM a year earlier.', ['ANC candidate', 'ODM left']],
    ['Wafula Simiyu Wechuli, who joined UDA in 2022, having left ODM a year earlier, spoke.', ['ODM left', 'UDA joined']],
  ])('"%s"', (sentence, ties) => {
    expect(moves(sentence)).toEqual(ties);
  });

  it('reads no move denied: "having never quit ODM"', () => {
    expect(moves('Mr Wafula Simiyu Wechuli returned to Parliament in 1992 on an ANC ticket, having never quit ODM.')).toEqual(['ANC candidate']);
  });
});
