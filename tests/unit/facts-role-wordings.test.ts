/**
 * Offices stated with a perfect copula: "X has been the Trade CS since January"
 * holds the office now, "X had been the Kisumu Governor until 2022" held it
 * once; "has been the subject of a probe" names no office. Each case is a short
 * invented text with its roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { extract } = factReaders(pack);
/** Every role the article gives the person: title, organisation, tense. */
const allRoles = (text: string, surname: string) =>
  extract(text)
    .mentions.filter((mention) => mention.kind !== 'party' && mention.name.endsWith(surname))
    .flatMap((mention) => [mention.role, ...(mention.roles ?? [])].filter((role) => role !== undefined).map((role) => `${role.title} of ${role.organisation} (${role.tense ?? 'current'})`));

const opening = 'Headline\n\nThe Cabinet met at State House on Tuesday.\n\n';

describe('an office after a perfect copula', () => {
  it.each([
    ['Gitau Njoki Wangari has been the Trade CS since January 14.', 'Cabinet Secretary of Trade (current)'],
    ['Gitau Njoki Wangari has been the Nakuru Governor since 2022.', 'Governor of Nakuru (current)'],
    ['Gitau Njoki Wangari had been the Kisumu Governor until 2022.', 'Governor of Kisumu (former)'],
  ])('reads "%s" as %s', (sentence, role) => {
    expect(allRoles(`${opening}${sentence}`, 'Wangari')).toEqual([role]);
  });

  it('reads no office in "X has been the subject of a probe"', () => {
    expect(allRoles(`${opening}Gitau Njoki Wangari has been the subject of a probe.`, 'Wangari')).toEqual([]);
  });
});

describe('a seat sought, in other verbs of a bid', () => {
  it.each([
    ['Mwanaisha Chizi Mwatsuma, a former Kwale County Woman Representative, will contest the Kwale governorship in 2027.', 'Governor of Kwale (aspiring)'],
    ['Mwanaisha Chizi Mwatsuma is contesting the Kwale governorship.', 'Governor of Kwale (aspiring)'],
    ['Mwanaisha Chizi Mwatsuma has declared interest in the Nakuru senatorial seat.', 'Senator of Nakuru (aspiring)'],
    ["Mwanaisha Chizi Mwatsuma has announced her bid for the Nandi governor's seat.", 'Governor of Nandi (aspiring)'],
    ['Mwanaisha Chizi Mwatsuma is seeking to unseat Bungoma Governor Wafula Nanjala Khisa.', 'Governor of Bungoma (aspiring)'],
  ])('reads "%s" as %s', (sentence, role) => {
    expect(allRoles(`${opening}${sentence}`, 'Mwatsuma')).toContain(role);
  });

  it.each(['Mwanaisha Chizi Mwatsuma is contesting the results of the Kwale poll.', 'Mwanaisha Chizi Mwatsuma will not contest the Kwale governorship.'])('reads no bid in "%s"', (sentence) => {
    expect(allRoles(`${opening}${sentence}`, 'Mwatsuma')).toEqual([]);
  });
});

describe('a County Executive written short, "CEC"', () => {
  it.each([
    ['Finance CEC Millicent Anyango Wangari has been acting County Executive for Water since January.', 'County Executive of Finance (current)'],
    ['Former Kisumu CEC for Health Gitau Njoki Wangari spoke.', 'County Executive of Kisumu (former)'],
  ])('reads "%s" as %s', (sentence, role) => {
    expect(allRoles(`${opening}${sentence}`, 'Wangari')).toContain(role);
  });
});
