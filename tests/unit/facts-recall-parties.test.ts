/**
 * Party traps of the fifth facts-dev batch (fd37-fd44): a campaign movement
 * named like a party, a title that holds the word "Party", a sign-off whose
 * lines run into a party's name. Each case is a short invented text with the
 * parties written by hand; a non-party taken as a party is a wrong fact on a
 * page of its own. And parties with no party word in their names, found by
 * what the article says of them, beside organisations it says nothing of.
 * A popular name the article defines ("the Citizens Party, as DCP is
 * popularly known") is the party's, not one of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { extract } = factReaders(pack);
const parties = (text: string) => extract(text).mentions.filter((mention) => mention.kind === 'party').map((mention) => mention.name);

describe('no party', () => {
  it.each([
    ['a campaign for the constitution: "activists from the Linda Katiba Movement"', 'Headline\n\nThe party also has the backing of activists from the Linda Katiba Movement, though the group has not said so.'],
    ['"the Okoa Uchumi Movement"', 'Headline\n\nThe Okoa Uchumi Movement marched to Parliament on Tuesday.'],
  ])('%s', (_label, text) => {
    expect(parties(text)).toEqual([]);
  });

  it('reads "confirmed X as Party Leader of the DAPK" as a title and a party, not a party called "Party Leader of the DAPK"', () => {
    const text = 'Headline\n\nThe Democratic Action Party of Kenya (DAPK) met. The council confirmed Prof Adhiambo Nyawade Okuku as Party Leader of the DAPK on Thursday.';
    expect(parties(text).some((name) => /leader/i.test(name))).toBe(false);
  });

  it('keeps a sign-off\'s lines apart: "Secretary, Communications" above the party\'s name', () => {
    const text = 'Headline\n\nThe Democratic Action Party of Kenya (DAPK) met on Thursday.\n\n**Issued by:**\n\nWanjala Nekesa Khaemba\nSecretary, Communications\nDemocratic Action Party of Kenya';
    expect(parties(text).every((name) => !/^Communications/.test(name))).toBe(true);
  });
});

describe('a party still', () => {
  it.each([
    ['"the National Reform Movement (NAREM)"', 'Headline\n\nHe joined the National Reform Movement (NAREM) in October.', 'National Reform Movement'],
    ['"the Orange Democratic Movement"', 'Headline\n\nHe joined the Orange Democratic Movement in October.', 'Orange Democratic Movement'],
  ])('%s', (_label, text, party) => {
    expect(parties(text)).toContain(party);
  });
});

describe('no party, more: the House\'s sides and groups of a people or a cause', () => {
  it.each([
    ['"The Majority Party has 180 members"', 'Headline\n\nThe Majority Party has 180 members in the House.'],
    ['"the Green Belt Movement"', 'Headline\n\nThe Green Belt Movement planted trees in Nyeri.'],
    ['"the Amani Youth Movement"', 'Headline\n\nThe Amani Youth Movement held a rally in Kisumu.'],
    ['"the Mau Mau War Veterans Movement"', 'Headline\n\nThe Mau Mau War Veterans Movement met in Nyeri.'],
    ['"the Justice and Peace Movement of the Catholic Church"', 'Headline\n\nThe Justice and Peace Movement of the Catholic Church spoke.'],
  ])('%s', (_label, text) => {
    expect(parties(text)).toEqual([]);
  });

  it.each([
    ['"the Wakulima Party of Kenya"', 'Headline\n\nHe joined the Wakulima Party of Kenya.', 'Wakulima Party of Kenya'],
    ['"the Pamoja Youth Party"', 'Headline\n\nHe joined the Pamoja Youth Party.', 'Pamoja Youth Party'],
  ])('keeps a party with "Party" in its name: %s', (_label, text, party) => {
    expect(parties(text)).toContain(party);
  });
});

describe('a party with no party word in its name, where the article treats it as one', () => {
  const tiesOf = factReaders(pack).ties;
  it.each([
    ['a politician "of" it: "Tororo Woman MP X of Uganda\'s National Unity Platform (NUP)"', 'Headline\n\nTororo Woman MP Stella Achola Opio of Uganda\'s National Unity Platform (NUP) has tabled a petition.', 'National Unity Platform'],
    ['"on a Tujenge Pamoja Platform (TPP) ticket"', 'Headline\n\nThe Tujenge Pamoja Platform (TPP) is new. Mr Kioko Mutua won the seat on a TPP ticket.', 'Tujenge Pamoja Platform'],
    ['"NAME (ACR), the opposition party,"', 'Headline\n\nThe Mwangaza Mpya Initiative (MMI), the opposition party, met in Embu.', 'Mwangaza Mpya Initiative'],
    ['"registered as a political party"', 'Headline\n\nThe Sauti Mpya Vuguvugu (SMV) was registered as a political party in May.', 'Sauti Mpya Vuguvugu'],
    ['"NAME\'s presidential candidate"', 'Headline\n\nThe Kesho Bora Front (KBF) met. KBF\'s presidential candidate will be named in May.', 'Kesho Bora Front'],
  ])('%s', (_label, text, party) => {
    expect(parties(text)).toContain(party);
  });

  it('ties the politician to it', () => {
    expect(tiesOf('Headline\n\nTororo Woman MP Stella Achola Opio of Uganda\'s National Unity Platform (NUP) has tabled a petition.', 'Opio')).toEqual(['National Unity Platform member']);
  });

  it.each([
    ['an activist "of" a platform', 'Headline\n\nActivist Wanjiru Muthoni of the Linda Mwananchi Platform (LMP) marched to Parliament.'],
    ['a platform no one treats as a party', 'Headline\n\nThe Mulika Uongozi Initiative (MUI) held a forum on governance in Nakuru.'],
    ['a caucus of MPs', 'Headline\n\nNakuru MP Kibet Rono of the Tuungane Leaders Caucus (TLC) spoke.'],
  ])('no party: %s', (_label, text) => {
    expect(parties(text)).toEqual([]);
  });
});

describe('a title held in a party with no party word but its head ("Front", "Congress")', () => {
  const { roles: rolesOf, ties: tiesOf } = factReaders(pack);
  const text = 'Headline\n\nThe Council reaffirmed Dr Karimi Nkatha Mbogo as Party Leader of the Maendeleo Mpya Front and as the party\'s presidential candidate.\n\nCPA Kathure Murugi Njeru was elected National Treasurer of the Maendeleo Mpya Front on Saturday.';
  it('reads "as Party Leader of the P", "elected National Treasurer of the P" as a title and the party, never a party of that name', () => {
    expect(new Set(parties(text))).toEqual(new Set(['Maendeleo Mpya Front']));
  });

  it('gives each the office and its tie', () => {
    expect(rolesOf(text, 'Mbogo')).toContainEqual({ title: 'Party Leader', organisation: 'Maendeleo Mpya Front' });
    expect(tiesOf(text, 'Mbogo')).toContain('Maendeleo Mpya Front leader');
    expect(rolesOf(text, 'Njeru')).toContainEqual({ title: 'National Treasurer', organisation: 'Maendeleo Mpya Front' });
  });
});

describe('an office taken up later', () => {
  it('reads "was elected National Treasurer of the P and will take office in January" as incoming', () => {
    const text = 'Headline\n\nCPA Kathure Murugi Njeru was elected National Treasurer of the Maendeleo Mpya Front and will take office in January.';
    expect(factReaders(pack).roles(text, 'Njeru')).toEqual([{ title: 'National Treasurer', organisation: 'Maendeleo Mpya Front', tense: 'incoming' }]);
  });
});

describe('a party named "X Congress of Kenya", then by its first word', () => {
  const { ties: tiesOf } = factReaders(pack);
  const text = [
    'Headline',
    'The Mageuzi Mpya Congress of Kenya (hereafter “Mageuzi Mpya”) was registered in 2021 and is led by Dr Mwaringa Dzombo Kadenge, a former Kaloleni MP.',
    'The Chamuka Congress of Kenya is older. Chamuka\'s secretary-general, Mwanakombo Athman Baya, says the party now has 63 MCAs.',
    'Kwale Senator Mwanasiti Salim Mwakuvungu, the Chamuka-allied senator, spoke.',
  ].join('\n\n');

  it('reads the whole name as a party, and its first word alone as the same party', () => {
    expect(parties(text)).toEqual(expect.arrayContaining(['Mageuzi Mpya Congress of Kenya', 'Chamuka Congress of Kenya', 'Chamuka']));
  });

  it('ties people to it under either form', () => {
    expect(tiesOf(text, 'Kadenge')).toEqual(['Mageuzi Mpya Congress of Kenya leader']);
    expect(tiesOf(text, 'Baya')).toEqual(['Chamuka Secretary-General']);
    expect(tiesOf(text, 'Mwakuvungu')).toEqual(['Chamuka ally']);
  });

  it('leaves a first word that two parties of the article share, or that opens another body\'s name, alone', () => {
    const shared = 'Headline\n\nThe Umoja Congress of Kenya and the Umoja Front met. Umoja will decide.\n\nThe Maendeleo Front met the Maendeleo ya Wanawake Organisation.';
    expect(parties(shared)).not.toContain('Umoja');
    expect(parties(shared).filter((name) => name === 'Maendeleo')).toEqual([]);
  });
});

describe('a body named with its own acronym, a party where the article treats it as one', () => {
  const { ties: tiesOf } = factReaders(pack);
  it.each([
    ['"quit the party for the Jukwaa la Wananchi (JLW)", "registered by the Office of the Registrar of Political Parties"', 'Headline\n\nMulatya quit Wiper for the Jukwaa la Wananchi (JLW) in June. The JLW, which was registered by the Office of the Registrar of Political Parties in 2024, is recruiting.', 'Jukwaa la Wananchi'],
    ['"The People\'s Unity Platform-Kenya (PUP-K)", "PUP-K leader Eng. X", "PUP-K candidates"', 'Headline\n\nThe People\'s Unity Platform-Kenya (PUP-K) opened an office. PUP-K leader Eng. Onyuka Ododa Ambala spoke. PUP-K candidates will be named in May.', "People's Unity Platform-Kenya"],
  ])('%s', (_label, text, party) => {
    expect(parties(text)).toContain(party);
  });

  it('ties its leader to it', () => {
    const text = 'Headline\n\nThe People\'s Unity Platform-Kenya (PUP-K) opened an office. PUP-K leader Eng. Onyuka Ododa Ambala spoke. PUP-K candidates will be named in May.';
    expect(tiesOf(text, 'Ambala')).toEqual(['PUP-K leader']);
  });

  it.each([
    ['a youth group', 'Headline\n\nThe Tosha Brigade (TB), a youth group campaigning for Mulatya\'s bid, issued a statement.'],
    ['a lobby', 'Headline\n\nThe Linda Uchumi Movement (LUM), a lobby, weighed in. According to its convenor, Nyawira Gacheri Mugure, the EALA is costly.'],
    ['a church whose leader alone is named', 'Headline\n\nThe Legio Maria Mission (LMM) prayed for rain. LMM leader Bishop Omondi Ochieng Ouma spoke.'],
    ['a caucus', 'Headline\n\nThe Rift Valley Parliamentary Caucus (RVPC) met. Its chairman, Kuresoi South MP Korir Cheptoo Barmasai, spoke.'],
  ])('no party: %s', (_label, text) => {
    expect(parties(text)).toEqual([]);
  });
});

describe('a body named right after "the"', () => {
  const people = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.map((one) => one.name);
  it('makes no person of "elders of the Njuri Ncheke"', () => {
    expect(people('Headline\n\nThe Council was opened with prayers by elders of the Njuri Ncheke and a word of welcome.')).toEqual([]);
  });

  it('still makes a person of a name after "the" that a title or an honorific marks elsewhere', () => {
    expect(people('Headline\n\nThe rally was opened by the Kamau Njoroge we met. Mr Kamau Njoroge spoke.')).toEqual(['Kamau Njoroge']);
  });
});

describe('a short form that is a place or in a slogan', () => {
  it('keeps "in Umoja" (a place) and a quoted word from the party the article names in full', () => {
    const text = 'Headline\n\nThe Umoja Congress of Kenya met. Its rally in Umoja drew thousands, who chanted “Umoja ni nguvu”.';
    expect(parties(text).filter((name) => name === 'Umoja')).toEqual([]);
  });
});

describe('a person named after "the" before a noun of their own', () => {
  it('still makes a person of "the Kamau Njoroge camp"', () => {
    const people = summarise(analyseCorpus([seed('x.txt', 'Headline\n\nKamau Njoroge spoke. Later, the Kamau Njoroge camp said it would go to court.')], pack)).people.map((one) => one.name);
    expect(people).toEqual(['Kamau Njoroge']);
  });
});

describe('a word made with "party"', () => {
  it('makes no party of "the Tuinuane Vijana Kesho (TVK), a party-affiliated lobby"', () => {
    expect(parties('Headline\n\nThe Tuinuane Vijana Kesho (TVK), a party-affiliated lobby, marched on Monday.')).toEqual([]);
  });
});

describe('a party\'s popular name', () => {
  it('is the party it names: "the Citizens Party, as DCP is popularly known"', () => {
    const text = 'Headline\n\nThe Democracy for Citizens Party (DCP) named new officials on Thursday.\n\nMeanwhile, the Citizens Party, as DCP is popularly known, will hold its first National Governing Council meeting in Nyeri next month.';
    const names = summarise(analyseCorpus([seed('x.txt', text)], pack)).parties.map((party) => party.name);
    expect(names).toEqual(['Democracy for Citizens Party']);
  });
});
