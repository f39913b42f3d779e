/**
 * Party ties stated in the other words news English has for leaving, working
 * with and staying in a party: "ended a 12-year association with P", "parted
 * ways with P", "cut ties with P", "renounced her membership of P" (left);
 * "joined hands with P", "teamed up with P" (ally); "said he would remain in
 * P" (member); a list of those present, "X (Ainabkoi, TBP)", "X (Likuyani,
 * TBP-allied)" (member, ally); "X, a former nominated MCA, is TBP's
 * candidate" (candidate, past an apposition that names no one else). Each
 * case is a short invented text with its ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { extract, allTies } = factReaders(pack);

/** Every role the article gives the person, over all their mentions: title, organisation, tense. */
const allRoles = (text: string, surname: string) =>
  extract(text)
    .mentions.filter((mention) => mention.kind !== 'party' && mention.name.endsWith(surname))
    .flatMap((mention) => [mention.role, ...(mention.roles ?? [])].filter((role) => role !== undefined).map((role) => `${role.title} of ${role.organisation}${role.tense ? ` (${role.tense})` : ''}`));

const opening = 'Headline\n\nThe Tumaini Bora Party (TBP) and the Umoja Mpya Congress (UMC) met in Nakuru.\n\n';

describe('a tie ended, in other words than "left"', () => {
  it.each([
    ['Kitui Senator Musyoka Kaleli Nzau on Saturday, June 21, ended a 12-year association with the TBP.', 'Nzau'],
    ['Kitui Senator Musyoka Kaleli Nzau has parted ways with the TBP after a row over nominations.', 'Nzau'],
    ['Kitui Senator Musyoka Kaleli Nzau, a first-term legislator, cut ties with the TBP last week.', 'Nzau'],
    ['Kitui Senator Musyoka Kaleli Nzau severed all ties with the TBP on Monday.', 'Nzau'],
    ['Kitui Senator Musyoka Kaleli Nzau renounced her membership of the TBP on Tuesday.', 'Nzau'],
  ])('reads "%s" as left', (sentence, surname) => {
    expect(allTies(`${opening}${sentence}`, surname)).toEqual(['TBP left']);
  });

  it('reads "parted ways with P for Q" as left P and joined Q', () => {
    expect(allTies(`${opening}Kitui Senator Musyoka Kaleli Nzau parted ways with the TBP for the UMC.`, 'Nzau')).toEqual(['TBP left', 'UMC joined']);
  });

  it.each([
    'Kitui Senator Musyoka Kaleli Nzau has not parted ways with the TBP.',
    'Kitui Senator Musyoka Kaleli Nzau refused to cut ties with the TBP.',
    'Kitui Senator Musyoka Kaleli Nzau will end her association with the TBP if the party does not change.',
  ])('reads no move in "%s"', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Nzau')).toEqual([]);
  });
});

describe('working with a party', () => {
  it.each([
    'Former Deputy Speaker Akinyi Adoyo Owino has since joined hands with the TBP and campaigned for its candidates.',
    'Former Deputy Speaker Akinyi Adoyo Owino teamed up with the TBP ahead of the by-election.',
  ])('reads "%s" as an ally', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Owino')).toEqual(['TBP ally']);
  });

  it("gives no tie to the party of the person worked with: \"joined hands with TBP's X\"", () => {
    expect(allTies(`${opening}Former Deputy Speaker Akinyi Adoyo Owino joined hands with TBP's Mutua Kasyoka Ndambuki to oppose the Bill.`, 'Owino')).toEqual([]);
  });
});

describe('a membership kept', () => {
  it.each([
    'Homa Bay MCA Ochieng Odera Ouko said he would remain in the TBP and would not seek revenge.',
    'Homa Bay MCA Ochieng Odera Ouko, who remains in the TBP despite the row, spoke on Monday.',
    'Homa Bay MCA Ochieng Odera Ouko will stay in the TBP until the next election.',
  ])('reads "%s" as a membership', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Ouko')).toEqual(['TBP member']);
  });

  it('reads no membership in "said he would not remain in P"', () => {
    expect(allTies(`${opening}Homa Bay MCA Ochieng Odera Ouko said he would not remain in the TBP.`, 'Ouko')).toEqual([]);
  });
});

describe("a party's boss", () => {
  it.each([
    'TBP boss Wainaina Njoroge Kimani said the party was ready.',
    'TBP party boss Wainaina Njoroge Kimani said the party was ready.',
    'Wainaina Njoroge Kimani, the TBP boss, said the party was ready.',
  ])('reads "%s" as the party\'s leader', (sentence) => {
    const text = `${opening}${sentence}`;
    expect(allTies(text, 'Kimani')).toEqual(['TBP leader']);
    expect(allRoles(text, 'Kimani')).toEqual(['Party Leader of TBP']);
  });

  it('gives the boss of a body that is no party no tie, and no role: "KRA boss X"', () => {
    const text = `${opening}KRA boss Wainaina Njoroge Kimani attended the meeting.`;
    expect(allTies(text, 'Kimani')).toEqual([]);
    // (A body's boss may be its chairman, its chief executive or, for a ministry, its CS or its PS: c69eca6 drops the
    // role 'Boss' the conventions never write, where it was kept as written.)
    expect(allRoles(text, 'Kimani')).toEqual([]);
  });
});

describe('an office given after a verb of the person\'s own clause', () => {
  it('reads "X, who was unveiled in January as the party\'s presidential candidate" as a candidacy and a bid', () => {
    const text = `${opening}TBP leader Omweri Nyabuti Mogaka, who was unveiled in January as the party's presidential candidate, said the coalition would hold.`;
    expect(allTies(text, 'Mogaka')).toEqual(['TBP leader', 'TBP candidate']);
    expect(allRoles(text, 'Mogaka')).toEqual(['Party Leader of TBP', 'President of undefined (aspiring)']);
  });

  it.each([
    ['The TBP also confirmed that Nyandika Obiri Matagaro, a former Kisii County Executive for Trade, would take over as its incoming Secretary-General in April.', 'Secretary-General of TBP (incoming)'],
    ['The TBP said Nyandika Obiri Matagaro will take over as its treasurer.', 'Treasurer of TBP'],
    ['At the TBP convention, Nyandika Obiri Matagaro was formally named as the party\'s national chairman.', 'National Chairman of TBP'],
  ])('reads "%s" as an office of the party', (sentence, role) => {
    const text = `${opening}${sentence}`;
    expect(allRoles(text, 'Matagaro')).toContain(role);
  });

  it('gives nothing to a person the office is not given to: "X said Y would take over as its Secretary-General"', () => {
    const text = `${opening}The TBP's Nyandika Obiri Matagaro said Wanjiku Mumbi Karanja would take over as its Secretary-General.`;
    expect(allRoles(text, 'Matagaro')).toEqual([]);
  });
});

describe('an alliance after "but" in the person\'s clause', () => {
  it('reads "X, who was elected on a Q ticket but is now allied to P," as a candidacy over and a current ally', () => {
    const text = `${opening}Kitutu Masaba MP Moraa Bosibori Nyagaka, who was elected on a UMC ticket but is now allied to the TBP, backed the bill.`;
    const ties = extract(text).mentions.filter((mention) => mention.name.endsWith('Nyagaka')).flatMap((mention) => mention.ties ?? []);
    expect(ties.map((tie) => `${tie.party} ${tie.relation} ${tie.tense ?? 'current'}`)).toEqual(['UMC candidate former', 'TBP ally current']);
  });
});

describe("a party's flag flown in a race", () => {
  it.each([
    'Naipanoi Sein Kipees, a former Kajiado County Executive for Water, will fly the TBP flag in the race for Kajiado Governor.',
    'Naipanoi Sein Kipees will fly the Tumaini Bora Party (TBP) flag in the by-election.',
  ])('reads "%s" as a candidacy', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Kipees')).toEqual([expect.stringMatching(/ candidate$/)]);
  });

  it('reads no candidacy in "X waved the P flag at the rally"', () => {
    expect(allTies(`${opening}Naipanoi Sein Kipees waved the TBP flag at the rally.`, 'Kipees')).toEqual([]);
  });
});

describe('a party described, then its leader', () => {
  it('reads "ditched Q for P, the Coast-based outfit led by former Kwale Woman Representative X," as X leading P', () => {
    const text = `${opening}Msambweni MP Rashid Omar Mwakireti on Saturday ditched the UMC for the TBP, the Coast-based outfit led by former Kwale County Woman Representative Mwanaisha Chizi Mwatsuma, in a colourful rally.`;
    expect(allTies(text, 'Mwatsuma')).toEqual(['TBP leader']);
    expect(allTies(text, 'Mwakireti')).toEqual(['UMC left', 'TBP joined']);
  });

  it('reads "P (ACR), led by former Murang\'a Senator X," past the place of the title, apostrophe and all', () => {
    const text = `${opening}The Tumaini Bora Party (TBP), led by former Murang'a Senator Ngotho Kairu Mwihia, met on Monday.`;
    expect(allTies(text, 'Mwihia')).toEqual(['TBP leader']);
  });

  it('gives no leader to the one whose possessive owns the leader: "led by Governor X\'s ally Y"', () => {
    const text = `${opening}The Tumaini Bora Party (TBP), led by Murang'a Governor Ngotho Kairu Mwihia's ally Mr Gitau Mugo Kangethe, met on Monday.`;
    expect(allTies(text, 'Mwihia')).toEqual([]);
  });
});

describe("a membership of a party written with its standing", () => {
  it.each([
    ['Nandi Senator Cherono Jemutai Koech, a member of the ruling Tumaini Bora Party (TBP), defended the nominee.', 'Tumaini Bora Party member'],
    ['Nandi Senator Cherono Jemutai Koech, a member of the opposition UMC, defended the nominee.', 'UMC member'],
    ['Nandi Senator Cherono Jemutai Koech, a member of the main opposition UMC, defended the nominee.', 'UMC member'],
  ])('reads "%s" as a membership', (sentence, tie) => {
    expect(allTies(`${opening}${sentence}`, 'Koech')).toEqual([tie]);
  });
});

describe("the party's candidate, in the person's own clause", () => {
  const convention = 'Headline\n\nThe Tumaini Bora Party (TBP) held its convention in Nakuru on Saturday.\n\n';
  /** Ties with their tense: a candidacy told in the past is one over. */
  const tensed = (text: string, surname: string) =>
    extract(text)
      .mentions.filter((mention) => mention.kind !== 'party' && mention.name.endsWith(surname))
      .flatMap((mention) => (mention.ties ?? []).map((tie) => `${tie.party} ${tie.relation}${tie.tense ? ` ${tie.tense}` : ''}`));

  it('reads "X, a former Sabatia MP who is now the party\'s presidential hopeful," as a candidacy and a bid for President', () => {
    const text = `${convention}TBP leader Dr Isiaho Mbaga Lwande, a former Sabatia MP who is now the party's presidential hopeful, said the party had lost its conscience.`;
    expect(tensed(text, 'Lwande')).toEqual(['TBP leader', 'TBP candidate']);
    expect(allRoles(text, 'Lwande')).toContain('President of undefined (aspiring)');
  });

  it('reads "X, who was the party\'s presidential candidate in 2022," as a candidacy over', () => {
    expect(tensed(`${convention}Githua Mureu Kahuthu, who was the party's presidential candidate in 2022, spoke.`, 'Kahuthu')).toEqual(['Tumaini Bora Party candidate former']);
  });

  it("reads no candidacy in \"X, who is the party's candidate for national chairman,\"", () => {
    expect(tensed(`${convention}Wanjala Khisa Nabiswa, who is the party's candidate for national chairman, spoke.`, 'Nabiswa')).toEqual([]);
  });
});

describe('a party office in lower case after a verb that gives it', () => {
  const turmoil = 'Headline\n\nThe Tumaini Bora Party (TBP) was thrown into turmoil on Monday after its chairman resigned.\n\n';

  it.each([
    ["The party's National Executive Committee later named Nduta Wakarindi Mugai, a former Nakuru Deputy Governor, as interim chairman until the convention.", 'Chairman of Tumaini Bora Party (acting)'],
    ['The TBP appointed Nduta Wakarindi Mugai as acting treasurer.', 'Treasurer of TBP (acting)'],
  ])('reads "%s" as the office', (sentence, role) => {
    expect(allRoles(`${turmoil}${sentence}`, 'Mugai')).toContain(role);
  });

  it('gives no office to one who replaced another: "X replaced Y as interim chairman"', () => {
    expect(allRoles(`${turmoil}Nduta Wakarindi Mugai replaced Kamau Njoroge Wainaina as interim chairman.`, 'Wainaina')).toEqual([]);
  });
});

describe('a move told as a new standing', () => {
  it.each([
    'Hours later, Ndinda Mueni Kivuti was unveiled as the newest member of the TBP at a rally.',
    'Ndinda Mueni Kivuti was formally welcomed as a new member of the TBP on Sunday.',
  ])('reads "%s" as joined', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Kivuti')).toEqual(['TBP joined']);
  });
});

describe("a party chaired, after a name inside the person's own clause", () => {
  const ukweli = 'Headline\n\nThe Ukweli Democratic Party (UKDP) met on Monday.\n\n';

  it('reads "X, who succeeded Y in 2017 and chairs P," as X chairing P', () => {
    const text = `${ukweli}Tharaka-Nithi Governor Gitari Mwiti Njagi, who succeeded Mutegi Njeru Mwirigi in 2017 and chairs the Ukweli Democratic Party (UKDP), spoke.`;
    expect(allTies(text, 'Njagi')).toEqual(['Ukweli Democratic Party Chairman']);
    expect(allTies(text, 'Mwirigi')).toEqual([]);
  });

  it('gives X nothing when another clause opens inside: "X, who met Y whose son now leads and chairs P,"', () => {
    const text = `${ukweli}Meru Senator Kinoti Mwiti Gikunda, who met Mutegi Njeru Mwirigi whose son now leads and chairs the UKDP, spoke.`;
    expect(allTies(text, 'Gikunda')).toEqual([]);
  });
});

describe('a seat\'s place, then the party, in the brackets after a name', () => {
  const present = `${opening}Those present:\n\n- Kipchumba Tuwei Rotich (Ainabkoi, TBP) – party chairman\n- Senator Wanjala Opicho Barasa (Trans Nzoia, TBP)\n- Chebet Jepkemoi Langat (Kericho Woman Rep, UMC)\n- Nekesa Auma Wanyonyi (Likuyani, TBP-allied)`;

  it.each([
    ['Rotich', ['TBP member']],
    ['Barasa', ['TBP member']],
    ['Langat', ['UMC member']],
    ['Wanyonyi', ['TBP ally']],
  ])('%s', (name, expected) => {
    expect(allTies(present, name)).toEqual(expected);
  });

  it('the place in the brackets is the place of a county seat written before the name', () => {
    expect(allRoles(present, 'Barasa')).toEqual(['Senator of Trans Nzoia']);
  });

  it('a bracket of places only, or a party that does not close it, is no tie', () => {
    expect(allTies(`${opening}Kipchumba Tuwei Rotich (Ainabkoi, Uasin Gishu) spoke.`, 'Rotich')).toEqual([]);
    expect(allTies(`${opening}Kipchumba Tuwei Rotich (Ainabkoi, TBP rebels' choice) spoke.`, 'Rotich')).toEqual([]);
  });
});

describe('a candidacy stated with the verb to be, past an apposition', () => {
  it.each([
    ['His widow, Nafula Auma Wanyonyi, a former nominated MCA, is TBP\'s candidate in the November poll.', 'Wanyonyi'],
    ['Nafula Auma Wanyonyi, a former Lugari ward administrator and the widow\'s sister-in-law, is the TBP candidate.', 'Wanyonyi'],
  ])('"%s"', (sentence, name) => {
    expect(allTies(`${opening}${sentence}`, name)).toEqual(['TBP candidate']);
  });

  it('"X, a friend of Governor Y, was TBP\'s candidate in 2017": X\'s candidacy, none of the governor\'s', () => {
    const text = `${opening}Nafula Auma Wanyonyi, a friend of Governor Wekesa Barasa Simiyu, was TBP\'s candidate in 2017 but lost.`;
    expect(allTies(text, 'Wanyonyi')).toEqual(['TBP candidate']);
    expect(allTies(text, 'Simiyu')).toEqual([]);
  });

  it('a candidacy of someone named after the person is not theirs', () => {
    const text = `${opening}Nafula Auma Wanyonyi met Senator Wekesa Barasa Simiyu, who is the TBP candidate.`;
    expect(allTies(text, 'Wanyonyi')).toEqual([]);
    expect(allTies(text, 'Simiyu')).toEqual(['TBP candidate']);
  });
});

describe('a seat the party nominated the holder to', () => {
  it('"X, a TBP-nominated MCA in the Nakuru County Assembly,": a candidacy of the party, as "nominated by the TBP"', () => {
    const text = `${opening}Wanjiru Muthoni Kamau, a TBP-nominated MCA in the Nakuru County Assembly, spoke.`;
    expect(allTies(text, 'Kamau')).toEqual(['TBP candidate']);
  });

  it('"X, a TBP MCA,": a member', () => {
    expect(allTies(`${opening}Wanjiru Muthoni Kamau, a TBP MCA, spoke.`, 'Kamau')).toEqual(['TBP member']);
  });
});
