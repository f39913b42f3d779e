/**
 * The resolve stage: short forms join full names within an article, people
 * and parties join across articles, and what cannot be told stays apart.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise, type ExtractReport } from '../../src/pipeline/summary';
import { fixtureSeed, seed } from './helpers';

const pack = await loadPack();

function resolve(...articles: [string, string][]): ExtractReport {
  return summarise(analyseCorpus(articles.map(([name, text]) => seed(name, text)), pack));
}

const fixtures = summarise(
  analyseCorpus(['a-coalition-talks.txt', 'b-brothers.txt', 'c-title-only.txt'].map((name) => fixtureSeed('corpus', name)), pack),
);
const person = (report: ExtractReport, name: string) => report.people.find((one) => one.name === name);

describe('within an article', () => {
  it('joins "Mr Simiyu", "Simiyu" and a middle name to the full name', () => {
    expect(person(fixtures, 'Wanjala Barasa Simiyu')?.aliases).toEqual(['Barasa', 'Simiyu']);
  });

  it('gives a shared surname to the brother the article is about, never to both', () => {
    expect(person(fixtures, 'Daniel Wafula Mukhwana')?.aliases).toEqual(['Daniel', 'Mukhwana']);
    expect(person(fixtures, 'Joseph Wafula Mukhwana')?.aliases).toEqual(['Joseph']);
  });

  it('gives a bare surname to the only one of two namesakes introduced before it', () => {
    const report = resolve([
      'x.txt',
      'Senator Achieng Okumu opened the session. Okumu said the House would sit late.\nLater her cousin, Kisumu MCA Peter Okumu, walked in.',
    ]);
    expect(person(report, 'Achieng Okumu')?.aliases).toEqual(['Okumu']);
    expect(person(report, 'Peter Okumu')?.aliases).toEqual([]);
  });

  it('leaves a bare surname unresolved when two namesakes are equally likely', () => {
    const report = resolve(['x.txt', 'The hearing was adjourned.\nMPs Achieng Okumu and Peter Okumu arrived together. Okumu said nothing.']);
    expect(report.people.map((one) => [one.name, one.aliases])).toEqual([
      ['Achieng Okumu', []],
      ['Peter Okumu', []],
    ]);
  });

  it('finds each name in a compound like "the Kalume-Obare talks"', () => {
    const report = resolve(['x.txt', 'Senator Kalume Mwendwa met MP Obare Odera.\nThe Kalume-Obare talks ended late.']);
    expect(report.people.map((one) => [one.name, one.mentions])).toEqual([
      ['Kalume Mwendwa', 2],
      ['Obare Odera', 2],
    ]);
  });
});

describe('across articles', () => {
  it('makes the same full name in two articles one person', () => {
    expect(person(fixtures, 'Jane Mwende Kilonzi')?.articles).toEqual(['a-coalition-talks.txt', 'c-title-only.txt']);
  });

  it('links a title-only mention to the one person with that surname and a compatible title', () => {
    expect(person(fixtures, 'Jane Mwende Kilonzi')?.roles.map((role) => role.title)).toContain('Senator');
    expect(fixtures.people.map((one) => one.name)).not.toContain('Kilonzi');
  });

  it('keeps a title-only mention with no full name anywhere apart, for review', () => {
    expect(person(fixtures, 'Otieno')?.articles).toEqual(['b-brothers.txt']);
    expect(fixtures.review.map((item) => item.message)).toContain('“Otieno” in b-brothers.txt is named without a full name anywhere in the corpus');
  });

  it('does not link a Ms short form to a man of that surname', () => {
    const report = resolve(['a.txt', 'Mr Kiprono Bett spoke.'], ['b.txt', 'Ms Bett disagreed with the plan.']);
    expect(report.people.map((one) => one.name)).toEqual(['Bett', 'Kiprono Bett']);
  });
});

describe('parties', () => {
  it('joins a full name, its acronym, a short form and a one-letter misspelling', () => {
    const party = fixtures.parties.find((one) => one.name === 'Umoja Progressive Alliance');
    expect(party).toMatchObject({ acronym: 'UPA', aliases: ['Umoja', 'Umoja Progresive Alliance'], articles: ['a-coalition-talks.txt', 'b-brothers.txt'] });
  });

  it('keeps two parties that share a generic first word apart', () => {
    const report = resolve(['x.txt', 'The National Unity Party and the National Reform Alliance met. Later the National party left.']);
    expect(report.parties.map((one) => one.name)).toEqual(['National Reform Alliance', 'National Unity Party']);
  });

  it('ties a person to the party of their title', () => {
    expect(person(fixtures, 'Daniel Wafula Mukhwana')?.parties).toEqual([
      expect.objectContaining({ party: 'Democratic Renewal Party', relation: 'Chairman' }),
    ]);
  });
});

describe('what is not a person', () => {
  it('drops a capitalised phrase of common words that nothing marks as a person', () => {
    const report = resolve(['x.txt', 'The Finance Bill was passed after Economic Planning officials left.']);
    expect(report.people).toEqual([]);
  });

  it('keeps an unfamiliar two-word name even without a title', () => {
    const report = resolve(['x.txt', 'Others present were Omollo Atieno and Chebet Kiprop.']);
    expect(report.people.map((one) => one.name)).toEqual(['Chebet Kiprop', 'Omollo Atieno']);
  });
});

describe('quotes', () => {
  it('gives a quote to the resolved person, with its sentence', () => {
    expect(person(fixtures, 'Wanjala Barasa Simiyu')?.quotes[0]).toEqual({
      text: 'We are not going to sign anything we have not read line by line',
      evidence: { source: 'a-coalition-talks.txt', sentence: '“We are not going to sign anything we have not read line by line,” Mr Simiyu said.' },
    });
  });

  it('gives no quote to an unnamed source', () => {
    const all = fixtures.people.flatMap((one) => one.quotes.map((quote) => quote.text));
    expect(all).not.toContain('We will ask our members to be patient');
  });
});

describe('review of the resolved people', () => {
  const report = resolve(
    ['a.txt', 'Nyeri Senator Amani Kiprop Odera opened the session on roads.\nMr Odera said the county would pay.'],
    ['b.txt', 'Former Turkana Governor Amani Odero spoke in Lodwar.\nMr Odero said water comes first.'],
    ['c.txt', 'Kitui MP Zawadi Mutua Kalii toured a dam.\nHer rival, Embu MCA Halima Ruto, stayed away.'],
  );
  const duplicates = report.review.filter((item) => item.kind === 'possible-duplicate').map((item) => item.message);

  it('flags two people with one first name and surnames a letter apart, and no one else', () => {
    expect(duplicates).toEqual(['“Amani Kiprop Odera” and “Amani Odero” may be the same person; if so, merge them in the editorial file, else keep them apart']);
  });
});
