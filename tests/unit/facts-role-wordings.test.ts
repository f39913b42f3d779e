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
