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

describe('a Kiswahili title of office is the office', () => {
  const offices = (text: string, name: string) => (report(text).people.find((one) => one.name === name)?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense ?? 'current'})`);
  it.each([
    ['"Gavana X"', 'Gavana Muthoka Ndeti Kimeu promised to fix the pipes within a week.', 'Muthoka Ndeti Kimeu', ['Governor (current)']],
    ['"Seneta X"', 'Seneta Kaluki Mwende Nzioka said the Senate would summon officials.', 'Kaluki Mwende Nzioka', ['Senator (current)']],
    ['"Spika X"', 'Spika Mutiso Kioko Mbaluka adjourned the sitting.', 'Mutiso Kioko Mbaluka', ['Speaker (current)']],
    ['"Mbunge wa Kibwezi X": the place after "wa"', 'Mbunge wa Kibwezi Mulwa Ndunda Kitheka addressed the protesters on Monday.', 'Mulwa Ndunda Kitheka', ['MP of Kibwezi (current)']],
    ['"Mbunge wa Kitui Central X": a place of two words', 'Mbunge wa Kitui Central Mulwa Ndunda Kitheka addressed the protesters.', 'Mulwa Ndunda Kitheka', ['MP of Kitui Central (current)']],
    ['"Seneta wa Kitui X"', 'Seneta wa Kitui Kaluki Mwende Nzioka said the Senate would summon officials.', 'Kaluki Mwende Nzioka', ['Senator of Kitui (current)']],
    ['"Mheshimiwa X": a courtesy word only', 'Mheshimiwa Kyalo Ngui Musyoka also spoke at the meeting.', 'Kyalo Ngui Musyoka', []],
  ])('%s', (_label, sentence, name, roles) => {
    expect(offices(`Headline\n\n${sentence}`, name)).toEqual(roles);
  });

  it.each([
    ['a place whose words could be a name\'s: "Mbunge wa Kitutu Chache Kusini X Y"', 'Mbunge wa Kitutu Chache Kusini Mulwa Ndunda addressed the protesters.'],
    ['one word left for the name: "Mbunge wa Kibwezi X"', 'Mbunge wa Kibwezi Mulwa addressed the protesters.'],
  ])('no one is made of a place when the split is not certain: %s', (_label, sentence) => {
    expect(report(`Headline\n\n${sentence}`).people.flatMap((one) => one.roles)).toEqual([]);
  });

  it.each([
    ['"aliyekuwa Mbunge wa Kibwezi X" ("who was")', 'Hafla hiyo ilihudhuriwa na aliyekuwa Mbunge wa Kibwezi Mulwa Ndunda Kitheka.', 'Mulwa Ndunda Kitheka', ['MP of Kibwezi (former)']],
    ['"Aliyekuwa Seneta X" opening the sentence', 'Aliyekuwa Seneta Kaluki Mwende Nzioka alihutubia mkutano.', 'Kaluki Mwende Nzioka', ['Senator (former)']],
    ['"Aliyekuwa Gavana wa Kitui X"', 'Aliyekuwa Gavana wa Kitui Muthoka Ndeti Kimeu alifungua hospitali.', 'Muthoka Ndeti Kimeu', ['Governor of Kitui (former)']],
    ['"Marehemu Seneta X" ("the late")', 'Marehemu Seneta Kaluki Mwende Nzioka alizikwa jana.', 'Kaluki Mwende Nzioka', ['Senator (former)']],
  ])('a Kiswahili word that dates the title makes it former, and is no part of the name: %s', (_label, sentence, name, roles) => {
    expect(offices(`Headline\n\n${sentence}`, name)).toEqual(roles);
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
