/**
 * A column's imperative opening a sentence is no part of the name after it:
 * "Take Oloo Okech Ragot. The former Alego Usonga MP is back in ODM." had made
 * a person "Take Oloo Okech Ragot" (facts-dev fd116), "Consider X, the Kanduyi
 * MP," and "Remember X?" the same. Names that merely follow such a word inside
 * a sentence, and a name opening one, keep theirs. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const names = (text: string) => summarise(analyseCorpus([seed('x.txt', ['Party hopping season', text].join('\n\n'))], pack)).people.map((one) => one.name).sort();

describe("a column's imperative before a name", () => {
  it.each([
    ['Take Oloo Okech Ragot. The former Alego Usonga MP is back in ODM.', ['Oloo Okech Ragot']],
    ['Consider Wafula Barasa Simiyu, the Kanduyi MP, who has changed parties three times.', ['Wafula Barasa Simiyu']],
    ['Remember Kiprono Langat Bett? The former MP now farms in Bomet.', ['Kiprono Langat Bett']],
  ])('is no part of the name: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps a name that opens the sentence', () => {
    expect(names('Wafula Barasa Simiyu, the Kanduyi MP, will take Oloo Okech Ragot to the party office.')).toEqual(['Oloo Okech Ragot', 'Wafula Barasa Simiyu']);
  });
});
