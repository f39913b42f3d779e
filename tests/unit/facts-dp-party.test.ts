/**
 * "DP" before a name is the Deputy President; before a party's office ("DP
 * chairman X", "DP Secretary-General X") it is the party an article defines
 * as DP ("the Democratic Party (DP)"): the office is that party's, and no one
 * becomes a "Deputy President Chairman". Each case is a short invented text
 * with its facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const personIn = (text: string, name: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
const ties = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} (${tie.relation})`);
const titles = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map((role) => `${role.title} (${role.tense ?? 'current'})`);

const opening = 'Headline\n\nDeputy President Chebet Kiplimo Rotich toured Kapenguria on Friday. Meanwhile, the Democratic Party (DP) has said it will field its own presidential candidate in 2027.';

describe('"DP" before a party office, where the article defines the party', () => {
  it.each([
    ['"DP chairman X"', 'DP chairman Mugendi Njiru Kathuri said the party was not bound by any pact.', 'Chairman'],
    ['"DP Secretary-General X"', 'DP Secretary-General Mugendi Njiru Kathuri said the delegates would meet in March.', 'Secretary-General'],
  ])('is the party\'s office: %s', (_label, sentence, office) => {
    const text = `${opening} ${sentence}`;
    expect(titles(text, 'Mugendi Njiru Kathuri')).toEqual([`${office} (current)`]);
    expect(ties(text, 'Mugendi Njiru Kathuri')).toEqual([`Democratic Party (${office})`]);
  });
});

describe('"DP" before a name', () => {
  it('is still the Deputy President: "DP X"', () => {
    expect(titles(`${opening} DP Mugendi Njiru Kathuri later opened a cattle dip.`, 'Mugendi Njiru Kathuri')).toEqual(['Deputy President (current)']);
  });

  it('is still a former Deputy President: "Former DP X"', () => {
    expect(titles(`${opening} Former DP Mugendi Njiru Kathuri was not invited.`, 'Mugendi Njiru Kathuri')).toEqual(['Deputy President (former)']);
  });
});
