/**
 * Party ties and offices stated for lists and organs, in the constructions
 * the sixth facts-dev batch leans on: a party's nominee lists (for the
 * regional parliament too), "faces P nominee X", the chair of a party organ
 * written in capitals. And a nomination for an office the party or the
 * House fills by its own vote ("UDA's nominee for the post of Parliamentary
 * Caucus chairperson") is no candidacy. Each case is a short invented text
 * with its facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { ties, roles } = factReaders(pack);
const PARTIES = 'Headline\n\nThe Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) met.\n\n';

describe('a party organ\'s chair', () => {
  it('reads "X, who chairs UDA\'s National Elections Board," as the organ\'s chair, an office of the party', () => {
    const text = `${PARTIES}Ms Jane Wairimu Kamau, who chairs UDA's National Elections Board, spoke.`;
    expect(roles(text, 'Kamau')).toEqual([{ title: 'National Elections Board Chairman', organisation: 'UDA' }]);
    expect(ties(text, 'Kamau')).toEqual(['UDA National Elections Board Chairman']);
  });
});

describe('nominee lists', () => {
  it('gives each name of "ODM nominees X, Y and Z" a candidacy', () => {
    const text = `${PARTIES}ODM nominees Amina Hassan Noor, Otieno Juma Okello and Wafula Simiyu Barasa were cleared on Monday.`;
    for (const name of ['Noor', 'Okello', 'Barasa']) expect(ties(text, name)).toEqual(['ODM candidate']);
  });

  it('reads "faces ODM nominee X" as a candidacy of X only', () => {
    const text = `${PARTIES}In Kitui, Governor Mary Nduku Mwende faces ODM nominee Peter Musyoka Kilonzo in the race.`;
    expect(ties(text, 'Kilonzo')).toEqual(['ODM candidate']);
    expect(ties(text, 'Mwende')).toEqual([]);
  });

  it('gives the nominees of a list for the EALA the seat they seek', () => {
    const text = `${PARTIES}The East African Legislative Assembly (EALA) sits in Arusha. UDA's nominees for the EALA include Cherop Jeptoo Kiprop, Gitau Njoroge Mwangi and Halima Abdi Noor.`;
    for (const name of ['Kiprop', 'Mwangi', 'Noor']) {
      expect(roles(text, name)).toEqual([{ title: 'MP', organisation: 'East African Legislative Assembly', tense: 'aspiring' }]);
      expect(ties(text, name)).toEqual(['UDA candidate']);
    }
  });

  it('reads "P has fronted X, a former envoy, and Y, who served as …, for the EALA seats" for both', () => {
    const text = `${PARTIES}The East African Legislative Assembly (EALA) sits in Arusha. ODM has fronted Dr Okumu Achieng Odera, a one-time Kenyan ambassador to Tanzania, and Nekesa Wafula Barasa, who served as Busia Woman Representative between 2017 and 2022, for the EALA seats.`;
    for (const name of ['Odera', 'Barasa']) {
      expect(ties(text, name)).toEqual(['ODM candidate']);
      expect(roles(text, name)).toContainEqual({ title: 'MP', organisation: 'East African Legislative Assembly', tense: 'aspiring' });
    }
  });
});

describe('offices and moves stated around an apposition or an honorific', () => {
  const PUPK = 'Headline\n\nThe People\'s Unity Platform-Kenya (PUP-K) opened an office. PUP-K leader Eng. Onyuka Ododa Ambala spoke. PUP-K aspirants will be named in May.\n\n';
  it.each([
    ['"the P\'s secretary-general, Hon. X,"', `${PUPK}In a statement, the PUP-K's secretary-general, Hon. Saadia Golo Bonaya, said the party had written to the EACC.`, 'Bonaya', ['PUP-K Secretary-General']],
    ['"was confirmed as P\'s Deputy Party Leader"', `${PUPK}Hon. Muthamia Kiautha Gikundi, the Igembe Central MP, was confirmed as PUP-K's Deputy Party Leader.`, 'Gikundi', ['PUP-K Deputy Party Leader']],
    ['"X, a lawyer, left P for Q in 2025"', `${PUPK}Mr Lemein Sironka Kores, a lawyer, left ODM for the PUP-K in 2025.`, 'Kores', ['ODM left', 'PUP-K joined']],
    ['"X, a P lawmaker serving his first term,"', 'Headline\n\nKiteme Kavulu Nzioki, a Wiper lawmaker serving his first term, hit back.', 'Nzioki', ['Wiper member']],
    ['"who left P for Q in 2023 and is the Q\'s Party Whip in the Senate"', `${PUPK}Vihiga Senator Mmbone Anyika Luvai, who left ANC for the PUP-K in 2023 and is the PUP-K's Party Whip in the Senate, spoke.`, 'Luvai', ['ANC left', 'PUP-K joined', 'PUP-K Party Whip']],
  ])('%s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it('reads "P has nominated X, Y and Z as its candidates for the EALA" as each a candidate for the seat', () => {
    const text = `${PUPK}The PUP-K has nominated former Kericho Senator Dr Chelimo Kiptum Arusei, Nekoye Wanyonyi Sirengo and Lemein Sironka Kores as its candidates for the East African Legislative Assembly (EALA).`;
    for (const name of ['Arusei', 'Sirengo', 'Kores']) {
      expect(ties(text, name)).toEqual(['PUP-K candidate']);
      expect(roles(text, name)).toContainEqual({ title: 'MP', organisation: 'East African Legislative Assembly', tense: 'aspiring' });
    }
  });
});

describe('a party glued to the title before a name set off by a comma', () => {
  it.each([
    ['"The PUP-K-allied God Jope MCA, X,"', 'Headline\n\nThe PUP-K-allied God Jope MCA, Obonyo Okoth Nyakwana, has been campaigning in Kakrao.', 'Nyakwana', ['PUP-K ally'], { title: 'MCA', organisation: 'God Jope' }],
    ['"the ODM-affiliated Majority Leader of the Migori County Assembly, X,"', 'Headline\n\nBut the ODM-affiliated Majority Leader of the Migori County Assembly, Pamela Adhiambo Oketch, said the party was renting crowds.', 'Oketch', ['ODM ally'], { title: 'Majority Leader', organisation: 'Migori County Assembly' }],
  ])('%s', (_label, text, name, expected, role) => {
    expect(ties(text, name)).toEqual(expected);
    expect(roles(text, name)).toContainEqual(role);
  });
});

describe('the chair of a caucus', () => {
  it('reads "The X Caucus, a grouping of MPs, has said …. Its chairman, Kuresoi South MP Y," as the caucus chair, and no party tie', () => {
    const text = `${PARTIES}The Rift Valley Parliamentary Caucus, a grouping of MPs from all parties, has said the UDA is tired. Its chairman, Kuresoi South MP Korir Cheptoo Barmasai, spoke by phone.`;
    expect(roles(text, 'Barmasai')).toContainEqual({ title: 'Chairman', organisation: 'Rift Valley Parliamentary Caucus' });
    expect(ties(text, 'Barmasai')).toEqual([]);
  });
});

describe('a clause that moves on with "but"', () => {
  const MAGEUZI = 'Headline\n\nThe Mageuzi Congress of Kenya (MCK) met.\n\n';
  it('reads "who was elected on an ODM ticket in 2022 but now chairs P\'s National Elections Board" as both', () => {
    const text = `${MAGEUZI}Rabai MP Safari Mwamuye Dena, who was elected on an ODM ticket in 2022 but now chairs MCK's National Elections Board, spoke.`;
    expect(ties(text, 'Dena').sort()).toEqual(['MCK National Elections Board Chairman', 'ODM candidate former']);
  });

  it('reads "who was elected on a P ticket in 2022 but quit the party for Q in June" as a candidacy, left P and joined Q', () => {
    const text = `${PARTIES}Mulatya Syombua Nthenya, who was elected on an ODM ticket in 2022 but quit the party for the UDA in June, spoke.`;
    expect(ties(text, 'Nthenya')).toEqual(['ODM candidate former', 'ODM left', 'UDA joined']);
  });
});

describe('an organ of the party before its office', () => {
  it('reads "the UDA Women\'s League chairperson in Migori, X," as the organ\'s office', () => {
    const text = `${PARTIES}Ms Oketch and the UDA Women's League chairperson in Migori, Sarah Kerubo Nyagechi, shared a platform.`;
    expect(ties(text, 'Nyagechi')).toEqual(["UDA Women's League Chairperson"]);
  });
});

describe('a ticket after an apposition', () => {
  it('reads "Dr X, a one-time Kenyan ambassador to Ethiopia, has declared she will seek the presidency on a P ticket" as a candidacy', () => {
    const text = `${PARTIES}Dr Kerubo Nyaboke Ombongi, a one-time Kenyan ambassador to Ethiopia, has declared she will seek the presidency on a UDA ticket.`;
    expect(ties(text, 'Ombongi')).toEqual(['UDA candidate']);
  });
});

describe('"the party\'s" office of the party just joined', () => {
  it('reads "X, who quit P in October to join Q and is now the party\'s Director of Elections" as an office of Q', () => {
    const text = `${PARTIES}Subukia MCA Chemutai Kipkorir Soet, who quit ODM in October to join UDA and is now the party's Director of Elections, spoke.`;
    expect(ties(text, 'Soet')).toEqual(['ODM left', 'UDA joined', 'UDA Director of Elections']);
  });
});

describe('a second office given with a pronoun', () => {
  it('reads "confirmed Prof X as Party Leader of the P and endorsed her as the party\'s presidential candidate" as both', () => {
    const text = `${PARTIES}The council confirmed Prof Adhiambo Nyawade Okuku as Party Leader of the UDA and endorsed her as the party's presidential candidate in the 2027 General Election.`;
    expect(ties(text, 'Okuku').sort()).toEqual(['UDA candidate', 'UDA leader']);
    expect(roles(text, 'Okuku')).toContainEqual({ title: 'President', tense: 'aspiring' });
  });
});

describe('a ticket the subject says he will seek, a place named between', () => {
  it('reads "Speaking to Taifa Leo, X, who chairs the Caucus on Y, said he would seek re-election in Garsen on a P ticket" as a candidacy', () => {
    const text = `${PARTIES}Speaking to Taifa Leo, Halako Dido Komora, who chairs the Parliamentary Caucus on Pastoralism, said he would seek re-election in Garsen on a UDA ticket.`;
    expect(ties(text, 'Komora')).toEqual(['UDA candidate']);
  });
});

describe('a plural title set off by commas before a list', () => {
  it('gives each of "Two Kenyan MPs, Mr X and Mr Y, have written" the seat', () => {
    const text = 'Headline\n\nTwo Kenyan MPs, Mr Kimani Ngure Wahome and Mr Otieno Adongo Ogola, have written to the Clerk.';
    expect(roles(text, 'Wahome')).toEqual([{ title: 'MP' }]);
    expect(roles(text, 'Ogola')).toEqual([{ title: 'MP' }]);
  });

  it('gives no seat to those the MPs were led by or met', () => {
    expect(roles('Headline\n\nTwo Kenyan MPs, led by Mr Kimani Ngure Wahome and Mr Otieno Adongo Ogola, walked out.', 'Wahome')).toEqual([]);
    expect(roles('Headline\n\nThe MPs, who met Mr Kimani Ngure Wahome and Mr Otieno Adongo Ogola, walked out.', 'Ogola')).toEqual([]);
  });
});

describe('offices named after an apposition or a body\'s possessive', () => {
  it.each([
    ['"X, the Majority Leader of the Laikipia County Assembly, who also chairs the County Assembly Business Committee,"', 'Headline\n\nKariuki Waigwa Muthee, the Majority Leader of the Laikipia County Assembly, who also chairs the County Assembly Business Committee, defended the governor.', 'Muthee', { title: 'Chairman', organisation: 'County Assembly Business Committee' }],
    ['"The Embu County Assembly\'s Acting Clerk, X,"', 'Headline\n\nThe Embu County Assembly\'s Acting Clerk, Ciarunji Mwende Kiura, told the court that the motion was proper.', 'Kiura', { title: 'Clerk', organisation: 'Embu County Assembly', tense: 'acting' }],
  ])('%s', (_label, text, name, role) => {
    expect(roles(text, name)).toContainEqual(role);
  });

  it('reads "who served as Foreign Affairs CS between 2013 and 2015 and now chairs the P\'s technical committee" as the organ\'s chair', () => {
    const text = `${PARTIES}Also on the panel was Prof Odhiambo Okoth Ayieko, who served as Foreign Affairs Cabinet Secretary between 2013 and 2015 and now chairs the UDA's technical committee.`;
    expect(ties(text, 'Ayieko')).toEqual(['UDA Technical Committee Chairman']);
  });
});

describe('an apposition after a party in brackets', () => {
  it('reads "Majority Leader X (UDA), the Kirimari MCA," as both offices and the tie', () => {
    const text = `${PARTIES}The motion was moved by Majority Leader Wawira Karimi Ngai (UDA), the Kirimari MCA, who spoke by phone.`;
    expect(roles(text, 'Ngai')).toEqual([{ title: 'Majority Leader' }, { title: 'MCA', organisation: 'Kirimari' }]);
    expect(ties(text, 'Ngai')).toEqual(['UDA member']);
  });
});

describe('a move to a party the sentence opens with, described rather than named', () => {
  it('reads "The P received X, who defected from Q to the Coast-based party," as left Q and joined P', () => {
    const text = `${PARTIES}The UDA on Sunday received Garsen MP Halako Dido Komora, who defected from ODM to the Coast-based party at a rally.`;
    expect(ties(text, 'Komora')).toEqual(['ODM left', 'UDA joined']);
  });
});

describe('an office after a calling in one apposition', () => {
  it('reads "X, a retired teacher and one-time Gikondi MCA who is also seeking the seat," as a former MCA', () => {
    const text = "Headline\n\nThe MPA has fronted Ndungu against UDA's Peter Maina Wahome, a retired teacher and one-time Gikondi MCA who is also seeking the Mukurweini seat.";
    expect(roles(text, 'Wahome')).toContainEqual({ title: 'MCA', organisation: 'Gikondi', tense: 'former' });
  });
});

describe('a nomination for a party or House office', () => {
  it.each([
    ['"X is P\'s nominee for the post of Parliamentary Caucus chairperson"', 'Kisumu Central MP Atieno Odhiambo Ogola is UDA\'s nominee for the post of Parliamentary Caucus chairperson.'],
    ['"X, P\'s nominee for the post of party chairman,"', 'Nairobi MCA Atieno Odhiambo Ogola, ODM\'s nominee for the post of party chairman, said he would unite members.'],
    ['"X is P\'s candidate for Majority Whip"', 'Senator Atieno Odhiambo Ogola is UDA\'s candidate for Majority Whip.'],
  ])('gives no candidate tie: %s', (_label, sentence) => {
    expect(ties(`${PARTIES}${sentence}`, 'Ogola').filter((tie) => tie.includes('candidate'))).toEqual([]);
  });

  it('still reads a candidacy for a seat the voters fill', () => {
    expect(ties(`${PARTIES}Atieno Odhiambo Ogola is UDA's candidate for the Kisumu Central seat.`, 'Ogola')).toEqual(['UDA candidate']);
  });
});
