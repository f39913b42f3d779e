/**
 * Recall of party ties and quotes (issue #12) on five short invented articles
 * written, with their gold, before the extractor was changed for them
 * (`fixtures/extract/recall/`): each covers constructions news English uses
 * that the facts-dev set has few of ("X, the P Secretary-General", "P
 * lawmaker X", "X (P, Place)", "Former P leader X", "X wondered", "…," X
 * added, "the senator-elect said" with one senator-elect, a quote over two
 * paragraphs, "who served as", "who once chaired"). Precision is held first:
 * no quote on the wrong person, no wrong tense, no tie the text does not state.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSet } from '../../src/eval/sets';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { summarise } from '../../src/pipeline/summary';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();

const folder = fileURLToPath(new URL('./fixtures/extract/recall/', import.meta.url));
const score = await evaluateSet({ name: 'recall', articles: folder });
const facts = score.facts;
if (!facts) throw new Error('the recall fixtures carry no facts gold');

describe('facts recall fixtures: precision first', () => {
  it('puts no quote on the wrong person', () => {
    expect(facts.quotes.misattributed).toEqual([]);
    expect(facts.quotes.falsePositives).toEqual([]);
  });

  it('gives no role the wrong tense', () => {
    expect(facts.roles.wrongTense).toEqual([]);
  });

  it('states no tie the text does not state, and each with its relation', () => {
    expect(facts.ties.falsePositives).toEqual([]);
    expect(facts.ties.relationDiffers).toEqual([]);
  });
});

describe('facts recall fixtures: recall', () => {
  it('finds at least nine ties in ten', () => {
    expect(facts.ties.recall, facts.ties.falseNegatives.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('gives at least nine quotes in ten their speaker', () => {
    expect(facts.quotes.recall, facts.quotes.falseNegatives.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('constructions the recall fixtures do not all hold', () => {
  const { extract, speakers, person, ties } = factReaders(pack);
  const said = SAID;

  it.each([
    ['a straight mark closed by a curly one', `Headline\n\n"${said}”, Kyalo said.`, ['Kyalo']],
    ['"Mr." before the name', `Headline\n\n"${said}," Mr. Kyalo said.`, ['Kyalo']],
    ['a long title after the verb', `Headline\n\n"${said}," said Kakamega County Woman Representative Elsie Muhanda Atieno.`, ['Elsie Muhanda Atieno']],
    ['the title in an apposition before the name', `Headline\n\n"${said}," the Kitui senator, Peter Mutiso Kyalo, said.`, ['Peter Mutiso Kyalo']],
    ['according to a titled name', `Headline\n\nAccording to Kitui Senator Peter Mutiso Kyalo, the county "will fight for every shilling that belongs to it."`, ['Peter Mutiso Kyalo']],
    ['a quote going on after its attribution', `Headline\n\n"${said}," Kyalo said. "We will not give up on our people at all."`, ['Kyalo', 'Kyalo']],
    ['a colon opening the next quote', `Headline\n\nPeter Kamau Mwangi posed: "Who will pay for all of this in the end?" Jane Akinyi Otieno remarked: "This is not what we agreed on at all."`, ['Peter Kamau Mwangi', 'Jane Akinyi Otieno']],
    ['a participle of speech after its subject\'s clause', `Headline\n\nKitui Senator Peter Mutiso Kyalo spoke in Mwingi on Sunday, insisting that the county "will fight for every shilling that belongs to it."`, ['Peter Mutiso Kyalo']],
    ['a describing word before the title', `Headline\n\nKitui Senator Peter Mutiso Kyalo and Governor Jane Wanjiku Kamau met. "${said}," the vocal senator said.`, ['Peter Mutiso Kyalo']],
    ['the second part of a quote after "adding that"', `Headline\n\nWiper leader Kalonzo Mutua Kilonzo spoke. “We are going to form the next government,” Kilonzo said, adding that “nobody can stop an idea whose time has come.”`, ['Kilonzo', 'Kilonzo']],
    ['"he said" after a place', `Headline\n\nKitui Senator Peter Mutiso Kyalo addressed residents in Mwingi on Sunday. He said the county "will not accept a single shilling less than last year."`, ['Peter Mutiso Kyalo']],
    ['single curly marks', `Headline\n\n‘${said},’ Kyalo said. ‘We will not give up on Kitui’s people at all.’`, ['Kyalo', 'Kyalo']],
    ['single curly marks split by the attribution', `Headline\n\n‘We are ready for the by-election,’ said Kitui Senator Peter Mutiso Kyalo, ‘and we will win every ward in it.’`, ['Peter Mutiso Kyalo', 'Peter Mutiso Kyalo']],
  ])('gives the quote its speaker: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['two holders of the title', `Headline\n\nGovernor Peter Kamau Mwangi and Governor Jane Wanjiku Kamau met. The governor said the counties "will not be part of any deal with the government."`],
    ['"the lawmaker", a word for no title anyone holds', `Headline\n\nKitui MP Peter Mutiso Kyalo and Governor Jane Wanjiku Kamau met. "${said}," the first-term lawmaker said.`],
    ['"the lawmaker" with two legislators', `Headline\n\nKitui MP Peter Mutiso Kyalo and Kitui Senator Jane Wanjiku Kamau met. "${said}," the lawmaker said.`],
    ['a participle after a sentence naming two people', `Headline\n\nKyalo praised Governor Jane Wanjiku Kamau, saying: "${said}."`],
    ['the possessive of a title holder', `Headline\n\n"${said}," said Governor Kamau's deputy.`],
  ])('leaves the quote without a speaker: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });

  it.each([
    ['the immediate past', 'Headline\n\nJane Wanjiku Kamau, the immediate past Jubilee Secretary-General, spoke.', 'Kamau', ['Jubilee Secretary-General former']],
    ['then- glued to the party', 'Headline\n\nThe then-UDA chairman Otieno Ouma Okello also spoke.', 'Okello', ['UDA Chairman former']],
    ['Ex- glued to the party', 'Headline\n\nEx-ODM chairman Kimani Njoroge Mwangi was there.', 'Mwangi', ['ODM Chairman former']],
    ['a possessive apposition', "Headline\n\nJane Wanjiku Kamau, ODM's chairperson, also signed.", 'Kamau', ['ODM Chairperson']],
    ['an apposition with no article', 'Headline\n\nJane Wanjiku Kamau, ODM national chairman, said the party was ready.', 'Kamau', ['ODM National Chairman']],
    ['a flagbearer', 'Headline\n\nUDA flagbearer Akinyi Atieno Odera spoke.', 'Odera', ['UDA candidate']],
    ['a seat held as a member', 'Headline\n\nODM MP Otieno Ouma Okello clashed with the Speaker.', 'Okello', ['ODM member']],
    ['the subject going on after "but"', 'Headline\n\nBarasa Nyongesa Mukhwana won the Funyula seat on an ODM ticket but has been allied to the NDM-K since the campaigns.', 'Mukhwana', ['ODM candidate former', 'NDM-K ally']],
    ['a nomination by the party', 'Headline\n\nAlso there was Mariam Kassim Fondo, who was nominated to the Kilifi County Assembly by UP-K last week.', 'Fondo', ['UP-K candidate']],
    ['a branch office dated by the word before the party', 'Headline\n\nThe outgoing ODM Kilifi branch chairman, Kenga Mwamure Tsuma, was seen at the rally.', 'Tsuma', ['ODM Chairman former']],
    ['a move the person reports', 'Headline\n\nSwaleh, speaking to Kenyans.co.ke after the rally, said she had left ODM because she had been sidelined.', 'Swaleh', ['ODM left']],
    ['an office before the name, set off by commas', 'Headline\n\nThe ODM national chairman, Jane Wanjiku Kamau, spoke.', 'Kamau', ['ODM National Chairman']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it.each([
    ['a statement\'s paragraphs after "In a statement, X said"', `Headline\n\nIn a statement, Wanjiku Achieng Moraa said the branch had written to the party.\n\n"We have evidence of at least four meetings held in the last month.\n\n"We will not be intimidated by anyone at all," the statement read.`, ['Wanjiku Achieng Moraa']],
    ['"He wrote on X (formerly Twitter):", the platform no speaker', `Headline\n\nBarasa dismissed the claims within the hour. He wrote on X (formerly Twitter): "${said}."`, ['Barasa']],
    ['"she posted:" after the one woman named', `Headline\n\nMs Akinyi, a member of the party, took a softer line. She posted: "${said}."`, ['Akinyi']],
    ['a party title and a name after the quote', `Headline\n\n"${said}?" TMP leader Otieno Ouma Okello wondered when reached.`, ['Otieno Ouma Okello']],
    ['"X accused Y and Z of “…”": the accused are objects', `Headline\n\nJane Wanjiku Kamau on Tuesday accused Nyali MP Said Juma Mwachiro and Amina Hassan Kombo of "holding secret meetings with people who want to destroy this party".`, ['Jane Wanjiku Kamau']],
    ['a list item with an apposition before its colon', `Headline\n\nWhat the MCAs said:\n\n- Roysambu MCA Wairimu Gathoni Kuria, an ally of the TKM: "${said}."`, ['Wairimu Gathoni Kuria']],
    ['"he said" three sentences on, the sentences between naming no one', `Headline\n\nParty leader Ambrose Mulupi Shikanda told the delegates that the party would field a candidate. He spoke for close to an hour. Delegates from Bungoma had earlier walked out.\n\n"${said}," he said.`, ['Ambrose Mulupi Shikanda']],
    ['a quote split by "said X,"', `Headline\n\n“We are ready to face them in every ward,” said Peter Kamau Mwangi, “and we will win all of them.”`, ['Peter Kamau Mwangi', 'Peter Kamau Mwangi']],
    ['"X, in a post on his Facebook page, said:"', `Headline\n\nPeter Kamau Mwangi, in a post on his Facebook page, said: "${said}."`, ['Peter Kamau Mwangi']],
    ['"“…,” X (ODM) said"', `Headline\n\n"${said}," Peter Kamau Mwangi (ODM) said.`, ['Peter Kamau Mwangi']],
    ['"“…,” X said, adding: “…”"', `Headline\n\n"${said}," Peter Kamau Mwangi said, adding: "We shall win this seat in the next election."`, ['Peter Kamau Mwangi', 'Peter Kamau Mwangi']],
    ['"was quoted as saying"', `Headline\n\n"${said}," Peter Kamau Mwangi was quoted as saying.`, ['Peter Kamau Mwangi']],
    ['"…," he said. "…" with no one else named', `Headline\n\nMwingi West MP Peter Kamau Mwangi said the county would not be divided.\n\n"${said}," he said. "They have tried before and failed every single time."`, ['Peter Kamau Mwangi', 'Peter Kamau Mwangi']],
    ['"the ODM lawmaker X" opening a statement', `Headline\n\nIn a statement read outside Parliament, the ODM lawmaker Opiyo Ochieng Adongo said the opposition would reject the list.\n\n"${said}."`, ['Opiyo Ochieng Adongo']],
  ])('gives the quote its speaker: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['"he said" after a sentence whose subject the reading cannot place', `Headline\n\nWanyonyi beat Nabwera by 1,412 votes. The outgoing chairman, Okwaro Mukabi Wasike, did not seek re-election. He spoke for an hour.\n\n"${said}," he said.`],
    ['"accused X of saying “…”": the words are the accused\'s', `Headline\n\nJane Wanjiku Kamau accused Said Juma Mwachiro of saying "${said}".`],
  ])('leaves the quote without a speaker: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });

  it.each([
    ['a list under a plural title, "of P" after it', 'Headline\n\nSenators Wario Galgalo Huka, Abdi Sheikh Maalim and Chepkemoi Jerotich Soi of UDA walked out.', 'Maalim', ['UDA member']],
    ['"X and Y, both of P", a title before the second name', 'Headline\n\nNyeri Senator Wanjiku Ngina Gathogo and Nyeri Woman Rep Muthoni Wangui Kiama, both of UDA, skipped the event.', 'Gathogo', ['UDA member']],
    ['the party and the county in one bracket', 'Headline\n\nSenator Kiprotich Chebii Rutto (UDA-Baringo), who moved the motion, spoke.', 'Rutto', ['UDA member']],
    ['"has not formally resigned from P"', 'Headline\n\nUnlike Kinyua, Macharia has not formally resigned from UDA, which may expose him to a suit.', 'Macharia', ['UDA member']],
    ['"P has fronted former Speaker X"', 'Headline\n\nThe Wiper Democratic Movement has fronted former Kitui County Assembly Speaker Nthambi Wayua Kilei for the by-election.', 'Kilei', ['Wiper Democratic Movement candidate']],
    ['"X, P\'s candidate in the … by-election"', 'Headline\n\nDaniel Kitonga Ngumbi, TKM’s candidate in the Kitui Central by-election, toured the market.', 'Ngumbi', ['TKM candidate']],
    ['"X, who left P in 2024, has since joined Q"', 'Headline\n\nFormer Nairobi Deputy Governor Philip Mwangi Kangethe, who left Jubilee in 2024, has since joined the TKM.', 'Kangethe', ['Jubilee left', 'TKM joined']],
    ['"P\'s nominated MP X"', "Headline\n\nODM's nominated MP Sahara Abdi Roble, speaking in Ijara, said the party would back him.", 'Roble', ['ODM member']],
    ['"the party led by ex-Governor X" after the party\'s name with an apostrophe', "Headline\n\nKinyua ditched UDA for the Mwangaza People's Alliance (MPA), the party led by ex-Nyeri Governor Kibe Mwangi Thuo.", 'Thuo', ['MPA leader']],
    ['a union that calls itself democratic is a party', 'Headline\n\nThe Pamoja Democratic Union (PDU) met. Kombo, a member of the PDU since its formation in 2021, took a softer line.', 'Kombo', ['PDU member']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it.each([
    ['a date between the subject and "ditched P for Q"', "Headline\n\nTetu MP Mugo Wachira Kinyua on Saturday, May 9, 2026 ditched UDA for the Mwangaza People's Alliance (MPA).", 'Kinyua', ['UDA left', "Mwangaza People's Alliance joined"]],
    ['"The P-allied Changamwe MP X": the seat\'s place between', 'Headline\n\nThe PDU-allied Changamwe MP Hamisi Chiro Mwadzaya, speaking in Kisauni, said it was a crime.', 'Mwadzaya', ['PDU ally']],
    ['"unveiled X, a former …, as its incoming Secretary-General"', 'Headline\n\nThe Umoja Party-Kenya (UP-K) met. The Ngala-led party also unveiled Omar Abdalla Shee, a former Lamu County Executive, as its incoming Secretary-General.', 'Shee', ['Umoja Party-Kenya Secretary-General incoming']],
    ['"with hopefuls from UDA, ODM and his own P", after a dateline', "Headline\n\nGARISSA, Kenya — Abdikadir Osman Dagane, the Garissa Governor, faces three challengers in next year's race, with hopefuls from UDA, ODM and his own Kaskazini Democratic Alliance (KDA) already on the ground.", 'Dagane', ['Kaskazini Democratic Alliance member']],
    ['"who belongs to P"', 'Headline\n\nPeter Kamau Mwangi, who belongs to the Wiper Democratic Movement, spoke.', 'Mwangi', ['Wiper Democratic Movement member']],
    ['"X is a member of P"', 'Headline\n\nPeter Kamau Mwangi is a member of the Wiper Democratic Movement.', 'Mwangi', ['Wiper Democratic Movement member']],
    ['"who is aligned to P"', 'Headline\n\nPeter Kamau Mwangi, who is aligned to UDA, spoke.', 'Mwangi', ['UDA ally']],
    ['"who was expelled from P"', 'Headline\n\nPeter Kamau Mwangi, who was expelled from ODM last year, spoke.', 'Mwangi', ['ODM left']],
    ['"who switched allegiance to P"', 'Headline\n\nPeter Kamau Mwangi, who switched allegiance to UDA, spoke.', 'Mwangi', ['UDA joined']],
    ['"The P nominee, X,"', 'Headline\n\nThe ODM nominee, Peter Kamau Mwangi, spoke.', 'Mwangi', ['ODM candidate']],
    ['"P has picked X as its candidate for …"', 'Headline\n\nUDA has picked Peter Kamau Mwangi as its candidate for the by-election.', 'Mwangi', ['UDA candidate']],
    ['"X, the P Nairobi branch chairman," an office of the party', 'Headline\n\nPeter Kamau Mwangi, the ODM Nairobi branch chairman, spoke.', 'Mwangi', ['ODM Chairman']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it('gives a nomination to a county assembly the seat, incoming', () => {
    const found = person('Headline\n\nAlso there was Mariam Kassim Fondo, who was nominated to the Kilifi County Assembly by UP-K last week.', 'Fondo');
    expect([found?.role, ...(found?.roles ?? [])]).toContainEqual({ title: 'MCA', organisation: 'Kilifi County Assembly', tense: 'incoming' });
  });

  it('gives no tie to two parties\' members across "and": "P\'s X and Q\'s Y"', () => {
    expect(ties("Headline\n\nWiper's Maundu and ODM's Oduor later held a joint press conference.", 'Maundu')).toEqual(['Wiper member']);
  });

  it.each([
    ['each name of a plural title', 'Headline\n\nMCAs Nyokabi Wairimu Gachoka, Kamotho Njiru Macharia and Gichuru Wanjohi Muriuki of the MPA spoke.', 'Muriuki', { title: 'MCA' }],
    ['"Nominated senators X and Y": no place called Nominated', 'Headline\n\nNominated senators Wambui Njeri Kariuki and Nasimiyu Khisa Wekesa, both of ODM, voted.', 'Wekesa', { title: 'Senator' }],
    ['the county in a bracket after a seat', 'Headline\n\nSenator Atieno Akinyi Oduor (ODM, Siaya) also opposed the formula.', 'Oduor', { title: 'Senator', organisation: 'Siaya' }],
    ['"removed Majority Leader X": former', 'Headline\n\nNairobi MCAs on Thursday removed Majority Leader Maina Kigotho Wanyoike in a vote.', 'Wanyoike', { title: 'Majority Leader', tense: 'former' }],
    ['"The incoming Majority Leader, X,"', 'Headline\n\nThe incoming Majority Leader, Zipporah Akoth Obura, will be sworn in on Tuesday.', 'Obura', { title: 'Majority Leader', tense: 'incoming' }],
    ['"The acting Solicitor General, X,"', 'Headline\n\nThe acting Solicitor General, Wycliffe Mukoya Simiyu, sat in on the session.', 'Simiyu', { title: 'Solicitor General', tense: 'acting' }],
    ['"Interior Principal Secretary designate X"', 'Headline\n\nInterior Principal Secretary designate Halima Dahir Ibrein spoke.', 'Ibrein', { title: 'Principal Secretary', organisation: 'Interior', tense: 'incoming' }],
    ['"a former Deputy Solicitor General", one title', 'Headline\n\nInterior Principal Secretary designate Halima Dahir Ibrein, a former Deputy Solicitor General, spoke.', 'Ibrein', { title: 'Deputy Solicitor General', tense: 'former' }],
    ['"the ODM lawmaker X, who is the Minority Whip"', 'Headline\n\nIn a statement, the ODM lawmaker Opiyo Ochieng Adongo, who is the Minority Whip, said the opposition would reject it.', 'Adongo', { title: 'Minority Whip' }],
    ['"Party leader X" at a sentence\'s start', 'Headline\n\nThe National Reform Party-Kenya (NRP-K) met. Party leader Ambrose Mulupi Shikanda told the delegates that the NRP-K would field a candidate.', 'Shikanda', { title: 'Party Leader', organisation: 'NRP-K' }],
    ['"named X, the Dujis MP, as her running mate"', 'Headline\n\nShe has named Yussuf Aden Gure, the Dujis MP, as her running mate.', 'Gure', { title: 'Running Mate' }],
    ['a Maasai name with "ole"', 'Headline\n\nThe function was presided over by TKM chairman Lemayian ole Nkuruna.', 'Nkuruna', { title: 'Chairman', organisation: 'TKM' }],
  ])('reads the role: %s', (_label, text, name, role) => {
    const found = person(text, name);
    expect([found?.role, ...(found?.roles ?? [])]).toContainEqual(role);
  });

  it.each([
    ['"X is the immediate former … Speaker"', 'Headline\n\nNjoki Wambui Karimi is the immediate former Nyeri County Assembly Speaker.', 'Karimi', { title: 'Speaker', organisation: 'Nyeri County Assembly', tense: 'former' }],
    ['"X is a one-time Lari MCA"', 'Headline\n\nZawadi Mwaura Kiragu is a one-time Lari MCA and served as chief of staff.', 'Kiragu', { title: 'MCA', organisation: 'Lari', tense: 'former' }],
    ['"his son, X, is the current … MP": a word describing the holder before the office', 'Headline\n\nMbithi\'s son, Kyalo Mbithi Kitheka, is the current Kitui Central MP.', 'Kitheka', { title: 'MP', organisation: 'Kitui Central' }],
    ['"X is a vocal … Senator"', 'Headline\n\nZawadi Mwaura Kiragu is a vocal Lari Senator.', 'Kiragu', { title: 'Senator', organisation: 'Lari' }],
    ['"cleared X (P), Y (Q) and Z to contest the Lari seat"', 'Headline\n\nThe IEBC cleared Njeri Wambugu Muriithi (UDA), Gitonga Mwaura Kiragu (DCP) and Simon Kinuthia Gakuru, who is running as an independent, to contest the Lari seat.', 'Gakuru', { title: 'MP', organisation: 'Lari', tense: 'aspiring' }],
    ['"fronted X for the … by-election"', 'Headline\n\nThe Wiper Democratic Movement has fronted former Speaker Nthambi Wayua Kilei for the Kitui Central by-election.', 'Kilei', { title: 'MP', organisation: 'Kitui Central', tense: 'aspiring' }],
    ['"X, P\'s candidate in the … ward by-election"', 'Headline\n\nKioko Musau Mwanzia, UDA’s candidate in the Ruai ward by-election, faces a rival.', 'Mwanzia', { title: 'MCA', organisation: 'Ruai', tense: 'aspiring' }],
    ['"an independent candidate for the … seat"', 'Headline\n\nMwikali Kalondu Mutua, an independent candidate for the Kitui Central seat, spoke.', 'Mutua', { title: 'MP', organisation: 'Kitui Central', tense: 'aspiring' }],
  ])('reads the role: %s', (_label, text, name, role) => {
    const found = person(text, name);
    expect([found?.role, ...(found?.roles ?? [])]).toContainEqual(role);
  });

  it('gives no seat to people who only met "for the … seat talks"', () => {
    const found = person('Headline\n\nPeter Kamau Mwangi met John Otieno Ouma for the Lari seat talks.', 'Mwangi');
    expect(found?.role).toBeUndefined();
  });

  it('reads no title from "X is the best governor"', () => {
    expect(person('Headline\n\nPeter Kamau Mwangi is the best governor Kitui has had.', 'Mwangi')?.role).toBeUndefined();
  });

  it('gives "a member of P" no role called Member', () => {
    const found = person('Headline\n\nThe Pamoja Democratic Union (PDU) met. Kombo, a member of the PDU since its formation in 2021, took a softer line.', 'Kombo');
    expect([found?.role, ...(found?.roles ?? [])].filter(Boolean)).toEqual([]);
  });

  it('takes "the party" for an acronym the sentence uses as a party, not for a party of the sentence before', () => {
    const text = 'Headline\n\nKiambu Senator Wainaina Kuria Ngugi, an ally of UDA, urged voters to back the government.\n\nKaranja, the JDC candidate, was flagged off by the party\'s deputy secretary-general, Mercy Wangari Muchoki, in Lari town.';
    expect(ties(text, 'Muchoki')).toEqual(['JDC Deputy Secretary-General']);
  });

  it.each([
    ['led by', 'Headline\n\nThe Sauti ya Mwananchi Party (SMP), led by Kiprono Chelimo Tuwei, met in Nakuru.', 'Tuwei', undefined],
    ['formerly led by', 'Headline\n\nThe Sauti ya Mwananchi Party (SMP), formerly led by Kiprono Chelimo Tuwei, met in Nakuru.', 'Tuwei', 'former'],
    ['who leads', 'Headline\n\nKiprono Chelimo Tuwei, who leads the Sauti ya Mwananchi Party, spoke.', 'Tuwei', undefined],
  ])('gives the leader of a party the role of Party Leader: %s', (_label, text, name, tense) => {
    const found = person(text, name);
    // The party as the sentence last wrote it: its name or the acronym in brackets after it.
    const leader = [found?.role, ...(found?.roles ?? [])].find((role) => role?.title === 'Party Leader');
    expect(['Sauti ya Mwananchi Party', 'SMP']).toContain(leader?.organisation);
    expect(leader?.tense).toBe(tense);
  });

  it.each([
    ['a hopeful before the name', 'Headline\n\nNakuru governor hopeful Faith Jerono Chirchir spoke.', 'Chirchir', { title: 'Governor', organisation: 'Nakuru', tense: 'aspiring' }],
    ['"as his running mate"', 'Headline\n\nOn Tuesday Kavisi introduced former Speaker Grace Mwikali Kitheka as his running mate.', 'Kitheka', { title: 'Running Mate' }],
    ['"Her running mate is X"', 'Headline\n\nHer running mate is the immediate former Nakuru County Assembly Speaker Joyce Wambui Ndegwa, who is allied to the JDC.', 'Ndegwa', { title: 'Running Mate' }],
  ])('reads the role: %s', (_label, text, name, role) => {
    const found = person(text, name);
    expect([found?.role, ...(found?.roles ?? [])]).toContainEqual(role);
  });

  it('gives no tie to a place that only modifies a noun ("the Funyula seat")', () => {
    expect(ties('Headline\n\nBarasa Nyongesa Mukhwana won the Funyula seat on an ODM ticket.', 'Funyula')).toEqual([]);
  });

  it('does not give a reported move to the one who reports another\'s: "X said Y had left P"', () => {
    expect(ties('Headline\n\nOtieno Ouma Okello said Jane Wanjiku Kamau had left ODM.', 'Okello')).toEqual([]);
  });

  it('does not carry a tie past another person: "X met Y and later joined P"', () => {
    expect(ties('Headline\n\nOtieno Ouma Okello met Jane Wanjiku Kamau and later joined UDA.', 'Okello')).toEqual([]);
  });

  it('does not date "and then Governor X" as a former governor', () => {
    expect(person('Headline\n\nThe MCAs met and then Governor Peter Kamau Mwangi addressed them.', 'Mwangi')?.role).toEqual({ title: 'Governor' });
  });
});

describe('an office with no organisation reported by two articles', () => {
  it('keeps each article\'s report, for its date and source', () => {
    const files = [seed('a.txt', 'Headline one\n\nDP Abdullahi Guyo Boru toured Meru on Sunday.'), seed('b.txt', 'Headline two\n\nDP Abdullahi Guyo Boru toured Embu on Monday.')];
    const boru = summarise(analyseCorpus(files, pack)).people.find((one) => one.name === 'Abdullahi Guyo Boru');
    expect(boru?.roles.map((role) => [role.title, role.evidence.source]).sort()).toEqual([
      ['Deputy President', 'a.txt'],
      ['Deputy President', 'b.txt'],
    ]);
  });
});

describe('the evidence check for a quote given by a title', () => {
  const published = (text: string) =>
    Object.fromEntries(summarise(analyseCorpus([seed('x.txt', text)], pack)).people.map((person) => [person.name, person.quotes.map((quote) => quote.text.split(' ').slice(0, 3).join(' '))]));

  it('publishes "she urged" after a sentence naming her by a title only she holds', () => {
    const text = 'Headline\n\nMachakos Governor Wavinya Mueni Ndeti hosted the rally.\n\nThe governor also asked residents to register as voters. "If you do not have an ID, go and get one before the end of the year," she urged.';
    expect(published(text)['Wavinya Mueni Ndeti']).toEqual(['If you do']);
  });

  it('publishes "he said" after a sentence naming the one man and a woman written "Ms"', () => {
    const text = 'Headline\n\nMr Peter Kamau Mwangi met Ms Jane Wanjiku Kamau on Sunday. "We will not allow anyone to divide this county," he said.';
    expect(published(text)['Peter Kamau Mwangi']).toEqual(['We will not']);
  });

  it('publishes "he said" after a sentence naming him and a Woman Rep (a woman by her office)', () => {
    const text = 'Headline\n\nKitui Governor Peter Kamau Mwangi, accompanied by Woman Rep Jane Wanjiku Kamau, toured the county on Sunday.\n\n"We will not allow anyone to divide this county," he said.';
    expect(published(text)['Peter Kamau Mwangi']).toEqual(['We will not']);
  });

  it('holds back "she said" after a Woman Rep and a governor whose sex the text never gives', () => {
    const text = 'Headline\n\nKitui Woman Rep Jane Wanjiku Kamau and Governor Peter Kamau Mwangi toured Mwingi on Sunday. "We will not allow anyone to divide this county," she said.';
    expect(Object.values(published(text)).flat()).toEqual([]);
  });

  it('publishes "the legislator said" for the one MP the story is on, two sentences after the name', () => {
    const text = 'Headline\n\nSenator Atieno Akinyi Oduor also opposed the formula. She said counties in Nyanza would lose. The figures were tabled by the Commission on Revenue Allocation.\n\n"This formula punishes counties that have been honest," the legislator said.';
    expect(published(text)['Atieno Akinyi Oduor']).toEqual(['This formula punishes']);
  });

  it('publishes "he said" three sentences after the name, the sentences between naming no one', () => {
    const text = 'Headline\n\nParty leader Ambrose Mulupi Shikanda told the delegates that the party would field a candidate. He spoke for close to an hour. Delegates from Bungoma had earlier walked out.\n\n"We are not a tribal outfit and we are not a briefcase party," he said.';
    expect(published(text)['Ambrose Mulupi Shikanda']).toEqual(['We are not']);
  });

  it.each([
    ['"the Speaker said", the title in capitals', 'Headline\n\nNairobi County Assembly Speaker Peter Kamau Mwangi adjourned the sitting. "We will not allow anyone to divide this county," the Speaker said.'],
    ['"the ODM leader said" for the party\'s Party Leader', 'Headline\n\nODM leader Peter Kamau Mwangi spoke. "We will not allow anyone to divide this county," the ODM leader said.'],
    ['"the Agriculture Cabinet Secretary said", the portfolio before the title', 'Headline\n\nAgriculture Cabinet Secretary Peter Kamau Mwangi defended the subsidy.\n\n"We will not allow anyone to divide this county," the Agriculture Cabinet Secretary said.'],
    ['"Speaking in Othaya, the Deputy President said …", the place no holder of the title', 'Headline\n\nDeputy President Peter Kamau Mwangi toured Nyeri on Sunday.\n\nThe crowd cheered. The choir sang. Speaking in Othaya, the Deputy President said the government "will not allow anyone to divide this county".'],
  ])('publishes a quote given by the title of its one holder: %s', (_label, text) => {
    expect(published(text)['Peter Kamau Mwangi']?.map((words) => words.replace(/^will not allow$/, 'We will not'))).toEqual(['We will not']);
  });

  it('publishes "DP X defended the list. “…,” the DP told the Nation." under X: the sentence before names him, and he holds the title', () => {
    const text = 'Headline\n\nDP Abdullahi Guyo Boru defended the list. "We will not allow anyone to divide this county," the DP told the Nation.';
    expect(Object.keys(published(text))).toEqual(['Abdullahi Guyo Boru']);
  });

  it('holds back "the DP said" when the sentence before names no one who holds the title now', () => {
    const text = 'Headline\n\nFormer DP Abdullahi Guyo Boru defended the list. "We will not allow anyone to divide this county," the DP told the Nation.';
    expect(Object.values(published(text)).flat()).toEqual([]);
  });

  it('holds back "the Governor said" with two governors in the article', () => {
    const text = 'Headline\n\nKitui Governor Peter Kamau Mwangi and Machakos Governor Jane Wanjiku Kamau arrived late. "We will not allow anyone to divide this county," the Governor said.';
    expect(Object.values(published(text)).flat()).toEqual([]);
  });

  it('holds back "the legislator said" when a second person was named since', () => {
    const text = 'Headline\n\nSenator Atieno Akinyi Oduor opposed the formula. Governor Jane Wanjiku Kamau backed it.\n\n"This formula punishes counties that have been honest," the legislator said.';
    expect(Object.values(published(text)).flat()).toEqual([]);
  });

  it('holds it back when another person of the article holds that title too', () => {
    const text = 'Headline\n\nMachakos Governor Wavinya Mueni Ndeti hosted Kitui Governor Jane Wanjiku Kamau.\n\nThe governor also asked residents to register as voters. "If you do not have an ID, go and get one before the end of the year," she urged.';
    expect(Object.values(published(text)).flat()).toEqual([]);
  });
});

describe('a quote no one is certain of still reaches the review report', () => {
  const candidates = (text: string) => analyseCorpus([seed('x.txt', text)], pack).resolution.unattributed.map((quote) => quote.candidates);

  it('"he said" with no speaker in reach: the people the writer names in its paragraph and the one before are offered', () => {
    const text = 'Headline\n\nSenator Achieng Barasa Odhiambo told mourners in Vihiga that she and Tom Wekesa Simiyu go back a long way.\n\nHe urged Simiyu’s supporters to give the talks a chance. “I know our paths will cross again going forward,” he said.';
    expect(candidates(text)).toEqual([['Achieng Barasa Odhiambo', 'Tom Wekesa Simiyu']]);
  });

  it('"said the source" offers no one: the source is no one the article names', () => {
    const text = 'Headline\n\nSenator Achieng Barasa Odhiambo met MPs from Vihiga on Sunday.\n\n“Our goal is to be part of the coalition as one party in the west,” said the source.';
    expect(candidates(text)).toEqual([[]]);
  });
});
