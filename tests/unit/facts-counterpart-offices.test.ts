/**
 * Someone named as another's counterpart for a place holds the other's office
 * there: "Kisumu Senator A and his Siaya counterpart B", "Mombasa Governor A …
 * His Kilifi counterpart B backed him" (batch AE's convention). The one whose
 * counterpart it is must be certain; a country's word names no place of the
 * office; no place, no office. Short invented texts, roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const rolesOf = (text: string, name: string) => (personIn(`Headline\n\nPublished on 18 November 2025\n\n${text}`, name)?.roles ?? []).map(roleLine);

describe('a counterpart for a place', () => {
  it.each([
    ['in the same sentence', 'Kisumu Senator Otieno Ouma Oloo and his Siaya counterpart Achieng Aoko Adhiambo attended the launch.', ['Senator of Siaya (current)']],
    ['after a sentence about the other, by surname', 'Mombasa Governor Hamisi Juma Mwachiro vowed to fight the plan.\n\n"We will go to court if we must," Mwachiro said.\n\nHis Kilifi counterpart Achieng Aoko Adhiambo backed him.', ['Governor of Kilifi (current)']],
    ['the other\'s office former', 'Former Kitui Governor Otieno Ouma Oloo and his Machakos counterpart Achieng Aoko Adhiambo attended.', ['Governor of Machakos (former)']],
    ['set off by a comma and an honorific', 'Garissa MP Otieno Ouma Oloo and his Dadaab counterpart, Dr Achieng Aoko Adhiambo, crossed over.', ['MP of Dadaab (current)']],
  ])('holds the other\'s office there: %s', (_label, text, roles) => {
    expect(rolesOf(text, 'Achieng Aoko Adhiambo')).toEqual(roles);
  });

  it.each([
    ['a country\'s word', 'Trade CS Otieno Ouma Oloo met his Tanzanian counterpart Achieng Aoko Adhiambo in Arusha.'],
    ['two who could be the other', 'Kisumu Senator Otieno Ouma Oloo and Nakuru Senator Kiptoo Kibet Sang spoke first.\n\nHis Siaya counterpart Achieng Aoko Adhiambo spoke last.'],
    ['no place', 'Kisumu Senator Otieno Ouma Oloo met his counterpart Achieng Aoko Adhiambo.'],
    ['the other holds no office for a place', 'Party leader Otieno Ouma Oloo and his Siaya counterpart Achieng Aoko Adhiambo met.'],
  ])('gives no office: %s', (_label, text) => {
    expect(rolesOf(text, 'Achieng Aoko Adhiambo')).toEqual([]);
  });
});
