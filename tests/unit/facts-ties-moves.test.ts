/**
 * Party ties where the person's words or the sentence's shape could mislead:
 * a ticket named inside someone's quote is no tie of a person named in the
 * question before it, and a move stated after a title set off by commas
 * ("The Secretary-General, X, resigned … and quit the P to join Q") is the
 * person's. Each case is a short invented text with its ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { allTies } = factReaders(pack);

const opening = 'Headline\n\nThe Tumaini Bora Party (TBP) met in Nakuru.\n\n';

describe('a move after a title set off by commas', () => {
  it('reads "The Secretary-General, X, resigned as Secretary-General and quit the TBP to join UDA" as left and joined', () => {
    const text = `${opening}The Secretary-General, Kiprop Kibet Chirchir, resigned as Secretary-General and quit the TBP in the afternoon to join UDA.`;
    expect(allTies(text, 'Chirchir')).toEqual(['TBP left', 'UDA joined']);
  });
});

describe('a ticket inside a quote', () => {
  it('gives no candidacy to the one named in the question: "Asked whether he would follow X to UDA, he said: “I was elected on a TBP ticket …”"', () => {
    const text = `${opening}Laikipia North MP Mwangi Kariuki Ndirangu is the party's only MP. Asked whether he would follow Chirchir to UDA, he said: "I was elected on a TBP ticket, and I will finish my term on a TBP ticket."`;
    expect(allTies(text, 'Chirchir')).toEqual([]);
  });
});

describe('a ticket after a seat\'s place', () => {
  it('gives the ticket to the subject, not to the place of the seat it served: "X, …, served as Aldai MP … before winning the Senate seat on a P ticket"', () => {
    const text = `${opening}Chirchir, who was Nandi Senator until his death, served as Aldai MP between 2007 and 2017 before winning the Senate seat on a TBP ticket in 2022.`;
    expect(allTies(text, 'Chirchir')).toEqual(['TBP candidate']);
    expect(allTies(text, 'Aldai')).toEqual([]);
  });
});

describe('a standing kept', () => {
  it('reads "X, who remains a P member," as a membership', () => {
    const text = `${opening}Chirchir, who remains a TBP member, said he would back the governor.`;
    expect(allTies(text, 'Chirchir')).toEqual(['TBP member']);
  });
});

describe('an expulsion', () => {
  it('reads "said the party had expelled X on Monday" as X having left the party the sentence names', () => {
    const text = `${opening}TBP chairman Otieno Wafula Barasa said the party had expelled Chirchir on Monday.`;
    expect(allTies(text, 'Chirchir')).toEqual(['TBP left']);
  });

  it('reads nothing of "the party had expelled members who …" for a person named later', () => {
    const text = `${opening}TBP chairman Otieno Wafula Barasa said the party had expelled two MCAs, and Chirchir welcomed the move.`;
    expect(allTies(text, 'Chirchir')).toEqual([]);
  });
});

describe('a running mate set off by commas', () => {
  it('reads "Y\'s running mate, X, is now …" as the Running Mate', () => {
    const { roles } = factReaders(pack);
    const text = "Headline\n\nNdirangu's running mate, Kiprop Kibet Chirchir, is now the Deputy Governor-elect.";
    expect(roles(text, 'Chirchir').map((role) => role?.title)).toContain('Running Mate');
  });
});

describe('a membership a clause says ended', () => {
  it('reads "X, a P-allied governor who was a member of Q until 2021," as allied to P and left Q', () => {
    const text = `${opening}Marsabit Governor Molu Diba Elemu, a TBP-allied governor who was a member of ODM until 2021, congratulated the winner.`;
    expect(allTies(text, 'Elemu')).toEqual(['TBP ally', 'ODM left']);
  });

  it('reads "X, a former Deputy Governor who was a Q member until she founded the P," as left Q', () => {
    const text = `${opening}TBP leader Kerubo Nyaboke Oigaro, a former Nyamira Deputy Governor who was an ODM member until she founded the TBP in 2024, said the coalition was ready.`;
    expect(allTies(text, 'Oigaro')).toContain('ODM left');
    expect(allTies(text, 'Oigaro')).not.toContain('ODM member');
  });

  it('reads "X had been a Q member until March" as left Q', () => {
    const text = `${opening}Kiprop Kibet Chirchir had been a card-carrying ODM member until March.`;
    expect(allTies(text, 'Chirchir')).toEqual(['ODM left']);
  });

  it('gives the ended membership to no one when "who" may be someone else\'s: "X, an aide to the governor who was a member of Q until 2021"', () => {
    const text = `${opening}Kiprop Kibet Chirchir, an aide to the governor who was a member of ODM until 2021, spoke.`;
    expect(allTies(text, 'Chirchir')).toEqual([]);
  });

  it('gives it to the one "who" follows: "X met Y, who was a member of Q until 2021"', () => {
    const text = `${opening}Kiprop Kibet Chirchir met Mwangi Kariuki Ndirangu, who was a member of ODM until 2021.`;
    expect(allTies(text, 'Chirchir')).toEqual([]);
    expect(allTies(text, 'Ndirangu')).toEqual(['ODM left']);
  });
});

describe('a move after a nickname in quotation marks', () => {
  it.each([
    ['Lurambi MP Simiyu Wangamati Barasa, popularly known as "Baba Mboga", has ditched the TBP for ODM.', ['TBP left', 'ODM joined']],
    ['Kiambu MCA Njoroge Kamau Mwangi, alias "Mzee wa Kazi", joined the TBP on Friday.', ['TBP joined']],
  ])('reads "%s" as the move of the one nicknamed', (sentence, expected) => {
    const name = sentence.includes('Barasa') ? 'Barasa' : 'Mwangi';
    expect(allTies(`${opening}${sentence}`, name)).toEqual(expected);
  });
});
