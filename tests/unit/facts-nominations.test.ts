/**
 * A party's nomination sought, as news English tells it: "X won the ODM
 * nomination", "X, who left office in 2022 after losing the UDA nomination",
 * "X had lost the ODM nomination for Senator" are candidacies of that party
 * (lost: over), as its ticket is; a nomination for a post inside the party is
 * not, nor is one someone else between won. "X, a one-time Logologo MCA
 * fronted by Jubilee," is the party's candidate, and still a one-time MCA.
 * Short invented texts, the ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const tiesOf = (sentence: string, name: string) => {
  const text = `Headline\n\nThe Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) held nominations in Kisumu. ${sentence}`;
  const person = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.parties ?? []).map((tie) => `${tie.party} (${tie.relation}${tie.tense && tie.tense !== 'current' ? `, ${tie.tense}` : ''})`).sort();
};

describe('a party\'s nomination', () => {
  it.each([
    ['Nyando MP Achieng Akinyi Auma won the ODM nomination last week.', 'Orange Democratic Movement (candidate)'],
    ['Nyando MP Achieng Akinyi Auma clinched the ODM nomination for the Kisumu seat.', 'Orange Democratic Movement (candidate)'],
    ['Ex-Belgut MP Achieng Akinyi Auma, who left office in 2022 after losing the UDA nomination, said he would wait.', 'United Democratic Alliance (candidate, former)'],
    ['Kisumu MCA Achieng Akinyi Auma had lost the ODM nomination for Kisumu Senator in 2022.', 'Orange Democratic Movement (candidate, former)'],
    // (A ticket refused, the nominations or primaries lost: the same bid, over.)
    ['Achieng Akinyi Auma, who was denied the ODM ticket, will run as an independent.', 'Orange Democratic Movement (candidate, former)'],
    ['Achieng Akinyi Auma lost the UDA ticket to a newcomer.', 'United Democratic Alliance (candidate, former)'],
    ['Achieng Akinyi Auma, who lost the ODM nominations, will run as an independent.', 'Orange Democratic Movement (candidate, former)'],
    ['Achieng Akinyi Auma lost the ODM primaries to a newcomer.', 'Orange Democratic Movement (candidate, former)'],
    ['Achieng Akinyi Auma, whom UDA denied the ticket, will run as an independent.', 'United Democratic Alliance (candidate, former)'],
    ['ODM had denied Ms Achieng Akinyi Auma the nomination.', 'Orange Democratic Movement (candidate, former)'],
  ])('"%s"', (sentence, tie) => {
    expect(tiesOf(sentence, 'Achieng Akinyi Auma')).toEqual([tie]);
  });

  it('is no candidacy for a post inside the party', () => {
    expect(tiesOf('Nyando MP Achieng Akinyi Auma won the ODM nomination for party chairman.', 'Achieng Akinyi Auma')).toEqual([]);
  });

  it('is no candidacy where "denied" refutes a report, or the ticket is another\'s', () => {
    expect(tiesOf('Achieng Akinyi Auma denied the ODM ticket claims.', 'Achieng Akinyi Auma')).toEqual([]);
    expect(tiesOf('Achieng Akinyi Auma, whom UDA denied the ticket claims, spoke.', 'Achieng Akinyi Auma')).toEqual([]);
    expect(tiesOf('Achieng Akinyi Auma said ODM was denied the ticket.', 'Achieng Akinyi Auma')).toEqual([]);
    expect(tiesOf('Achieng Akinyi Auma lost the ODM nominations for party chairman.', 'Achieng Akinyi Auma')).toEqual([]);
  });

  it('is not the candidacy of one named before another who won it', () => {
    expect(tiesOf('Nyando MP Achieng Akinyi Auma said Seme MP Okoth Odero Ojwang won the ODM nomination.', 'Achieng Akinyi Auma')).toEqual([]);
  });
});

describe('fronted by a party', () => {
  it.each([
    ['Sharamo Galgalo Huka, a one-time Logologo MCA fronted by ODM, said he would not go to court.'],
    ['Sharamo Galgalo Huka, who was fronted by the ODM, conceded.'],
    ['Sharamo Galgalo Huka was fronted by ODM in the by-election.'],
  ])('"%s" is its candidate', (sentence) => {
    expect(tiesOf(sentence, 'Sharamo Galgalo Huka')).toEqual(['Orange Democratic Movement (candidate)']);
  });

  it.each([
    ['ODM has fronted businessman Sharamo Galgalo Huka, a one-time Logologo MCA, for the seat.'],
    ['The ODM, led by former Marsabit Senator Adan Dida Roba, has fronted Sharamo Galgalo Huka for the seat.'],
    ['The Orange Democratic Movement (ODM), led by former Marsabit Senator Adan Dida Roba, has fronted Sharamo Galgalo Huka for the seat.'],
    ['ODM has handed its Laisamis ticket to Mr Sharamo Galgalo Huka, a retired teacher.'],
    ["ODM's nominee for the Laisamis seat is Sharamo Galgalo Huka, a former MCA."],
    ['The ODM candidate for the Laisamis seat is Mr Sharamo Galgalo Huka.'],
    ['Sharamo Galgalo Huka won the ODM primary in Laisamis.'],
  ])('"%s": the party\'s candidate, in more of the press\'s wordings', (sentence) => {
    expect(tiesOf(sentence, 'Sharamo Galgalo Huka')).toEqual(['Orange Democratic Movement (candidate)']);
  });

  it('gives no candidacy to the leader in the aside, to one another names, or for a post or a school', () => {
    expect(tiesOf('The ODM, led by former Marsabit Senator Adan Dida Roba, has fronted Sharamo Galgalo Huka for the seat.', 'Adan Dida Roba')).not.toContain('Orange Democratic Movement (candidate)');
    expect(tiesOf('Adan Dida Roba said UDA\'s candidate for the seat is Sharamo Galgalo Huka.', 'Sharamo Galgalo Huka')).toEqual([]);
    expect(tiesOf("ODM's candidate for party chairman is Sharamo Galgalo Huka.", 'Sharamo Galgalo Huka')).toEqual([]);
    expect(tiesOf('ODM has handed its chairmanship to Sharamo Galgalo Huka.', 'Sharamo Galgalo Huka')).toEqual([]);
    expect(tiesOf('Sharamo Galgalo Huka, a teacher at the ODM primary school, spoke.', 'Sharamo Galgalo Huka')).toEqual([]);
  });

  it('keeps the title of the apposition the participle ends', () => {
    const text = 'Headline\n\nThe Orange Democratic Movement (ODM) met. Sharamo Galgalo Huka, a one-time Logologo MCA fronted by ODM, said he would not go to court.';
    const person = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith('Sharamo Galgalo Huka'));
    expect(person?.roles.map((role) => `${role.title}, ${role.organisation} (${role.tense})`)).toEqual(['MCA, Logologo (former)']);
  });
});

describe('a candidate a party fielded, or its ticket went to', () => {
  it.each([
    ['UDA has fielded Sharamo Galgalo Huka, a former nominated MCA, in the by-election.', 'United Democratic Alliance (candidate)'],
    ['ODM fielded businessman Sharamo Galgalo Huka for the Laisamis seat.', 'Orange Democratic Movement (candidate)'],
    ['The ODM ticket went to Sharamo Galgalo Huka, a businessman, after a consensus deal.', 'Orange Democratic Movement (candidate)'],
    ['The UDA parliamentary ticket for the Laisamis by-election went to Sharamo Galgalo Huka, a former MCA.', 'United Democratic Alliance (candidate)'],
  ])('"%s"', (sentence, tie) => {
    expect(tiesOf(sentence, 'Sharamo Galgalo Huka')).toEqual([tie]);
  });

  it.each([
    ['UDA has not fielded a candidate against Sharamo Galgalo Huka, the party said.'],
    ['Adan Dida Roba said the ODM ticket went to Sharamo Galgalo Huka.'],
    ["The ODM ticket went to Adan Dida Roba's cousin, Sharamo Galgalo Huka."],
  ])('gives no candidacy: "%s"', (sentence) => {
    expect(tiesOf(sentence, 'Sharamo Galgalo Huka')).toEqual([]);
  });
});

describe('"will fly the flag of P"', () => {
  it.each([
    ['Former Kisumu MP Sharamo Galgalo Huka will fly the flag of the United Democratic Alliance (UDA), which he joined in April after quitting ODM, in the race for Kisumu Governor.', ['Orange Democratic Movement (left)', 'United Democratic Alliance (candidate)', 'United Democratic Alliance (joined)']],
    ['Sharamo Galgalo Huka will fly the flag of ODM in the race for Kisumu Governor.', ['Orange Democratic Movement (candidate)']],
  ])('"%s"', (sentence, ties) => {
    expect(tiesOf(sentence, 'Sharamo Galgalo Huka')).toEqual(ties);
  });

  it.each([
    ['Sharamo Galgalo Huka said he admired the flag of ODM.'],
    ['Governor Adan Dida Roba said Sharamo Galgalo Huka had praised UDA, which she joined in 2019.'],
  ])('gives no candidacy or move: "%s"', (sentence) => {
    expect(tiesOf(sentence, 'Sharamo Galgalo Huka')).toEqual([]);
  });
});
