/**
 * A seat the subject won at the last general election before the article, or
 * since: "X won the Marakwet West seat as an independent in 2022" (an article
 * of 2024) is the seat's MP now; "who won the Kitui Senate seat in 2022" its
 * Senator. A seat won at an earlier election, one the sentence says was lost
 * or left after, a county's name with no kind of seat, and a win someone else
 * reports give nothing. Short invented texts, roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const rolesOf = (sentence: string, name: string) => (personIn(`Headline\n\nPublished March 4, 2024\n\n${sentence}`, name)?.roles ?? []).map(roleLine).sort();

describe('a seat won at the last general election', () => {
  it.each([
    ['"X won the P seat as an independent in 2022"', 'Kipsang Rotino Kimwei won the Marakwet West seat as an independent in 2022.', ['MP of Marakwet West (current)']],
    ['"X, who won the P Senate seat in 2022,"', 'Kipsang Rotino Kimwei, who won the Kitui Senate seat in 2022, spoke.', ['Senator of Kitui (current)']],
    ['"X won the P governorship in 2022"', 'Kipsang Rotino Kimwei won the Kitui governorship in 2022.', ['Governor of Kitui (current)']],
    ['"X captured the P seat in 2022"', 'Mr Kipsang Rotino Kimwei captured the Marakwet West seat in 2022.', ['MP of Marakwet West (current)']],
    ['"X, a former W MCA, won the P seat … in 2022": an apposition between', 'Kipsang Rotino Kimwei, a former Kapsowar MCA, won the Marakwet West seat as an independent in 2022 but is now allied to UDA.', ['MCA of Kapsowar (former)', 'MP of Marakwet West (current)']],
    ['the surname alone, after the full name: "Kimwei, a former W MCA, won …"', 'Kipsang Rotino Kimwei is one of five. Kimwei, a former Kapsowar MCA, won the Marakwet West seat as an independent in 2022.', ['MCA of Kapsowar (former)', 'MP of Marakwet West (current)']],
    ['a ward the article names as an MCA\'s: "X, the W MCA, won the W seat in 2022"', 'Kipsang Rotino Kimwei, the Kapsowar MCA, won the Kapsowar seat in 2022.', ['MCA of Kapsowar (current)']],
    ['the ward named in another sentence, of another MCA', 'Former Kapsowar MCA Chebet Jeruto Sang was there. Kipsang Rotino Kimwei won the Kapsowar seat in 2022.', ['MCA of Kapsowar (current)']],
    ['"X was elected P Governor in 2022"', 'Kipsang Rotino Kimwei was elected Kitui Governor in 2022.', ['Governor of Kitui (current)']],
    ['"X, who was re-elected Senator in 2022,"', 'Kipsang Rotino Kimwei, who was re-elected Senator in 2022, spoke.', ['Senator (current)']],
    ['"X was elected MCA for W ward in 2022"', 'Kipsang Rotino Kimwei was elected MCA for Kapsowar ward in 2022 on a UDA ticket.', ['MCA of Kapsowar (current)']],
  ])('is held now: %s', (_label, sentence, roles) => {
    expect(rolesOf(sentence, 'Kimwei')).toEqual(roles);
  });

  it.each([
    ['an earlier election', 'Kipsang Rotino Kimwei won the Marakwet West seat in 2013.'],
    ['lost after', 'Kipsang Rotino Kimwei won the Marakwet West seat in 2017 but lost it in 2022.'],
    ['left after', 'Kipsang Rotino Kimwei won the Kitui Senate seat in 2022 before his appointment to the Cabinet.'],
    ['a county with no kind of seat', 'Kipsang Rotino Kimwei won the Kitui seat in 2022.'],
    ['a by-election, its seat unsaid', 'Kipsang Rotino Kimwei won the Marakwet West by-election in 2023.'],
    ['someone else tells it', 'Ms Atieno Akinyi Odera said Mr Kipsang Rotino Kimwei won the Marakwet West seat in 2022.'],
    ['elected at an earlier election', 'Kipsang Rotino Kimwei was first elected Marakwet West MP in 2013 and served two terms.'],
    ['elected, then lost', 'Kipsang Rotino Kimwei was elected Kitui Governor in 2022 but lost the seat to a petition.'],
  ])('gives nothing: %s', (_label, sentence) => {
    expect(rolesOf(sentence, 'Kimwei')).toEqual([]);
  });
});
