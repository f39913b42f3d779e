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
