/**
 * Where a title is held, as newsrooms write it beside the title: a ward's
 * "ward rep" is its MCA ("Matisi ward rep X", "The Saboti ward rep, X,"); a
 * place in the possessive before a title is its place ("served as Meru's
 * Deputy Governor", "was Tharaka Nithi's Senator"); a ministry after "for
 * the" is the office's ("Principal Secretary for the National Treasury X").
 * And a word that names no office: a coalition's "principal" (one of the party
 * leaders it joins) is no title. Near misses keep what they read: "the ward
 * rep for Kinyoro", "Embu's Woman Representative", "Principal Secretary for
 * Mining X", "Principal Secretary X". Short invented texts, roles by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const offices = (sentence: string, name: string) => {
  const person = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${sentence}`)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense ?? 'current'})`);
};

describe("a ward's rep", () => {
  it.each([
    ['Among those who crossed over were Matisi ward rep Moses Khisa Wandabwa and two others.', ['MCA of Matisi (current)']],
    ['Sirende ward representative Moses Khisa Wandabwa said the party had ignored them.', ['MCA of Sirende (current)']],
    ['The Saboti ward rep, Moses Khisa Wandabwa, welcomed the move.', ['MCA of Saboti (current)']],
    ['Former Kinyoro ward rep Moses Khisa Wandabwa joined the race.', ['MCA of Kinyoro (former)']],
  ])('is its MCA: %s', (sentence, expected) => {
    expect(offices(sentence, 'Moses Khisa Wandabwa')).toEqual(expected);
  });

  it.each([
    ['Mr Moses Khisa Wandabwa, the ward rep for Kinyoro, did not attend.', ['MCA of Kinyoro (current)']],
    ['Kiminini MCA Moses Khisa Wandabwa welcomed the move.', ['MCA of Kiminini (current)']],
  ])('keeps the reading: %s', (sentence, expected) => {
    expect(offices(sentence, 'Moses Khisa Wandabwa')).toEqual(expected);
  });
});

describe('a place in the possessive before the title', () => {
  it.each([
    ['Dr Nkirote Mukami Baariu served as Meru\'s Deputy Governor between 2017 and 2022.', ['Deputy Governor of Meru (former)']],
    ['Dr Nkirote Mukami Baariu was Tharaka Nithi\'s Senator from 2013 to 2017.', ['Senator of Tharaka Nithi (former)']],
    ['Dr Nkirote Mukami Baariu had served as Embu\'s Woman Representative between 2013 and 2017.', ['Woman Representative of Embu (former)']],
  ])('is its place: %s', (sentence, expected) => {
    expect(offices(sentence, 'Nkirote Mukami Baariu')).toEqual(expected);
  });

  it('keeps an apposition\'s: "X, Embu\'s Woman Representative,"', () => {
    expect(offices('Mrs Nkirote Mukami Baariu, Embu\'s Woman Representative, attended the meeting.', 'Nkirote Mukami Baariu')).toEqual(['Woman Representative of Embu (current)']);
  });
});

describe('a ministry after "for the"', () => {
  it.each([
    ['Principal Secretary for the National Treasury Halima Ibado Sirat defended the numbers.', ['Principal Secretary of National Treasury (current)']],
    ['Principal Secretary for the Blue Economy Halima Ibado Sirat spoke.', ['Principal Secretary of Blue Economy (current)']],
  ])('is the office\'s: %s', (sentence, expected) => {
    expect(offices(sentence, 'Halima Ibado Sirat')).toEqual(expected);
  });

  it.each([
    ['Principal Secretary for Mining Halima Ibado Sirat also appeared.', ['Principal Secretary of Mining (current)']],
    ['Principal Secretary Halima Ibado Sirat also appeared.', ['Principal Secretary (current)']],
  ])('keeps the reading: %s', (sentence, expected) => {
    expect(offices(sentence, 'Halima Ibado Sirat')).toEqual(expected);
  });
});

describe("a coalition's principal", () => {
  it.each([
    ['The third principal, Nabiswa Wafubwa Lunani, has so far kept off the fight.'],
    ['The coalition principal Nabiswa Wafubwa Lunani said no one had a right to the ticket.'],
    ['Alliance principals Nabiswa Wafubwa Lunani and Ogaja Otieno Omondi met in Kisumu.'],
  ])('is no office: %s', (sentence) => {
    expect(offices(sentence, 'Nabiswa Wafubwa Lunani')).toEqual([]);
  });
});

describe("a leader of a group of people", () => {
  it.each([
    ['Mburuga Nduta Wanjiru, a former youth leader in Naivasha, had been due to be sworn in.'],
    ['Mr Mburuga Nduta Wanjiru, a youth leader at Moi University, led the protest.'],
    ['Kisumu youth leader Mburuga Nduta Wanjiru said the jobs never came.'],
    ['Ms Mburuga Nduta Wanjiru, a women leader from Kisumu, spoke next.'],
    ['Community leader Mburuga Nduta Wanjiru asked the governor to visit.'],
  ])('is no office: %s', (sentence) => {
    expect(offices(sentence, 'Mburuga Nduta Wanjiru')).toEqual([]);
  });

  it('keeps a party league\'s office: "Youth League chairman X"', () => {
    expect(offices('ODM Youth League chairman Mburuga Nduta Wanjiru was suspended for three months.', 'Mburuga Nduta Wanjiru')).toEqual(['Youth League Chairman of ODM (current)']);
  });
});

describe("the county's CEC, and a portfolio before CEC", () => {
  it.each([
    ["Members of the Baringo County Assembly on Wednesday impeached the county's Agriculture CEC, Dr Wilson Kiprop Kaptuya, over a tender.", ['County Executive of Baringo (current)']],
    ["MCAs in Kericho grilled the county's Health CEC, Ms Wilson Kiprop Kaptuya, on Tuesday.", ['County Executive of Kericho (current)']],
    ["The MCAs later summoned the county's Finance CEC, Mr Wilson Kiprop Kaptuya, over delayed salaries.", ['County Executive (current)']],
    ["In Nakuru and Baringo, leaders praised the county's Water CEC, Mr Wilson Kiprop Kaptuya.", ['County Executive (current)']],
    ["The county's Youth CEC, Ms Wilson Kiprop Kaptuya, opened the centre.", ['County Executive (current)']],
    ['The party handed former county Youth CEC Wilson Kiprop Kaptuya its ticket.', ['County Executive (former)']],
  ])('holds the office of the county the sentence names, or none: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wilson Kiprop Kaptuya')).toEqual(expected);
  });

  it.each([
    ['Baringo Agriculture CEC Wilson Kiprop Kaptuya defended the budget.', ['County Executive of Baringo (current)']],
    ["Members of the Baringo County Assembly questioned the assembly's Clerk, Wilson Kiprop Kaptuya, on Monday.", ['Clerk (current)']],
  ])('keeps the reading: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wilson Kiprop Kaptuya')).toEqual(expected);
  });
});

describe('offices of a level below the county, and of a branch', () => {
  it.each([
    ['Kibingei MCA Juma Ndiema Khamala, a former Kimilili Sub-County Administrator, defected.', ['MCA of Kibingei (current)', 'Sub-County Administrator of Kimilili (former)']],
    ['Since March it has been run by Chief Officer for Budget Juma Ndiema Khamala.', ['Chief Officer (current)']],
    ['Siaya Governor Juma Ndiema Khamala, the ODM Siaya branch chairman, urged party members to rally behind her.', ['Governor of Siaya (current)', 'Chairman of ODM (current)']],
  ])('reads the title whole: %s', (sentence, expected) => {
    expect(offices(`The Orange Democratic Movement (ODM) met. ${sentence}`, 'Juma Ndiema Khamala').sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Kisumu County Commissioner Juma Ndiema Khamala banned the rally.', ['County Commissioner of Kisumu (current)']],
    ['Principal Secretary for Mining Juma Ndiema Khamala also appeared.', ['Principal Secretary of Mining (current)']],
  ])('keeps the reading: %s', (sentence, expected) => {
    expect(offices(sentence, 'Juma Ndiema Khamala')).toEqual(expected);
  });
});
