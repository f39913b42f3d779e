/**
 * Seats in by-election reporting: the MP whose death or nullified election
 * opened the seat (a former office), the candidates for it ("who is seeking the
 * seat left vacant by the late X MP", "faces ODM nominee Y and an independent
 * aspirant, Z", "expected to seek the P ticket again in the fresh X
 * by-election"), and a ward's seat, an MCA's, however it is named later.
 * Each case is a short invented text with its roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { roles } = factReaders(pack);
const offices = (text: string, name: string) => roles(text, name).map((role) => `${role?.title}${role?.organisation ? ` of ${role.organisation}` : ''} (${role?.tense ?? 'current'})`);

describe('the office that fell vacant', () => {
  it('dates an office after "the death of": "left vacant by the death of MP X"', () => {
    expect(offices('Headline\n\nThe by-election is for the seat left vacant by the death of MP Odera Opiyo Kadenge in October.', 'Kadenge')).toEqual(['MP (former)']);
  });

  it('dates an office whose election a court nullified: "nullified the election of Khwisero MP X"', () => {
    const text = 'Headline\n\nThe High Court has nullified the election of Ndivisi MP Nafula Musimbi Wanjala, who won the May by-election.';
    expect(offices(text, 'Wanjala')).toContain('MP of Ndivisi (former)');
    expect(offices(text, 'Wanjala')).not.toContain('MP of Ndivisi (current)');
  });
});

describe('the candidates for it', () => {
  it('reads "who is seeking the seat left vacant by the late Nyakach MP" and the rival the candidate "faces"', () => {
    const text =
      "Headline\n\nThe PUP-K candidate, Akinyi Adero Owino, who is seeking the seat left vacant by the late Nyando MP, faces ODM nominee Ojwang Migwambo Ouma and two independents in the January 14 by-election.";
    expect(offices(text, 'Owino')).toContain('MP of Nyando (aspiring)');
    expect(offices(text, 'Ouma')).toContain('MP of Nyando (aspiring)');
  });

  it('gives each rival a candidate "faces" the same seat: "faces ODM nominee Y and an independent aspirant, businessman Z"', () => {
    const text =
      "Headline\n\nKioko Musau Muli, UDA's candidate in the Njiru ward by-election, faces ODM nominee Awino Achieng Otieno and an independent aspirant, businessman Ndirangu Mwai Kamau.";
    expect(offices(text, 'Otieno')).toEqual(['MCA of Njiru (aspiring)']);
    expect(offices(text, 'Kamau')).toEqual(['MCA of Njiru (aspiring)']);
  });

  it('gives no seat to someone a candidate "faces questions from"', () => {
    const text = "Headline\n\nKioko Musau Muli, UDA's candidate in the Njiru ward by-election, faces questions from ODM chairman Awino Achieng Otieno.";
    expect(offices(text, 'Otieno').filter((office) => office.includes('aspiring'))).toEqual([]);
  });

  it('gives no seat to someone named as a noun\'s owner: "faces Governor X\'s wrath"', () => {
    const text = "Headline\n\nKioko Musau Muli, UDA's candidate in the Njiru ward by-election, faces Governor Awino Achieng Otieno's wrath.";
    expect(offices(text, 'Otieno').filter((office) => office.includes('aspiring'))).toEqual([]);
  });

  it('reads "expected to seek the ODM ticket again in the fresh Khwisero by-election"', () => {
    const text = 'Headline\n\nMuse Andati Shikoli, who is expected to seek the ODM ticket again in the fresh Ndivisi by-election, welcomed the ruling.';
    expect(offices(text, 'Shikoli')).toEqual(['MP of Ndivisi (aspiring)']);
  });

  it('gives a ward\'s seat to an MCA, named later only as "the X seat"', () => {
    const text =
      "Headline\n\nThe Tumaini Bora Party (TBP) will field a candidate in the Kiagu ward by-election. The council endorsed Ms Gakii Karambu Mwiti as the party's candidate for the Kiagu seat.";
    expect(offices(text, 'Mwiti')).toEqual(['MCA of Kiagu (aspiring)']);
  });
});

describe('a party\'s candidate in a sentence about one by-election', () => {
  const text =
    "Headline\n\nMIGORI, Kenya — Campaigns for the Bukira ward by-election entered the final week with the TBP candidate, Mwita Chacha Marwa, accusing the county of buying votes.\n\nMarwa, a former sub-county administrator, faces ODM nominee Boke Rhobi Nyangi in the December poll.";

  it('gives "the P candidate, X," the by-election\'s seat, and the rival X faces in a later sentence the same', () => {
    expect(offices(text, 'Mwita Chacha Marwa')).toContain('MCA of Bukira (aspiring)');
    expect(offices(text, 'Nyangi')).toEqual(['MCA of Bukira (aspiring)']);
  });

  it('gives no seat to someone nominated to the county assembly in a sentence that names a by-election', () => {
    const nominated = 'Headline\n\nThe KDA fronted Amina Dubow Hassan for the Waberi ward by-election, while Mohamed Ali Sheikh, who was nominated to the Garissa County Assembly by the KDA last week, will be sworn in next month.';
    expect(offices(nominated, 'Sheikh')).not.toContain('MCA of Waberi (aspiring)');
  });
});
