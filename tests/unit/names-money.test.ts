/**
 * A sum of money is no one's name: "When an audit report says Sh300 million
 * cannot be accounted for" had made a person "Sh300" (after a verb of speech,
 * where a name is looked for). Shillings in the ways Kenyan copy writes them
 * ("Sh2 billion", "Ksh700 million", "KSh1.2 billion", "Kshs450,000"); the
 * people around them keep theirs. Short invented texts; people written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const names = (text: string) => summarise(analyseCorpus([seed('x.txt', ['Audit queries pile up', text].join('\n\n'))], pack)).people.map((one) => one.name).sort();

describe('sums of money', () => {
  it.each([
    ['When an audit report says Sh300 million cannot be accounted for, the Senate has a duty to ask.', []],
    ['Governor Achieng Auma Odera said Sh2 billion had been set aside for roads.', ['Achieng Auma Odera']],
    ['The treasury said Ksh700 million more would come in June, Senator Wafula Kisiangani Barasa said.', ['Wafula Kisiangani Barasa']],
    ['The CEC told MCAs KSh1.2 billion went to roads.', []],
    ['The report says Kshs450,000 was paid to a ghost firm.', []],
  ])('makes no person of the money in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps a name after a verb of speech', () => {
    expect(names('The report says Shem Kiprono Sang approved the payment.')).toEqual(['Shem Kiprono Sang']);
  });
});
