/**
 * Non-entities shaped like people or parties, in the constructions the
 * seventh facts-dev batch (fd53-fd60) leans on: a party's organ written with
 * the party's name ("the P Parliamentary Party", "the P Youth League"), a
 * constituency in brackets after an MP's name, a generation's nickname after
 * a word that is also an honorific ("Gen Z"), a landmark named after a person
 * ("the Mama Ngina Waterfront"); and a party whose name ends in an
 * organisation's word ("Forum"), a party only where the article says what
 * only a party has. Each case is a short invented text with its entities
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack));
const people = (text: string) => report(text).people.map((one) => one.name);
const parties = (text: string) => report(text).parties.map((one) => one.name);

describe('a party\'s organ is no party', () => {
  it.each([
    ['"The UDA Parliamentary Party met"', 'Headline\n\nThe UDA Parliamentary Party met at the Bomas of Kenya on Tuesday and resolved to back the bill.'],
    [
      '"the Tumaini Bora Party Youth League"',
      'Headline\n\nThe Tumaini Bora Party (TBP) met in Nyeri on Saturday. The Tumaini Bora Party Youth League chairperson, Wambui Nyokabi Gachanja, said the youth would vote.',
    ],
    ['"the TBP Women\'s League"', 'Headline\n\nThe Tumaini Bora Party (TBP) met in Nyeri on Saturday. The TBP Women\'s League will meet in Nakuru next week.'],
  ])('%s', (_label, text) => {
    expect(parties(text).filter((name) => /Parliamentary|League/.test(name))).toEqual([]);
  });

  it('keeps the party whose organ it is', () => {
    const text = 'Headline\n\nThe Tumaini Bora Party (TBP) met in Nyeri on Saturday. The Tumaini Bora Party Youth League chairperson, Wambui Nyokabi Gachanja, said the youth would vote.';
    expect(parties(text)).toEqual(['Tumaini Bora Party']);
  });
});

describe('a body named with "for", "on", "of" and "and" is one name, none of its words a party or a person', () => {
  it.each([
    ['"the Movement for Democracy and Rights" (no party "Democracy")', 'Headline\n\nActivists of the Movement for Democracy and Rights said the bill was unfair.'],
    ['"the Kenya Alliance of Resident Associations (KARA)"', 'Headline\n\nThe Kenya Alliance of Resident Associations (KARA) chief executive Henry Ochieng Kipkorir opposed the levy.'],
    ['"the Amani Leaders Forum (ALF)" (no party "Amani")', 'Headline\n\nThe Amani Leaders Forum (ALF) endorsed Governor Abdullahi Ali Hassan on Sunday.'],
  ])('%s', (_label, text) => {
    expect(parties(text)).toEqual([]);
  });

  it('keeps a party so named whole: "the Coalition for Reforms and Democracy (CORD)"', () => {
    expect(parties('Headline\n\nThe Coalition for Reforms and Democracy (CORD) was formed in 2012.')).toEqual(['Coalition for Reforms and Democracy']);
  });

  it('keeps two parties joined by "and" apart when the first has its head word: "the P Party and Sudan\'s Q Party"', () => {
    expect(parties("Headline\n\nThe Ethiopian Prosperity Party and Sudan's National Congress Party sent delegates.").sort()).toEqual(['Ethiopian Prosperity Party', 'National Congress Party']);
  });

  it('makes no person of "the Commission on Administrative Justice (CAJ)"', () => {
    expect(people('Headline\n\nThe Commission on Administrative Justice (CAJ) received the complaint on Monday.')).toEqual([]);
  });
});

describe('a body named like a party that the article says is none', () => {
  it.each([
    ['", a civil society group,"', 'Headline\n\nThe Kenya Haki Democratic Movement, a civil society group, marched to Parliament. Its leader Mercy Akinyi Atieno said the bill was unfair. The Kenya Haki Democratic Movement will march again.'],
    ['", a lobby of farmers,"', 'Headline\n\nThe Wakulima National Alliance (WNA), a lobby of farmers, backed the bill. WNA chairman Kiptoo Kibet Rono said so.'],
    ['", which is not a registered party,"', 'Headline\n\nThe Vijana Progressive Front, which is not a registered party, endorsed Governor Abdullahi Ali Hassan.'],
  ])('%s', (_label, text) => {
    expect(parties(text)).toEqual([]);
  });

  it('is still a party when the apposition says it is one: ", the opposition party,"', () => {
    expect(parties('Headline\n\nThe Kenya Haki Democratic Movement, the opposition party, marched to Parliament.')).toEqual(['Kenya Haki Democratic Movement']);
  });
});

describe('a name after a title with its scope', () => {
  it.each([
    ['"Mombasa County Executive for Tourism X Y Z"', 'Headline\n\nMombasa County Executive for Tourism Zuhura Bakari Mwaringo defended the plan.', 'Zuhura Bakari Mwaringo'],
    ['"the Director of Public Prosecutions X Y Z"', 'Headline\n\nThe Director of Public Prosecutions Renson Ingonga Mulele met the governor.', 'Renson Ingonga Mulele'],
  ])('keeps the scope\'s word out of the name: %s', (_label, text, name) => {
    expect(people(text)).toEqual([name]);
  });
});

describe('no person', () => {
  it.each([
    ['a country: "the United Arab Emirates"', 'Headline\n\nThe United Arab Emirates and the Republic of South Sudan signed the deal.'],
    ['a co-operative: "the Kenya Union of Savings and Credit Co-operatives (KUSCCO)"', 'Headline\n\nThe Kenya Union of Savings and Credit Co-operatives (KUSCCO) met on Monday.'],
  ])('makes no person of %s', (_label, text) => {
    expect(people(text)).toEqual([]);
  });

  it('makes no person of a constituency in brackets after an MP\'s name: "MPs X (Emurua Dikirr) and Y (Baringo Central)"', () => {
    const text = 'Headline\n\nMPs Kiprugut Kimaru Limo (Kilgoris Ololulunga) and Kipsiele Sogomo Rerimoi (Baringo Central), both of UDA, backed the bill.';
    expect(people(text).sort()).toEqual(['Kiprugut Kimaru Limo', 'Kipsiele Sogomo Rerimoi']);
  });

  it('makes no seat of a retired officer\'s mark in brackets: "MCAs X (Bukembe) and Y (Rtd)"', () => {
    const text = 'Headline\n\nMCAs Barasa Ndiwa Lukoye (Bukembe) and Tanui Kipsang Chepsoi (Rtd) attended the burial.';
    const roles = (name: string) => (report(text).people.find((one) => one.name === name)?.roles ?? []).map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''}`);
    expect(roles('Tanui Kipsang Chepsoi')).toEqual(['MCA']);
    expect(roles('Barasa Ndiwa Lukoye')).toEqual(['MCA, Bukembe']);
  });

  it('makes no person of "Gen Z"', () => {
    const text = 'Headline\n\nMany young people from the Gen Z movement say they distrust all parties. Gen Z voters marched in 2024.';
    expect(people(text)).toEqual([]);
  });

  it('makes no person of a landmark named after one: "the Mama Ngina Waterfront"', () => {
    const text = 'Headline\n\nMombasa MCA Katana Mwakombo Nzaro opposed a Sh50 entry fee at the Mama Ngina Waterfront. "Mama Ngina Waterfront was built with public money," he said.';
    expect(people(text)).toEqual(['Katana Mwakombo Nzaro']);
  });
});

describe('a party whose name ends in "Forum"', () => {
  it('is a party where the article says what only a party has: "left Jubilee for the P (ACR)"', () => {
    const text = 'Headline\n\nProf Wangari Nduta Mwihaki left Jubilee for the Kenya Shambani Forum (KSF) in 2024 and was elected its party leader in March.';
    expect(parties(text)).toContain('Kenya Shambani Forum');
  });

  it('is no party on what a lobby may have too: a named leader, its own candidates', () => {
    const text =
      'Headline\n\nThe Turkana Amani Forum (TAF) met on Monday. TAF leader Ekai Lokwang Nakiru asked the candidates to keep the peace. TAF nominees to the peace committee will be named in May.';
    expect(parties(text)).toEqual([]);
  });
});

describe('a participle opening the sentence is no part of the name after it', () => {
  it.each([
    ['"Praising X, the outgoing chairman said"', 'Praising Achola, the outgoing chairman said the party was in safe hands.'],
    ['"Quoting X\'s pledge, Y asked"', "Quoting Achola's 2022 campaign pledge, the MCA asked his followers to act."],
    ['"Citing X\'s role, Y said"', "Citing Achola's role in the 1991 campaign, the party said it would hold a memorial."],
  ])('%s', (_label, sentence) => {
    const text = `Headline\n\nThe party elected Kepha Otieno Achola as its chairman on Saturday.\n\n${sentence}`;
    expect(people(text)).toEqual(['Kepha Otieno Achola']);
    expect(report(text).people[0]?.roles.map((role) => `${role.title} (${role.tense})`) ?? []).not.toContain('Chairman (former)');
  });
});

describe('words of a party\'s name are no person', () => {
  it.each([
    ['"Huru said"', 'Huru said the party was ready.'],
    ['"Wananchi Huru said"', 'Wananchi Huru said the party was ready.'],
  ])('%s beside the Chama cha Wananchi Huru', (_label, sentence) => {
    const text = `Headline\n\nThe Chama cha Wananchi Huru (CWH) has named its candidates for the by-election. ${sentence}`;
    expect(people(text)).toEqual([]);
    expect(parties(text)).toEqual(['Chama cha Wananchi Huru']);
  });

  it('keeps a person an honorific names: "Mr Huru said"', () => {
    const text = 'Headline\n\nThe Chama cha Wananchi Huru (CWH) has named its candidates. Its chairman, Mr Odhiambo Kevin Huru, said the party was ready.';
    expect(people(text)).toEqual(['Odhiambo Kevin Huru']);
  });
});

describe('titles joined by hyphens before a name', () => {
  it.each([
    ['"Outgoing Vice-Chair X"', 'Outgoing Vice-Chair Kennedy Odhiambo Oloo did not seek re-election.', 'Vice-Chair (former)'],
    ['"MCA-turned-MP X"', 'MCA-turned-MP Kennedy Odhiambo Oloo will draft the submission.', 'MP (current)'],
    ['"Former Kirinyaga Governor-turned-Senator X"', 'Former Kirinyaga Governor-turned-Senator Kennedy Odhiambo Oloo has also backed the coalition.', 'Senator (current)'],
  ])('are no part of the name, and the office is the one held now: %s', (_label, sentence, office) => {
    const found = report(`Headline\n\n${sentence}`).people;
    expect(found.map((one) => one.name)).toEqual(['Kennedy Odhiambo Oloo']);
    expect(found[0]?.roles.map((role) => `${role.title} (${role.tense})`)).toEqual([office]);
  });
});

describe('a headline\'s verb in Title Case is no part of a name', () => {
  it.each([
    ['"… Ditches UDA, Joins Okelo\'s ZPP"', '**Kericho Woman Rep Chelagat Kiprono Rotich Ditches UDA, Joins Okelo\'s ZPP**'],
    ['"… MP Kivuti Dumps Wiper, …"', '**Mwingi North MP Kivuti Dumps Wiper, Joins Rugut\'s Tumaini Bora Party**'],
  ])('%s', (_, headline) => {
    const text = `Headline\n\n${headline}\n\nThe Tumaini Bora Party, led by Wesley Okelo Rugut, welcomed Chelagat Kiprono Rotich and Ndinda Mueni Kivuti on Monday. Okelo Rugut, a former Kericho senator, said more would follow.`;
    expect(people(text).filter((name) => /Joins|Dumps|Ditches/.test(name))).toEqual([]);
  });
});

describe('a name written with initials', () => {
  it('keeps the initials in the name, and makes no person of them alone', () => {
    const text = 'Headline\n\nFormer Mwingi Central MP S.M. Kasyula said more leaders would follow. The party\'s policy director, Prof. K.W. Njoroge, will draft the manifesto. Mr. J.M. Otieno Ogola, the party\'s legal adviser, said the papers were in order.';
    expect(people(text)).toEqual(['J.M. Otieno Ogola', 'K.W. Njoroge', 'S.M. Kasyula']);
  });
});

describe('a nickname in quotation marks inside a name', () => {
  const text = 'Headline\n\nNominated MCA Peter "Mtoto wa Embu" Njeru Mbogo said youth would decide the race. President Peter Kirui Langat did not attend.\n\nSenate hopeful Ouma "Simba wa Lake" Adala quit the party on Monday.';

  it('reads the name whole, and joins no one else by its first name', () => {
    expect(people(text)).toEqual(['Ouma Adala', 'Peter Kirui Langat', 'Peter Njeru Mbogo']);
  });

  it('publishes the office its sentence states for the person named with the nickname', () => {
    const mbogo = report(text).people.find((one) => one.name === 'Peter Njeru Mbogo');
    expect(mbogo?.roles.map((role) => role.title)).toEqual(['MCA']);
    expect(report(text).people.find((one) => one.name === 'Peter Kirui Langat')?.roles.map((role) => role.title)).toEqual(['President']);
  });
});

describe('a county named after a title inside a quotation', () => {
  it('is no person holding that title: "the best Speaker Nandi has had"', () => {
    const text = 'Headline\n\nThe county\'s first Speaker, Mr Josephat Kiprono Tanui, who served from 2013 to 2017, described her as "the best Speaker Nandi has had".';
    expect(people(text)).toEqual(['Josephat Kiprono Tanui']);
  });
});

describe('"H.E." before a name', () => {
  it('is a courtesy title, not initials of the name', () => {
    const text = 'Headline\n\nH.E. Lydia Achieng Shikuku, the Kakamega Governor, opened the market on Monday.';
    expect(people(text)).toEqual(['Lydia Achieng Shikuku']);
  });
});

describe('a figure of scripture a speech is retold with', () => {
  const opening = 'Headline\n\nMbotela Governor Samson Kiprotich addressed worshippers at AIC Mbotela on Sunday.\n\n';

  it.each([
    'He likened his critics to Goliath and said David had defeated the giant with a single stone.',
    'Like Nehemiah, he added, he would rebuild the walls, and Joshua would lead the people into Canaan.',
    'He said Moses had led the Israelites out of Egypt.',
  ])('is no one: %s', (sentence) => {
    expect(people(`${opening}${sentence}`)).toEqual(['Samson Kiprotich']);
  });

  it.each([
    ['He was joined by Mbotela East MP David Kiptoo Langat and Bishop Moses Kipkemboi Sang.', ['David Kiptoo Langat', 'Moses Kipkemboi Sang', 'Samson Kiprotich']],
    ['He later met Gideon and Moses Kipkemboi Sang. Gideon said the meeting was cordial.', ['Gideon', 'Samson Kiprotich']],
  ])('keeps people with such given names: %s', (sentence, names) => {
    expect(people(`${opening}${sentence}`)).toEqual(names);
  });
});

describe('Kiswahili names of funds, slogans, groups and estates, and a ministry\'s portfolio, are no one', () => {
  it.each([
    ['"Pesa Mashinani was our slogan"', 'Headline\n\nKisii MCA Kemunto Bitengo Nyamweya spoke. Pesa Mashinani was our slogan in 2013, and we chanted it at every rally.', 'Pesa Mashinani'],
    ['"Wananchi wa Kitui wanataka …"', 'Headline\n\nKitui MCA Mwende Kalekye Musili spoke on radio. Wananchi wa Kitui wanataka mama ambaye anajua mashinani.', 'Wananchi wa Kitui'],
    ['"Mukuru Kwa Njenga"', 'Headline\n\nEmbakasi MP Ochieng Awino Otieno toured Mukuru Kwa Njenga on Monday.', 'Mukuru Kwa Njenga'],
    ['"Mwangaza Wa Elimu had helped"', 'Headline\n\nKibwezi MP Mueni Kalekye Mutua said Mwangaza Wa Elimu had helped 400 pupils.', 'Mwangaza Wa Elimu'],
    ['"said Bottom Up Economic Transformation Agenda had failed"', 'Headline\n\nKibwezi MP Mueni Kalekye Mutua said Bottom Up Economic Transformation Agenda had failed the traders.', 'Bottom Up Economic Transformation Agenda'],
    ['"said Jenga Kaunti Programme had helped"', 'Headline\n\nKibwezi MP Mueni Kalekye Mutua said Jenga Kaunti Programme had helped 400 traders.', 'Jenga Kaunti Programme'],
    ['"Tujenge Pamoja group also attended"', 'Headline\n\nKibwezi MP Mueni Kalekye Mutua spoke. Tujenge Pamoja group also attended the meeting.', 'Tujenge Pamoja'],
    ['"praised Safaricom Chama"', 'Headline\n\nKibwezi MP Mueni Kalekye Mutua praised Safaricom Chama and attacked the new levy.', 'Safaricom Chama'],
    ['"takes over Foreign Affairs"', 'Headline\n\nTrade CS Nyambura Wairimu Kago takes over Foreign Affairs with immediate effect. “Foreign Affairs is not new to me,” she said.', 'Foreign Affairs'],
  ])('%s', (_label, text, trap) => {
    expect(people(text)).not.toContain(trap);
  });

  it.each([
    ['"Mwangi wa Kariuki"', 'Headline\n\nOthaya MCA Mwangi wa Kariuki addressed the meeting on Sunday.', 'Mwangi wa Kariuki'],
    ['"Amani Wekesa Barasa" (a given name that is a Kiswahili word)', 'Headline\n\nKimilili MP Amani Wekesa Barasa addressed the meeting on Sunday.', 'Amani Wekesa Barasa'],
  ])('keeps the person: %s', (_label, text, person) => {
    expect(people(text)).toContain(person);
  });
});
