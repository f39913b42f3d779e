/**
 * A seat told by whom its holder represents, in which House: "X, who
 * represents Mbooni in the National Assembly" (MP of Mbooni), "who represents
 * Kisumu in the Senate" (Senator of Kisumu), "who represented Kiagu in the
 * County Assembly" (once Kiagu's MCA). Representing a group, or a place "in
 * the Senate hearings", is no seat. Short invented texts, roles by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { roles } = factReaders(pack);
const seats = (sentence: string) => roles(`Headline\n\n${sentence}`, 'Nzomo').map((role) => `${role?.title}${role?.organisation ? ` of ${role.organisation}` : ''}${role?.tense ? ` (${role.tense})` : ''}`);

describe('a seat told by whom its holder represents', () => {
  it.each([
    ['Kalondu Mwelu Nzomo, who represents Mbooni in the National Assembly, spoke on Tuesday.', 'MP of Mbooni'],
    ['Kalondu Mwelu Nzomo, who represents Kitui in the Senate, spoke on Tuesday.', 'Senator of Kitui'],
    ['Kalondu Mwelu Nzomo, who now represents Kiagu Ward in the County Assembly, spoke on Tuesday.', 'MCA of Kiagu'],
    ['Kalondu Mwelu Nzomo, who represented Mbooni in the National Assembly until 2022, spoke on Tuesday.', 'MP of Mbooni (former)'],
    // (A county's seat in the National Assembly is its Woman Representative's; a ward's, in a county assembly named or in
    // lower case, its MCA's.)
    ['Kalondu Mwelu Nzomo, who represents Bomet County in the National Assembly, spoke on gender.', 'Woman Representative of Bomet'],
    ['Kalondu Mwelu Nzomo, who represents Kitui County in the Senate, spoke on Tuesday.', 'Senator of Kitui'],
    ['Kalondu Mwelu Nzomo, who represents Kahawa ward in the county assembly, moved the motion.', 'MCA of Kahawa'],
    ['Kalondu Mwelu Nzomo, who represented Masongaleni ward in the Makueni County Assembly between 2017 and 2022, is now an MP.', 'MCA of Masongaleni (former)'],
  ])('"%s"', (sentence, seat) => {
    expect(seats(sentence)).toEqual([seat]);
  });

  it('representing a group, or a place in something else of a House, is no seat', () => {
    expect(seats('Kalondu Mwelu Nzomo, who represents Mbooni traders in talks with the county, spoke.')).toEqual([]);
    expect(seats('Kalondu Mwelu Nzomo, who represents Mbooni in the Senate hearings, spoke.')).toEqual([]);
    expect(seats('Kalondu Mwelu Nzomo, who represents the Kenya Union of Teachers in the Senate, spoke.')).toEqual([]);
    expect(seats('Kalondu Mwelu Nzomo, who represents Kibwezi ward in the National Assembly, spoke.')).toEqual([]);
    expect(seats('Kalondu Mwelu Nzomo, who represents Makueni in the Makueni County Assembly committee, spoke.')).toEqual([]);
  });
});

describe('a seat told by membership of its House', () => {
  it.each([
    ['Kalondu Mwelu Nzomo, a member of the East African Legislative Assembly, spoke.', 'MP of East African Legislative Assembly'],
    ['Kalondu Mwelu Nzomo, a member of the EALA, spoke.', 'MP of East African Legislative Assembly'],
    ['Kalondu Mwelu Nzomo, a former member of the Senate, spoke.', 'Senator (former)'],
    ['Kalondu Mwelu Nzomo, a member of the National Assembly, spoke.', 'MP'],
    ['Kalondu Mwelu Nzomo, a member of the Kitui County Assembly, spoke.', 'MCA of Kitui County Assembly'],
    ['Kalondu Mwelu Nzomo, the Member of County Assembly for Kahawa ward, spoke.', 'MCA of Kahawa'],
  ])('"%s"', (sentence, seat) => {
    expect(seats(sentence)).toEqual([seat]);
  });

  it("a committee's member, or one of a body that is no House, holds no seat", () => {
    expect(seats('Kalondu Mwelu Nzomo, a member of the Senate Finance committee, spoke.')).toEqual([]);
    expect(seats("Kalondu Mwelu Nzomo, a member of the National Assembly's Budget committee, spoke.")).toEqual([]);
    expect(seats('Kalondu Mwelu Nzomo, a member of the Public Service Commission, spoke.')).toEqual([]);
  });
});
