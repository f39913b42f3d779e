/**
 * Party ties stated in the other words news English has for leaving, working
 * with and staying in a party: "ended a 12-year association with P", "parted
 * ways with P", "cut ties with P", "renounced her membership of P" (left);
 * "joined hands with P", "teamed up with P" (ally); "said he would remain in
 * P" (member). Each case is a short invented text with its ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { extract } = factReaders(pack);
/** Every tie the article gives the person, over all their mentions. */
const allTies = (text: string, surname: string) =>
  extract(text)
    .mentions.filter((mention) => mention.kind !== 'party' && mention.name.endsWith(surname))
    .flatMap((mention) => (mention.ties ?? []).map((tie) => `${tie.party} ${tie.relation}`));

const opening = 'Headline\n\nThe Tumaini Bora Party (TBP) and the Umoja Mpya Congress (UMC) met in Nakuru.\n\n';

describe('a tie ended, in other words than "left"', () => {
  it.each([
    ['Kitui Senator Musyoka Kaleli Nzau on Saturday, June 21, ended a 12-year association with the TBP.', 'Nzau'],
    ['Kitui Senator Musyoka Kaleli Nzau has parted ways with the TBP after a row over nominations.', 'Nzau'],
    ['Kitui Senator Musyoka Kaleli Nzau, a first-term legislator, cut ties with the TBP last week.', 'Nzau'],
    ['Kitui Senator Musyoka Kaleli Nzau severed all ties with the TBP on Monday.', 'Nzau'],
    ['Kitui Senator Musyoka Kaleli Nzau renounced her membership of the TBP on Tuesday.', 'Nzau'],
  ])('reads "%s" as left', (sentence, surname) => {
    expect(allTies(`${opening}${sentence}`, surname)).toEqual(['TBP left']);
  });

  it('reads "parted ways with P for Q" as left P and joined Q', () => {
    expect(allTies(`${opening}Kitui Senator Musyoka Kaleli Nzau parted ways with the TBP for the UMC.`, 'Nzau')).toEqual(['TBP left', 'UMC joined']);
  });

  it.each([
    'Kitui Senator Musyoka Kaleli Nzau has not parted ways with the TBP.',
    'Kitui Senator Musyoka Kaleli Nzau refused to cut ties with the TBP.',
    'Kitui Senator Musyoka Kaleli Nzau will end her association with the TBP if the party does not change.',
  ])('reads no move in "%s"', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Nzau')).toEqual([]);
  });
});

describe('working with a party', () => {
  it.each([
    'Former Deputy Speaker Akinyi Adoyo Owino has since joined hands with the TBP and campaigned for its candidates.',
    'Former Deputy Speaker Akinyi Adoyo Owino teamed up with the TBP ahead of the by-election.',
  ])('reads "%s" as an ally', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Owino')).toEqual(['TBP ally']);
  });

  it("gives no tie to the party of the person worked with: \"joined hands with TBP's X\"", () => {
    expect(allTies(`${opening}Former Deputy Speaker Akinyi Adoyo Owino joined hands with TBP's Mutua Kasyoka Ndambuki to oppose the Bill.`, 'Owino')).toEqual([]);
  });
});

describe('a membership kept', () => {
  it.each([
    'Homa Bay MCA Ochieng Odera Ouko said he would remain in the TBP and would not seek revenge.',
    'Homa Bay MCA Ochieng Odera Ouko, who remains in the TBP despite the row, spoke on Monday.',
    'Homa Bay MCA Ochieng Odera Ouko will stay in the TBP until the next election.',
  ])('reads "%s" as a membership', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Ouko')).toEqual(['TBP member']);
  });

  it('reads no membership in "said he would not remain in P"', () => {
    expect(allTies(`${opening}Homa Bay MCA Ochieng Odera Ouko said he would not remain in the TBP.`, 'Ouko')).toEqual([]);
  });
});

describe("a party's boss", () => {
  /** Every role the article gives the person, over all their mentions. */
  const allRoles = (text: string, surname: string) =>
    extract(text)
      .mentions.filter((mention) => mention.kind !== 'party' && mention.name.endsWith(surname))
      .flatMap((mention) => [mention.role, ...(mention.roles ?? [])].filter((role) => role !== undefined).map((role) => `${role.title} of ${role.organisation}`));

  it.each([
    'TBP boss Wainaina Njoroge Kimani said the party was ready.',
    'TBP party boss Wainaina Njoroge Kimani said the party was ready.',
    'Wainaina Njoroge Kimani, the TBP boss, said the party was ready.',
  ])('reads "%s" as the party\'s leader', (sentence) => {
    const text = `${opening}${sentence}`;
    expect(allTies(text, 'Kimani')).toEqual(['TBP leader']);
    expect(allRoles(text, 'Kimani')).toEqual(['Party Leader of TBP']);
  });

  it('leaves the boss of a body that is no party as written: "KRA boss X"', () => {
    const text = `${opening}KRA boss Wainaina Njoroge Kimani attended the meeting.`;
    expect(allTies(text, 'Kimani')).toEqual([]);
    expect(allRoles(text, 'Kimani')).toEqual(['Boss of KRA']);
  });
});
