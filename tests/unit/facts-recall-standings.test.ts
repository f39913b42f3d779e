/**
 * Names, roles, ties and party traps in the constructions the fourth facts-dev
 * batch (fd29-fd36) leans on: transcripts' labels, particles inside names,
 * offices written after an apposition or after the name, committee chairs,
 * places of every shape, and bodies whose names carry a party's word. Each
 * case is a short invented text with its facts written by hand; the quotes of
 * the same batch are in facts-recall-speakers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders, SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { extract, speakers, ties, roles } = factReaders(pack);
const said = SAID;
const names = (text: string) => extract(text).mentions.filter((mention) => mention.kind !== 'party').map((mention) => mention.name);

describe('names', () => {
  it('reads a transcript\'s label as no part of the name: "Host X: “…”"', () => {
    const text = `Headline\n\nHere are some of the exchanges:\n\nHost Wanjiru Atieno Kamau: "${said}?"`;
    expect(names(text)).toContain('Wanjiru Atieno Kamau');
    expect(names(text).some((name) => name.startsWith('Host'))).toBe(false);
    expect(speakers(text)).toEqual(['Wanjiru Atieno Kamau']);
  });

  it('keeps a lower-case particle inside a name and the title before it out: "Former Speaker X arap Y Z"', () => {
    const text = 'Headline\n\nFormer Speaker Kiprono arap Langat Soi, who served as Bomet County Assembly Speaker between 2013 and 2017, spoke.';
    expect(names(text)).toContain('Kiprono arap Langat Soi');
    expect(roles(text, 'Soi')).toEqual([{ title: 'Speaker', organisation: 'Bomet County Assembly', tense: 'former' }]);
  });

  it('keeps "ole" inside a name after a title: "Narok East MP X ole Y"', () => {
    expect(names('Headline\n\nNarok East MP Saitoti ole Nkoitiko spoke.')).toContain('Saitoti ole Nkoitiko');
  });

  it('reads "Rev Canon X" as a cleric\'s honorifics, no part of the name', () => {
    expect(names('Headline\n\nRev Canon Mwalimu Kazungu Chome led the prayers.')).toContain('Mwalimu Kazungu Chome');
  });

  it('makes no person of the platform a post is on: "X wrote on Facebook that …"', () => {
    const text = 'Headline\n\nKimilili MP Wafula Kituyi Barasa wrote on Facebook last week that the region had to stop "begging for a seat at somebody else\'s table".';
    expect(names(text)).not.toContain('Facebook');
    expect(speakers(text)).toEqual(['Wafula Kituyi Barasa']);
  });
});

describe('roles and ties', () => {
  it('reads "a two-term governor who left office" as a former Governor, the count of terms no part of the title', () => {
    expect(roles('Headline\n\nAt the centre of it is Mwakio Kishushe Mghanga, a two-term governor who left office in 2022.', 'Mghanga')).toEqual([{ title: 'Governor', tense: 'former' }]);
  });

  it('gives "X, who is also the P\'s presidential candidate" a candidacy, not a relation called President', () => {
    const text = "Headline\n\nThe Progressive Party of Kenya (PPK) met. Dr Mwendwa, who is also the PPK's presidential candidate, said the council would meet.";
    expect(ties(text, 'Mwendwa')).toEqual(['PPK candidate']);
  });
});

describe('offices stated after an apposition', () => {
  it.each([
    ['"X, the … MP, was elected P Deputy Party Leader"', 'Headline\n\nThe Jumuia Democratic Congress (JDC) met. Hon. Mutua Kilonzo Ndambuki, the Kibwezi East MP, was elected JDC Deputy Party Leader.', 'Ndambuki', ['JDC Deputy Party Leader']],
    ['"X, the … MP, remains the P Party Whip"', 'Headline\n\nThe Jumuia Democratic Congress (JDC) met. Hon. Zawadi Akinyi Odera, the Ugunja MP, remains the JDC Party Whip in the National Assembly.', 'Odera', ['JDC Party Whip']],
  ])('reads the office: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it('reads no office in "X is the P candidate"', () => {
    expect(ties('Headline\n\nThe Jumuia Democratic Congress (JDC) met. Hon. Zawadi Akinyi Odera, the Ugunja MP, is the JDC candidate in the by-election.', 'Odera')).not.toContain('JDC Candidate');
  });
});

describe('county offices', () => {
  it('reads "Bungoma County Executive for Health Dr X" as the County Executive of Bungoma', () => {
    expect(roles('Headline\n\nBungoma County Executive for Health Dr Mukoya Wekesa Sitati spoke.', 'Sitati')).toEqual([{ title: 'County Executive', organisation: 'Bungoma' }]);
  });
});

describe('party traps', () => {
  const parties = (text: string) => extract(text).mentions.filter((mention) => mention.kind === 'party').map((mention) => mention.name);

  it.each([
    ['a trade\'s alliance', 'Headline\n\nThe Kenya Tea Growers Alliance met the Kericho MPs on Monday.'],
    ['a cause\'s movement', 'Headline\n\nThe Muslim Rights Movement petitioned the Senate on Monday.'],
    ['a faith\'s congress', 'Headline\n\nThe Evangelical Christian Congress opened in Nakuru on Monday.'],
    ['traders\' welfare association', 'Headline\n\nThe Kamukunji Traders Welfare Association backed the levy.'],
    ['a union named in Kiswahili: "Chama cha Walimu Kenya"', 'Headline\n\nThe Chama cha Walimu Kenya called off the strike on Monday.'],
  ])('makes no party of %s', (_label, text) => {
    expect(parties(text)).toEqual([]);
  });

  it('still reads a party whose name has a party word and a place: "Wakulima Party of Kenya"', () => {
    expect(parties('Headline\n\nThe Wakulima Party of Kenya met in Eldoret on Monday.')).toContain('Wakulima Party of Kenya');
  });
});

describe('places of every shape', () => {
  const people = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.map((one) => one.name);

  it.each([
    ['"the X by-election"', 'Headline\n\nThe Bogeka Mokomoni by-election is set for March.'],
    ['"Residents of X"', 'Headline\n\nResidents of Bogeka Mokomoni want a new MP.'],
    ['"X constituency"', 'Headline\n\nBogeka Mokomoni constituency has 40,000 voters.'],
    ['"won the X seat"', 'Headline\n\nHe won the Bogeka Mokomoni seat in 2022.'],
    ['"who represents X in Parliament"', 'Headline\n\nThe MP, who represents Bogeka Mokomoni in Parliament, spoke.'],
  ])('makes no person of a place named in %s', (_label, text) => {
    expect(people(text)).not.toContain('Bogeka Mokomoni');
  });

  it('still reads a client as a person: "the lawyer who represents X in court"', () => {
    expect(people('Headline\n\nThe lawyer who represents Simba Arati Nyakundi in court spoke. Simba Arati Nyakundi did not attend.')).toContain('Simba Arati Nyakundi');
  });

  it('still reads a person whose seat is named: "X\'s seat", "X won the by-election"', () => {
    expect(people("Headline\n\nSenator Simba Arati Nyakundi's seat is safe. Simba Arati Nyakundi won the by-election.")).toContain('Simba Arati Nyakundi');
  });
});

describe('ties in the fourth batch\'s constructions', () => {
  it.each([
    ['"X, who was elected on a P (ACR) ticket in 2022"', 'Headline\n\nWangamati, who was elected on a Haki na Usawa Party (HUP) ticket in 2022, posted a photo.', 'Wangamati', ['Haki na Usawa Party candidate former']],
    ['"X, a first-term MP allied to the P"', 'Headline\n\nKimilili MP Kituyi Masibo Wekhomba, a first-term MP allied to the HUP, joined the fray.', 'Wekhomba', ['HUP ally']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it('reads no alliance in "X, a first-term MP, met leaders allied to the P"', () => {
    expect(ties('Headline\n\nKimilili MP Kituyi Masibo Wekhomba, a first-term MP, met leaders allied to the HUP.', 'Wekhomba')).toEqual([]);
  });
});

describe('offices written after the name', () => {
  it.each([
    ['"X, who served as chairman of the Departmental Committee on Lands"', 'Headline\n\nVoi MP Kilalo Mwanyumba Mghendi, who served as chairman of the Departmental Committee on Lands in the last Parliament, spoke.', 'Mghendi', { title: 'Chairman', organisation: 'Departmental Committee on Lands', tense: 'former' }],
    ['"X, who chairs the Senate County Public Accounts Committee"', 'Headline\n\nSenator Kinyua Muthuri Gitari, who chairs the Senate County Public Accounts Committee, spoke.', 'Gitari', { title: 'Chairman', organisation: 'Senate County Public Accounts Committee' }],
    ['"X, a two-term governor who left office in 2022 and now leads the P"', 'Headline\n\nAt the centre of it is Mwakio Kishushe Mghanga, a two-term governor who left office in 2022 and now leads the Pwani Mpya Party (PMP).', 'Mghanga', { title: 'Party Leader', organisation: 'Pwani Mpya Party' }],
  ])('reads the role: %s', (_label, text, name, role) => {
    expect(roles(text, name)).toContainEqual(role);
  });

  it('reads no chair in "X, who is a member of the … Committee"', () => {
    expect(roles('Headline\n\nSenator Kinyua Muthuri Gitari, who is a member of the Senate County Public Accounts Committee, spoke.', 'Gitari')).toEqual([{ title: 'Senator' }]);
  });
});

describe('ties after an apposition, and offices opening a sentence', () => {
  it.each([
    ['"Hon. X, the Sotik MP, who left the P for the Q on Friday"', 'Headline\n\nThe NEC welcomed Hon. Chepkurui Kipsang Mibei, the Sotik MP, who left the DCP for the HUP on Friday.', 'Mibei', ['DCP left', 'HUP joined']],
    ['"The party\'s chairperson, X, said" at a sentence\'s start', "Headline\n\nThe Umoja Party-Kenya (UP-K) met on Monday. The party's chairperson, Ruth Kanini Mwangangi, said the register would be audited.", 'Mwangangi', ['Umoja Party-Kenya Chairperson']],
    ['"Its leader, X, said" at a sentence\'s start', 'Headline\n\nThe Umoja Party-Kenya (UP-K) met on Monday. Its leader, Ruth Kanini Mwangangi, said the register would be audited.', 'Mwangangi', ['Umoja Party-Kenya leader']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });
});

describe('two offices in one apposition', () => {
  it('reads "X, the P (ACR) leader and a former Marsabit Senator," as both', () => {
    const text = 'Headline\n\nDr Amina Golicha Dabasso, the Haki na Usawa Party (HUP) leader and a former Marsabit Senator, has met the CCW-K leader.';
    expect(roles(text, 'Dabasso')).toEqual([
      { title: 'Party Leader', organisation: 'Haki na Usawa Party' },
      { title: 'Senator', organisation: 'Marsabit', tense: 'former' },
    ]);
  });

  it('reads no office from "X, the MP and a farmer,"', () => {
    expect(roles('Headline\n\nKamau Njoroge Mwangi, the Molo MP and a farmer, spoke.', 'Mwangi')).toEqual([{ title: 'MP', organisation: 'Molo' }]);
  });
});

describe('"The committee\'s chairman, X," after the committee is named', () => {
  it('gives X the chair of the committee the article named last', () => {
    const text = "Headline\n\nAppearing before the Senate County Public Accounts Committee, Governor Lorna Adoyo Ouko blamed the Treasury.\n\nThe committee's chairman, UDA's Kinyua Muthuri Gitari, was not persuaded.";
    expect(roles(text, 'Gitari')).toContainEqual({ title: 'Chairman', organisation: 'Senate County Public Accounts Committee' });
  });

  it('gives no chair when no committee was named before', () => {
    const text = "Headline\n\nGovernor Lorna Adoyo Ouko blamed the Treasury.\n\nThe committee's chairman, Kinyua Muthuri Gitari, was not persuaded.";
    expect(roles(text, 'Gitari')).toEqual([]);
  });
});

describe('an office held in an acting capacity', () => {
  it.each([
    ['"X, who has been acting Attorney General since March,"', 'Headline\n\nOchola Ndege Omolo, who has been acting Attorney General since March, spoke.', 'Omolo', [{ title: 'Attorney General', tense: 'acting' }]],
    ['"Deputy Speaker X has been acting Speaker since …"', 'Headline\n\nKericho County Assembly Deputy Speaker Kipchumba Rono Keter has been acting Speaker since the motion was tabled.', 'Keter', [{ title: 'Deputy Speaker', organisation: 'Kericho County Assembly' }, { title: 'Speaker', tense: 'acting' }]],
  ])('reads the roles: %s', (_label, text, name, expected) => {
    expect(roles(text, name)).toEqual(expected);
  });

  it('reads no acting office in "X has been acting in bad faith"', () => {
    expect(roles('Headline\n\nOchola Ndege Omolo has been acting in bad faith, the MCAs said.', 'Omolo')).toEqual([]);
  });
});

describe('seats sought, as the fifth batch writes them', () => {
  it.each([
    ['"X has declared she will seek the presidency on a P ticket"', 'Headline\n\nDr Kerubo Nyaboke Ombongi has declared she will seek the presidency on a KMAP ticket.', 'Ombongi', [{ title: 'President', tense: 'aspiring' }]],
    ['"X would be the party\'s candidate for the Kesses seat"', 'Headline\n\nMaiyo revealed that Racecourse MCA Alfred Kibet Lagat would be the party\'s candidate for the Kesses seat in any by-election.', 'Lagat', [{ title: 'MCA', organisation: 'Racecourse' }, { title: 'MP', organisation: 'Kesses', tense: 'aspiring' }]],
    ['"X was named the party\'s candidate for the Mukurweini by-election"', 'Headline\n\nHannah Wangeci Ndungu, who defected from ODM to the MPA last year, was named the party\'s candidate for the Mukurweini by-election.', 'Ndungu', [{ title: 'MP', organisation: 'Mukurweini', tense: 'aspiring' }]],
  ])('%s', (_label, text, name, expected) => {
    expect(roles(text, name)).toEqual(expected);
  });

  it('reads no seat sought in "X will seek the views of the people"', () => {
    expect(roles('Headline\n\nDr Kerubo Nyaboke Ombongi will seek the views of the people first.', 'Ombongi')).toEqual([]);
  });
});

describe('seats sought, more', () => {
  it.each([
    ['"X, a former …, who joined Jubilee last year and is now eyeing the Kisii governorship"', 'Headline\n\nAcross the table sits Nyakundi Ombati Mogaka, a former Deputy Inspector General of Police who joined Jubilee last year and is now eyeing the Kisii governorship.', 'Mogaka', { title: 'Governor', organisation: 'Kisii', tense: 'aspiring' }],
    ['"X … is now eyeing the governorship on a PMP ticket"', 'Headline\n\nThe third name is Voi MP Kilalo Mwanyumba Mghendi, who is now eyeing the governorship on a PMP ticket.', 'Mghendi', { title: 'Governor', tense: 'aspiring' }],
    ['"Governor X … is seeking a second term"', 'Headline\n\nGovernor Mercy Wakesho Mdawida, who was elected on a Wiper ticket in 2022, is seeking a second term.', 'Mdawida', { title: 'Governor', tense: 'aspiring' }],
  ])('%s', (_label, text, name, expected) => {
    expect(roles(text, name)).toContainEqual(expected);
  });

  it('reads each name of "The aspirants for the Garissa governorship so far are A (UDA), B (ODM) and C (KDA)"', () => {
    const text = 'Headline\n\nThe aspirants for the Garissa governorship so far are Hodan Ibrahim Sugow (UDA), Ibrahim Noor Abdille (ODM) and Osman Bulle Gabow (KDA).';
    for (const name of ['Sugow', 'Abdille', 'Gabow']) expect(roles(text, name)).toEqual([{ title: 'Governor', organisation: 'Garissa', tense: 'aspiring' }]);
  });

  it('reads no seat in "X, who is seeking a second opinion"', () => {
    expect(roles('Headline\n\nMr Osman Bulle Gabow, who is seeking a second opinion, spoke.', 'Gabow')).toEqual([]);
  });
});

describe('a list of titled names, "all of the P"', () => {
  it('ties every name of "Kalokol MCA X, Kerio Delta MCA Y and Kakuma MCA Z, all of the PDP-K, are …" to the party', () => {
    const text = 'Headline\n\nThe Pastoralist Democratic Party-Kenya (PDP-K) met. Kalokol MCA Nakaya Asekon Lokiru, Kerio Delta MCA Ekomwa Lochoto Ereng and Kakuma MCA Amoit Nasike Lobur, all of the PDP-K, are the party\'s most visible faces.';
    for (const name of ['Lokiru', 'Ereng', 'Lobur']) expect(ties(text, name)).toEqual(['PDP-K member']);
  });

  it('ties no one before a verb: "X met Kakuma MCA Y and Z, all of the PDP-K"', () => {
    const text = 'Headline\n\nThe Pastoralist Democratic Party-Kenya (PDP-K) met. Governor Lotukoi Ewoton Akai met Kakuma MCA Amoit Nasike Lobur and Ekomwa Lochoto Ereng, all of the PDP-K.';
    expect(ties(text, 'Akai')).toEqual([]);
  });
});

describe('an office named for its field', () => {
  it('reads "X, who is also the DAPK\'s Director of Policy," as the Director of Policy of the DAPK', () => {
    const text = "Headline\n\nThe Democratic Action Party of Kenya (DAPK) met. Hon. Kipyegon Tanui Chepsergon, who is also the DAPK's Director of Policy, spoke.";
    expect(roles(text, 'Chepsergon')).toEqual([{ title: 'Director of Policy', organisation: 'DAPK' }]);
  });

  it('keeps the body after "of" when none is named before: "X, the director of the Kenya School of Government,"', () => {
    const text = 'Headline\n\nDr Kipyegon Tanui Chepsergon, the director of the Kenya School of Government, spoke.';
    expect(roles(text, 'Chepsergon').map((role) => role?.title)).not.toContain('Director of Kenya School');
  });
});

describe('a plural title before a list with parties in brackets', () => {
  it('gives every name of "MCAs X (ODM), Y (UDA) and Z (KRF)" the title, and each its own party', () => {
    const text = 'Headline\n\nMCAs Joel Omwenga Nyaboga (ODM), Caren Bitutu Ogari (UDA) and Hesbon Nyakwara Magara (KRF) walked out.';
    expect(roles(text, 'Ogari')).toEqual([{ title: 'MCA' }]);
    expect(ties(text, 'Ogari')).toEqual(['UDA member']);
    expect(ties(text, 'Magara')).toEqual(['KRF member']);
  });
});

describe('a nominated seat not yet taken up', () => {
  it('reads "X, who was nominated to the Senate under the party\'s share," as an incoming Senator', () => {
    const text = "Headline\n\nThe list includes nominee Fardowsa Adan Kullow, who was nominated to the Senate under the party's share of the special seats.";
    expect(roles(text, 'Kullow')).toEqual([{ title: 'Senator', tense: 'incoming' }]);
  });
});

describe('a move told in one clause', () => {
  it('reads "X, the immediate former P chairman, who quit the party in October to join Q (Q-ABBR)" as left P and joined Q', () => {
    const text = 'Headline\n\nThe Democratic Action Party of Kenya (DAPK) met. He replaces Mr Kiplimo Sang Chemweno, the immediate former DAPK chairman, who quit the party in October to join the National Reform Movement (NAREM).';
    expect(ties(text, 'Chemweno')).toEqual(['DAPK left', 'National Reform Movement joined']);
  });
});

describe('a word describing the holder', () => {
  it('reads "X, a first-time candidate," as no office', () => {
    expect(roles('Headline\n\nOndiek Achieng Apondi, a first-time candidate, dismissed the claims.', 'Apondi')).toEqual([]);
  });
});
