/**
 * "she said" after two people, one of whom the article shows to be a man
 * only later, or only by a pronoun ("Dr X is unbothered. “…,” he said."): the
 * quote is the woman's. A pronoun that could mean someone else (a title in
 * the sentence before) or genders that disagree settle nothing. Each case is
 * a short invented text with its speaker written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack));
const saidBy = (text: string, words: string) => report(text).people.filter((one) => one.quotes.some((quote) => quote.text.startsWith(words))).map((one) => one.name);

const article = (later: string) =>
  [
    'Headline',
    'Turkana Senator Achuka Namoe Ekwala, who was elected on a UDA ticket in 2022, is not impressed. She says the new party is "a retirement plan for men who have had their turn".',
    `Dr Lotukoi Ewoton Akiru and Senator Ekwala were seen together at a peace meeting last month. "${SAID}," she said.`,
    later,
  ].join('\n\n');

describe('a pronoun after two people', () => {
  it('goes to the woman when the article shows the other to be a man only later: "Dr X is unbothered. “…,” he said."', () => {
    const text = article('Dr Akiru is unbothered. "Let them watch the herders for one more season," he said.');
    expect(saidBy(text, SAID.slice(0, 20))).toEqual(['Achuka Namoe Ekwala']);
  });

  it('settles nothing when the later pronoun could be someone else: "Dr X met the governor. “…,” he said."', () => {
    const text = article('Dr Akiru met the governor on Friday. "Let them watch the herders for one more season," he said.');
    expect(saidBy(text, SAID.slice(0, 20))).toEqual([]);
  });

  it('settles nothing when the article gives the other person both pronouns', () => {
    const text = article('Dr Akiru is unbothered. "Let them watch the herders for one more season," he said.\n\nDr Akiru left early. She did not say why.');
    expect(saidBy(text, SAID.slice(0, 20))).toEqual([]);
  });
});

describe('"she said" after a sentence about her that names only the man she beat', () => {
  it('gives the words to no one: the man named after the verb is not the pronoun of the sentence', () => {
    const text = [
      'Headline',
      'A former teacher, Ms Chebet Jerotich Kemboi first entered politics in 2013. She was later elected MCA for Kilibwoni ward.',
      'In 2022 she did not defend her seat. Instead, she was elected Speaker by 34 of the 38 MCAs, beating former Speaker Joshua Kiptoo Kiprop, who had held the post for two terms.',
      `"${SAID}," she told the Nation in an interview at her office.`,
    ].join('\n\n');
    expect(saidBy(text, SAID.slice(0, 20))).toEqual([]);
  });
});
