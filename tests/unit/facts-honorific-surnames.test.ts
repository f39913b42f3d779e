/**
 * A surname that is also a courtesy word ("Sheikh", "Bishop", "Major"): after
 * an honorific it is the name. "Ms Sheikh … “…,” she said." read as two
 * honorifics and no one, and the quote went to the man quoted the paragraph
 * before. Short invented texts, the speakers written by hand.
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

describe('a surname that is also a courtesy word', () => {
  it.each([
    ['Ms', 'Sheikh', 'Zainabu Abdi Sheikh', 'she'],
    ['Mr', 'Bishop', 'Otieno Ouma Bishop', 'he'],
  ])('"%s %s" is the person of that surname', (honorific, surname, name, pronoun) => {
    const text = [
      'Headline',
      `The party named its new officials on Wednesday: Dr Kipkorir Arap Ruto Langat as party leader and ${honorific} ${name} as his deputy.`,
      '"This party belongs to the youth," Dr Langat said in his acceptance speech.',
      `${honorific} ${surname}, the new deputy party leader, said the party would field candidates in all seats. "${SAID}," ${pronoun} said.`,
    ].join('\n\n');
    expect(saidBy(text, SAID.slice(0, 20))).toEqual([name]);
  });
});

describe('Kiswahili courtesy words and titles before a surname', () => {
  const people = (text: string) => report(text).people.map((one) => one.name);
  it.each([
    ['Bi', 'Awino Akoth Ombogo', 'she'],
    ['Bw', 'Otieno Wafula Barasa', 'he'],
    ['Mheshimiwa', 'Awino Akoth Ombogo', 'she'],
    ['Mbunge', 'Otieno Wafula Barasa', 'he'],
    ['Seneta', 'Otieno Wafula Barasa', 'he'],
    ['Gavana', 'Otieno Wafula Barasa', 'he'],
  ])('"%s" before the surname of %s makes no second person, and the quote is theirs', (word, name, pronoun) => {
    const surname = name.split(' ').pop() as string;
    const text = [
      'Headline',
      `The Tumaini Bora Party on Monday named ${name} as its candidate in the Kisumu by-election.`,
      `"We are going to win this seat," ${surname} said.`,
      `${word} ${surname} also told the rally that the campaign would be peaceful. "${SAID}," ${pronoun} said.`,
    ].join('\n\n');
    expect(people(text)).toEqual([name]);
    expect(saidBy(text, SAID.slice(0, 20))).toEqual([name]);
  });
});

describe('a Kiswahili title with its place', () => {
  it('"Mbunge wa Mvita, X," makes no person "wa Mvita"', () => {
    const text = `Headline\n\nMbunge wa Mvita, Mohamed Abdi Mwinyi, who sponsored the Bill, said the port belonged to the Coast. "${SAID}," Bw Mwinyi said.`;
    expect(report(text).people.map((one) => one.name)).toEqual(['Mohamed Abdi Mwinyi']);
  });
});

describe('clerics and officers named by their courtesy title', () => {
  const people = (text: string) => report(text).people.map((one) => one.name).sort();
  it.each([
    ['a faith and a courtesy title before a name', 'Also present was the Catholic Bishop of Garissa, Rt Rev Odhiambo Wafula Barasa, who led the mass.', ['Odhiambo Wafula Barasa']],
    ['a faith and a courtesy title with no name', 'The Anglican Archbishop also spoke, and the Catholic Bishop sent a message.', []],
    ['a faith, a courtesy title and a name in one run', 'Catholic Bishop Odhiambo Wafula Barasa led the mass.', ['Odhiambo Wafula Barasa']],
    ['"Rtd" before a courtesy title', 'The late MP\'s brother, Rtd Bishop Odhiambo Wafula Barasa, will lead the service.', ['Odhiambo Wafula Barasa']],
    ['a rank written as one hyphenated word', 'Her husband, retired Major-General Otieno Wafula Barasa, is a former commander. Lt-Gen Awino Akoth Ombogo attended.', ['Awino Akoth Ombogo', 'Otieno Wafula Barasa']],
  ])('%s: the person is named without it', (_label, sentence, names) => {
    expect(people(`Headline\n\n${sentence}`)).toEqual(names);
  });

  it('keeps a courtesy word that is a surname too after a given name: "Zainabu Sheikh", "Otieno Bishop Ouma"', () => {
    expect(people('Headline\n\nZainabu Sheikh spoke, and Otieno Bishop Ouma said the church was ready.')).toEqual(['Otieno Bishop Ouma', 'Zainabu Sheikh']);
  });
});

describe('a surname that is also a courtesy word, after a title and a name', () => {
  const person = (text: string, name: string) => report(text).people.find((one) => one.name === name);

  it.each([
    ['Governor Ahmed Noor Sheikh, who is serving his second term, has endorsed his deputy.', 'Ahmed Noor Sheikh', 'Governor'],
    ['Nominated MP Halima Abdi Sheikh, who sits on the committee, broke ranks.', 'Halima Abdi Sheikh', 'MP'],
  ])('"%s" is the person of that surname, the title theirs', (sentence, name, title) => {
    expect(person(`Headline\n\n${sentence}`, name)?.roles.map((role) => role.title)).toEqual([title]);
  });

  it('keeps a courtesy title before a name a title: "Sheikh Abdallah Khamis Mwinyi led the prayers."', () => {
    expect(report('Headline\n\nSheikh Abdallah Khamis Mwinyi led the prayers.').people.map((one) => one.name)).toEqual(['Abdallah Khamis Mwinyi']);
  });
});

describe('a courtesy word that a title word makes a title', () => {
  const people = (text: string) => report(`Headline\n\n${text}`).people.map((one) => [one.name, one.roles.map((role) => role.title)]);
  it.each([
    ['First Lady Wanjiru Nduta Chelimo opened the school.', 'Wanjiru Nduta Chelimo', 'First Lady'],
    ['Second Lady Amina Hassan Noor attended the prayers.', 'Amina Hassan Noor', 'Second Lady'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, [title]]]);
  });

  it('leaves "Lady Justice" a judge\'s courtesy title', () => {
    expect(people('Lady Justice Wairimu Njeri Kamande dismissed the petition.')).toEqual([['Wairimu Njeri Kamande', []]]);
  });
});
