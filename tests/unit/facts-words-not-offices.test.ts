/**
 * Words next to a name that read like a title and are none: "the first speaker
 * at the podium", "the keynote speaker" (one who speaks at an event, not the
 * Speaker). Near misses keep the office: "the first Speaker of the Nyamira
 * County Assembly" (its first holder: former), "the first speaker of the Nandi
 * County Assembly" in a small letter, "the Speaker of the Nandi County
 * Assembly". A county executive's portfolio written before the title is no
 * place ("the Baringo Agriculture CEC": the County Executive of Baringo; "a
 * former county Finance executive": of no place), while "Kisumu County
 * Executive for Health" and "Safaricom chief executive" keep theirs. Short
 * invented texts, roles written by hand.
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

describe('one who speaks at an event', () => {
  it.each([
    ['Governor Wanjala Sitati Barasa, the first speaker at the podium, praised the late MP.', ['Governor (current)']],
    ['Bishop Wanjala Sitati Barasa, the main speaker at the prayer breakfast, urged unity.', []],
    ['Mr Wanjala Sitati Barasa, the keynote speaker, spoke on budgets.', []],
    ['Senator Wanjala Sitati Barasa, the last speaker of the day, asked for calm.', ['Senator (current)']],
  ])('is no Speaker: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });

  it.each([
    ['Mrs Wanjala Sitati Barasa, the first Speaker of the Nyamira County Assembly, attended the service.', ['Speaker of Nyamira County Assembly (former)']],
    ['Mrs Wanjala Sitati Barasa, the first speaker of the Nandi County Assembly, attended the service.', ['Speaker of Nandi County Assembly (former)']],
    ['Mr Wanjala Sitati Barasa, the Speaker of the Nandi County Assembly, read the tribute.', ['Speaker of Nandi County Assembly (current)']],
  ])('keeps the office: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });
});

describe("a county executive's portfolio before the title", () => {
  it.each([
    ['Mr Wanjala Sitati Barasa, a former county Finance executive who wants to unseat the governor, spoke.', ['County Executive (former)']],
    ['Mr Wanjala Sitati Barasa, the Baringo Agriculture CEC, appeared before the committee.', ['County Executive of Baringo (current)']],
    ['Baringo Agriculture executive Wanjala Sitati Barasa defended the budget.', ['County Executive of Baringo (current)']],
    ['Former Nandi Lands CEC Wanjala Sitati Barasa joined the race.', ['County Executive of Nandi (former)']],
  ])('is no place: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });

  it.each([
    ['Kisumu County Executive for Health Wanjala Sitati Barasa opened the clinic.', ['County Executive of Kisumu (current)']],
    ['Safaricom chief executive Wanjala Sitati Barasa opened the shop.', ['Chief Executive of Safaricom (current)']],
  ])('keeps the place the words name: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });
});

describe('an age and a student office in an apposition', () => {
  it.each([
    ['Mr Wanjala Sitati Barasa, a 41-year-old former Deputy Governor, won the seat.', ['Deputy Governor (former)']],
    ['Mr Wanjala Sitati Barasa, a 29-year-old former student leader at Masinde Muliro University, won the seat.', []],
    ['Mr Wanjala Sitati Barasa, a former student leader at the University of Nairobi, conceded.', []],
  ])('gives the office alone, or none: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });

  it.each([
    ['Ms Wanjala Sitati Barasa, the 38-year-old Gatundu North MP, attended.', ['MP of Gatundu North (current)']],
    ['Mr Wanjala Sitati Barasa, a 45-year-old former Eldoret East MCA, backed the winner.', ['MCA of Eldoret East (former)']],
  ])('keeps the office: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });
});

describe('a seat whose place is written with a slash', () => {
  it.each([
    ['Soin/Sigowet MP Wanjala Sitati Barasa of UDA came to the defence.', ['MP (current)']],
    ['Kabondo/Kasipul MP Wanjala Sitati Barasa opposed the motion.', ['MP (current)']],
    ['Mr Wanjala Sitati Barasa, the Soy/Turbo MCA, opposed the motion.', ['MCA (current)']],
  ])('gives no half of the place: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });

  it.each([
    ['Sigowet MP Wanjala Sitati Barasa came to the defence.', ['MP of Sigowet (current)']],
    ['The MCAs, 12/15 of them, met Kasipul MP Wanjala Sitati Barasa.', ['MP of Kasipul (current)']],
    ['Mr Wanjala Sitati Barasa, the Turbo MCA, opposed the motion.', ['MCA of Turbo (current)']],
  ])('keeps a place written whole: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });
});

describe("the party's office in a House", () => {
  it.each([
    ["Sotik MP Wanjala Sitati Barasa, who was the party's Deputy Whip in the National Assembly until his expulsion, led the walkout.", ['MP of Sotik (current)', 'Deputy Whip (former)']],
    ["Nyeri Senator Wanjala Sitati Barasa, who is the party's Whip in the Senate, defended the move.", ['Senator of Nyeri (current)']],
  ])('is no office of the House: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });

  it.each([
    ['Ms Wanjala Sitati Barasa, the Majority Whip in the National Assembly, was absent.', ['Majority Whip of National Assembly (current)']],
  ])("keeps a House's own office: %s", (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });
});

describe('a re-election lost, a holder voted out', () => {
  it.each([
    ['Embu Senator Wanjala Sitati Barasa, who lost his re-election bid in 2022, spoke.', ['Senator of Embu (former)']],
    ['Kitui Governor Wanjala Sitati Barasa, who lost her bid for a second term in 2022, spoke.', ['Governor of Kitui (former)']],
    ['Embu Senator Wanjala Sitati Barasa, who was voted out in 2022, spoke.', ['Senator of Embu (former)']],
  ])('ends the seat: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });

  it.each([
    ['Nakuru Senator Wanjala Sitati Barasa, who lost his re-election bid in 2017 but won the seat back in 2022, spoke.', ['Senator of Nakuru (current)']],
    ['Kwale Senator Wanjala Sitati Barasa, who lost a court case in 2023, spoke.', ['Senator of Kwale (current)']],
  ])('keeps the seat: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });
});

describe('an acting spell a word before it ends', () => {
  it.each([
    ['Former acting Governor Wanjala Sitati Barasa spoke at the launch.', ['Governor (former)']],
    ['The former acting Speaker Wanjala Sitati Barasa spoke.', ['Speaker (former)']],
  ])('is former: %s', (sentence, expected) => {
    expect(offices(sentence, 'Wanjala Sitati Barasa')).toEqual(expected);
  });

  it('keeps an acting spell with no such word: "The acting Speaker X"', () => {
    expect(offices('The acting Speaker Wanjala Sitati Barasa spoke.', 'Wanjala Sitati Barasa')).toEqual(['Speaker (acting)']);
  });
});
