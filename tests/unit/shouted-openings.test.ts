/**
 * A story's first words set in capitals, as newspapers print a lead:
 * "KAKAMEGA Senator X", "DEPUTY President X", "FORMER Kisumu Governor X".
 * Read as acronyms, they had given the roles "Senator, KAKAMEGA" and "DEPUTY
 * President". Invented people; the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', ['Headline', text].join('\n\n'))], pack));
const roles = (text: string) => report(text).people.map((one) => [one.name, one.roles.map((role) => [role.title, role.organisation, role.tense].filter(Boolean).join(', '))]);

describe('a lead whose first words are in capitals', () => {
  it.each([
    ['KAKAMEGA Senator Wekesa Nyongesa Barasa has accused the county of neglecting roads.', 'Wekesa Nyongesa Barasa', 'Senator, Kakamega, current'],
    ['DEPUTY President Kiprop Rono Kibet will tour the region next week.', 'Kiprop Rono Kibet', 'Deputy President, current'],
    ['FORMER Kisumu Governor Atieno Akoth Odera yesterday said the county had lost its way.', 'Atieno Akoth Odera', 'Governor, Kisumu, former'],
  ])('%s', (text, name, role) => {
    expect(roles(text)).toEqual([[name, [role]]]);
  });

  it("keeps a party's acronym that opens the sentence", () => {
    const found = report('The Orange Democratic Movement (ODM) met on Monday.\n\nODM leader Otieno Ouma Okello has called for calm.');
    expect(found.people.flatMap((one) => one.parties.map((tie) => [one.name, tie.party, tie.relation]))).toEqual([['Otieno Ouma Okello', 'Orange Democratic Movement', 'leader']]);
  });
});

describe("a name of the article written in capitals elsewhere", () => {
  const senator = 'Nairobi Senator Wekesa Barasa Mulongo said the demolitions in Gikomba were illegal.';
  const quotesOf = (text: string) => report(text).people.map((one) => [one.name, one.quotes.map((quote) => quote.text.replace(/\.$/, ''))]);

  it.each([
    `“These are the people who feed this city, and they deserve respect,” MULONGO said.`,
    `SENATOR MULONGO added: “These are the people who feed this city, and they deserve respect.”`,
    `WEKESA BARASA MULONGO, who chairs the committee, said: “These are the people who feed this city, and they deserve respect.”`,
  ])('is the same person in "%s"', (paragraph) => {
    expect(quotesOf(`${senator}\n\n${paragraph}`)).toEqual([['Wekesa Barasa Mulongo', ['These are the people who feed this city, and they deserve respect']]]);
  });

  it.each([
    'Traders carried placards reading STOP THE HIKES and MULONGO MUST GO through the town.',
    'BREAKING NEWS: Traders march in Gikomba.',
    'Traders under the KENYA KWANZA DIGITAL banner marched on Monday.',
  ])('makes no one of a slogan or a heading in "%s"', (paragraph) => {
    expect(report(`${senator}\n\n${paragraph}`).people.map((one) => one.name)).toEqual(['Wekesa Barasa Mulongo']);
  });
});
