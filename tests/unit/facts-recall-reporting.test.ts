/**
 * Party ties, roles and quotes in the constructions of real reporting that
 * the third facts-dev batch (fd21-fd28) leans on: debate reports, press
 * releases, party names in Kiswahili, ties in lists and in apposition,
 * speakers named by a title or after a long quote. Each case is a short
 * invented sentence with its facts written by hand (kept apart from
 * facts-recall.test.ts, which is past the length a file should have).
 * Precision first: every "gives none" case is a reading that would invent a fact.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders, SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();

const { extract, speakers, person, ties, roles } = factReaders(pack);
const said = SAID;

describe('party names and entities', () => {
  it('keeps a party named in Kiswahili whole: "Chama cha Wananchi-Kenya (CCW-K)"', () => {
    const found = extract('Headline\n\nMathare MP Zakayo Kibe Mwaura of the Chama cha Wananchi-Kenya (CCW-K) spoke.').mentions;
    expect(found.filter((mention) => mention.kind === 'party').map((mention) => mention.name)).toContain('Chama cha Wananchi-Kenya');
    expect(ties('Headline\n\nMathare MP Zakayo Kibe Mwaura of the Chama cha Wananchi-Kenya (CCW-K) spoke.', 'Mwaura')).toEqual(['Chama cha Wananchi-Kenya member']);
  });

  it('reads an occupation opening a sentence as no part of the name: "Lawyer X, for Y, told"', () => {
    const names = extract('Headline\n\nLawyer Kipkorir Bett Chesire, for Okumu, told the bench the list was late.').mentions.map((mention) => mention.name);
    expect(names).toContain('Kipkorir Bett Chesire');
    expect(names.some((name) => name.startsWith('Lawyer'))).toBe(false);
  });

  it.each(['Tycoon', 'Politician', 'Philanthropist', 'Author', 'Blogger'])('reads "%s X" opening a sentence as an occupation, no part of the name', (occupation) => {
    const names = extract(`Headline\n\n${occupation} Mwangi Kariuki Njenga funded the event in Nyeri.`).mentions.map((mention) => mention.name);
    expect(names.filter((name) => name !== 'Headline')).toEqual(['Mwangi Kariuki Njenga']);
  });

  it('makes no person of a slogan in quotation marks or of a country\'s people', () => {
    const names = extract("Headline\n\nThe alliance's 'Tuko Pamoja' tour reached Nakuru. Odhiambo said the government was lying to Kenyans about the roads.").mentions.map((mention) => mention.name);
    expect(names).not.toContain('Tuko Pamoja');
    expect(names).not.toContain('Kenyans');
  });
});

describe('roles', () => {
  it.each([
    ['"Aspiring Kisumu Central MP X" opening a sentence', "Headline\n\nAspiring Kisumu Central MP Onyango Ouma Okech says the register was altered.", 'Okech', { title: 'MP', organisation: 'Kisumu Central', tense: 'aspiring' }],
    ['"a two-term Machakos Governor who left office in 2022"', 'Headline\n\nMutua, a two-term Machakos Governor who left office in 2022, led the caravan.', 'Mutua', { title: 'Governor', organisation: 'Machakos', tense: 'former' }],
    ['"who served as Roads Chief Administrative Secretary"', "Headline\n\nBudalang'i MP Wafula Nekesa Ouma, who served as Roads Chief Administrative Secretary in 2023, backed the bill.", 'Ouma', { title: 'Chief Administrative Secretary', organisation: 'Roads', tense: 'former' }],
    ['"Ugandan EALA MP X": the country no part of the seat', 'Headline\n\nUgandan EALA MP Ssebunya Joseph Kato was blunter.', 'Kato', { title: 'MP', organisation: 'EALA' }],
  ])('reads the role: %s', (_label, text, name, role) => {
    expect(roles(text, name)).toContainEqual(role);
  });

  it('reads no apposition in "Asked whether they would field X, the former governor said …"', () => {
    expect(roles('Headline\n\nAsked whether the alliance would field Dr Musembi Kyalo Mwendwa, the former governor said Mwendwa was ready.', 'Musembi Kyalo Mwendwa')).toEqual([]);
  });

  it('still reads "X, the area MP said …", a comma left out, at a sentence\'s start as an apposition', () => {
    expect(roles('Headline\n\nChristopher Odhiambo Asembo, the area MP said they will engage their party leader.', 'Asembo')).toEqual([{ title: 'MP' }]);
  });

  it('reads "party chairman X" as the Chairman of the party of the sentence', () => {
    expect(roles("Headline\n\nThe ODM met in Kisumu on Sunday, flanked by party chairman John Mbadi Ng'ongo.", "Ng'ongo")).toEqual([{ title: 'Chairman', organisation: 'ODM' }]);
  });

  it('gives no government office to a party: "named X as Interior Cabinet Secretary" holds none in ODM', () => {
    const text = 'Headline\n\nThe ODM delegates met in Kisumu. The President named Otieno Ouma Okello as Interior Cabinet Secretary.';
    expect(ties(text, 'Okello')).toEqual([]);
  });

  it('gives no office to the one replaced: "X replaced Y as Chairman"', () => {
    const text = 'Headline\n\nThe PPK met on Saturday. Wambui Njeri Gichuru replaced Abdi Noor Hassan as PPK Chairperson.';
    expect(ties(text, 'Hassan')).toEqual([]);
  });
});

describe('party ties', () => {
  it.each([
    ['"elected Hon. X, the former Kiambu Senator, as P Chairperson"', 'Headline\n\nThe Progressive Party of Kenya (PPK) met. Delegates elected Hon. Wambui Njeri Gichuru, the former Kiambu Senator, as PPK Chairperson.', 'Gichuru', ['PPK Chairperson']],
    ['"X was elected Secretary-General of the P"', 'Headline\n\nThe Progressive Party of Kenya (PPK) met. Eng. Tobias Otieno Onyango was elected Secretary-General of the PPK, replacing Kiprop.', 'Onyango', ['PPK Secretary-General']],
    ['"Ms X was elected P chairperson"', 'Headline\n\nMs Hadija Mohamed Abdi was elected CCW-K chairperson at the party\'s conference in February.', 'Abdi', ['CCW-K Chairperson']],
    // (And the office he was replaced in, held before: "elected Secretary-General of the PPK, replacing X".)
    ['"X, who will serve as Deputy Party Leader": incoming, in the party of the sentence', 'Headline\n\nThe Progressive Party of Kenya (PPK) met. Eng. Tobias Otieno Onyango was elected Secretary-General of the PPK, replacing Kiprop Kemboi Tanui, who will serve as Deputy Party Leader.', 'Tanui', ['PPK Deputy Party Leader incoming', 'PPK Secretary-General former']],
    ['"X, the immediate former P chairperson, who quit the party … and has since joined Q"', 'Headline\n\nShe takes over from Abdi Noor Hassan, the immediate former PPK chairperson, who quit the party in June and has since joined Wiper.', 'Hassan', ['PPK left', 'Wiper joined']],
    ['"X, the Marakwet West MP, who left P for Q in 2024"', 'Headline\n\nJeruto Chebet Kiprono, the Marakwet West MP, who left UDA for the PPK in 2024, addressed the delegates.', 'Kiprono', ['UDA left', 'PPK joined']],
    ['"X, who chairs P\'s national elections board": the organ\'s chair', "Headline\n\nEng. Kiptoo Cheruiyot Kirui, who chairs CCW-K's national elections board, spoke.", 'Kirui', ['CCW-K National Elections Board Chairman']],
    ['"P\'s national elections board, which is chaired by Rev X"', "Headline\n\nThe PPK's national elections board, which is chaired by Rev Beatrice Adhiambo Owino, denies any wrongdoing.", 'Owino', ['PPK National Elections Board Chairman']],
    ['"include X, Y and Z, all of P": each of them', 'Headline\n\nThe five nominees include Cherono Jepkemboi Korir, Gitau Kamande Mbugua and Halima Osman Abdi, all of UDA.', 'Mbugua', ['UDA member']],
    ['"MCAs X, Y and Z, all of the P"', 'Headline\n\nThe NDC welcomed MCAs Salim Rashid Baya, Zuhura Ali Said and Juma Hamisi Chai, all of the Pamoja Democratic Union (PDU).', 'Chai', ['Pamoja Democratic Union member']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it.each([
    ['"EALA MP X of Tanzania\'s ruling P (ACR)"', 'Headline\n\nKenya has nine seats in the East African Legislative Assembly (EALA). EALA MP Mwanaidi Salum Juma of Tanzania\'s ruling Chama Cha Mapinduzi (CCM) said the budget was late.', 'Juma', ['Chama Cha Mapinduzi member']],
    ['"P\'s five nominees for the EALA include X, Y and Z": each a candidate', "Headline\n\nKenya Kwanza's five nominees for the EALA include Cherono Jepkemboi Kosgei, Gitau Kamande Wanyoike and Halima Osman Gedi.", 'Wanyoike', ['Kenya Kwanza candidate']],
    ['"Other P aspirants for the … seat, among them former Deputy Governor X"', 'Headline\n\nOther PPK aspirants for the Kisumu Central seat, among them former Kisumu Deputy Governor Akinyi Rapando Owino, have asked the party to wait.', 'Owino', ['PPK candidate']],
    ['"X, a former Deputy Inspector General of Police who joined P last year"', 'Headline\n\nAcross the table sits Nyakundi Ombati Nyaboke, a former Deputy Inspector General of Police who joined Jubilee last year.', 'Nyaboke', ['Jubilee joined']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it('gives no candidacy to those a party\'s nominees lost to: "UDA nominees were beaten by X"', () => {
    expect(ties('Headline\n\nUDA nominees were beaten by Peter Mutiso Kyalo in the Kitui by-election.', 'Kyalo')).toEqual([]);
  });

  it('ties no one to a body the article defines ("EALA MP X"), and spells the body out in the office', () => {
    const text = 'Headline\n\nKenya has nine seats in the East African Legislative Assembly (EALA). EALA MP Mwanaidi Salum Juma said the budget was late.';
    expect(ties(text, 'Juma')).toEqual([]);
    expect(roles(text, 'Juma')).toEqual([{ title: 'MP', organisation: 'East African Legislative Assembly' }]);
  });

  it.each([
    ['"X, now a P member"', 'Headline\n\nFormer Nyeri MP Jeremiah Kioni Ndegwa, now a DCP member, criticised the decision.', 'Ndegwa', ['DCP member']],
    ['"P\'s Nakuru branch chairman, X,"', "Headline\n\nODM's Nakuru branch chairman, Peter Ochieng Onyango, said the party would field a candidate.", 'Onyango', ['ODM Chairman']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it.each([
    ['"P\'s Makueni Senator X and Q\'s Homa Bay Woman Rep Y"', "Headline\n\nWiper's Makueni Senator Dan Maanzo Mutuku and ODM's Homa Bay Woman Rep Joyce Atieno Achieng walked out.", 'Achieng', ['ODM member']],
    ['"X, whose party ODM is in talks with UDA"', "Headline\n\nNyamira Senator Okong'o Omogeni Nyakundi, whose party ODM is in talks with UDA, backed the deal.", 'Nyakundi', ['ODM member']],
    ['"X was P\'s candidate in 2017"', "Headline\n\nKiharu MP Ndindi Nyoro Kamau was UDA's candidate in 2017.", 'Kamau', ['UDA candidate former']],
  ])('reads the tie: %s', (_label, text, name, expected) => {
    expect(ties(text, name)).toEqual(expected);
  });

  it('gives "X is the ODM candidate for …" a candidacy, no office called Candidate', () => {
    const text = 'Headline\n\nEmbakasi East MP Babu Owino Odhiambo is the ODM candidate for the Nairobi governorship.';
    expect(ties(text, 'Odhiambo')).toContain('ODM candidate');
    expect(roles(text, 'Odhiambo').map((role) => role?.title)).not.toContain('Candidate');
  });

  it('gives "X, a UDA legislator" a membership, no office called Legislator', () => {
    const text = 'Headline\n\nBahati MP Irene Njoki Mrembo, a UDA legislator, defended the choice.';
    expect(ties(text, 'Mrembo')).toEqual(['UDA member']);
    expect(roles(text, 'Mrembo')).toEqual([{ title: 'MP', organisation: 'Bahati' }]);
  });

  it('gives the organ\'s chair no chair of the party itself', () => {
    const found = roles("Headline\n\nEng. Kiptoo Cheruiyot Kirui, who chairs CCW-K's national elections board, spoke.", 'Kirui');
    expect(found).toEqual([{ title: 'National Elections Board Chairman', organisation: 'CCW-K' }]);
  });

  it('publishes no office tie for a former office in a party the sentence says was left', () => {
    const text = 'Headline\n\nThe Progressive Party of Kenya (PPK) met. Ms Gichuru takes over from Abdi Noor Hassan, the immediate former PPK chairperson, who quit the party in June and has since joined Wiper.';
    const hassan = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name === 'Abdi Noor Hassan');
    expect(hassan?.parties.map((tie) => tie.relation).sort()).toEqual(['joined', 'left']);
    expect(hassan?.roles.map((role) => `${role.title} ${role.tense}`)).toEqual(['Chairperson former']);
  });
});

describe('quotes', () => {
  it.each([
    ['"X of the P (ACR) disagreed: “…”"', `Headline\n\nBut Mathare MP Zakayo Kibe Mwaura of the Chama cha Wananchi-Kenya (CCW-K) disagreed: "${said}."`, ['Zakayo Kibe Mwaura']],
    ['"In the words of X, the board “…”"', `Headline\n\nThe board denies any wrongdoing. In the words of Owino, the board "acted within the law and within the timelines set by the party".`, ['Owino']],
    ['a Kiswahili quote and its translation in brackets and marks: one quote', `Headline\n\n"Hatutakubali mgombea wa kupangwa kutoka juu kabisa" ("We will not accept a candidate imposed from above"), Prof Simiyu said.`, ['Simiyu']],
    ['"the MP, who spoke after …, said" after a sentence about the one MP', `Headline\n\nBudalang'i MP Wafula Nekesa Ouma backed the bill but warned against cartels.\n\n"${said}," the MP, who spoke after the Speaker had twice called for order, said.`, ['Wafula Nekesa Ouma']],
    ['"The Cabinet Secretary, who served as …, later told journalists that “…”"', `Headline\n\nInterior Cabinet Secretary Lokwang Ekai Lokol joined by phone.\n\nThe Cabinet Secretary, who served as a senator before, later told journalists that officers were sent "to protect them and not to block them at all".`, ['Lokwang Ekai Lokol']],
    ['"The P chairperson in Kisii County, X," then "the P chairperson said"', `Headline\n\nThe ODM chairperson in Kisii County, Moraa Kwamboka Nyaboke, believes her party still holds the region. "${said}," the ODM chairperson said.`, ['Moraa Kwamboka Nyaboke']],
    ['"X, a P nominated senator, shared photos … with the caption “…”"', `Headline\n\nChelangat Jepkosgei Kirui, a PPK nominated senator, shared photos of the rally with the caption "The Rift has spoken, and it has spoken loudly".`, ['Chelangat Jepkosgei Kirui']],
    ['"The CS said …. “…,” she explained." after a sentence naming Ms X, the CS', `Headline\n\nTreasury CS Njeri Wambui Kamau dismissed the threat. "The money will be released as soon as the Finance Bill is passed," Ms Kamau told reporters.\n\nThe CS said the delay was caused by a shortfall in revenue. "${said}," she explained.`, ['Kamau', 'Kamau']],
    ['a quote alone after "He added that …", the sentence naming no one', `Headline\n\n"We have been patient for three months and our hospitals are empty," Governor Ahmed Abdullahi Hassan said.\n\nHe added that the governors would meet the President next week. "${said}."`, ['Ahmed Abdullahi Hassan', 'Ahmed Abdullahi Hassan']],
    ['"“…,” he said, while Majority Leader X added: “…”": two speakers, a title before the second', `Headline\n\nMinority Leader Junet Mohamed Nuh said the opposition would reject it. "We cannot approve someone who has unanswered questions," he said, while Majority Leader Kimani Kariuki Njoroge added: "${said}."`, ['Junet Mohamed Nuh', 'Kimani Kariuki Njoroge']],
    ['"“…,” X fumed" and "“…,” X countered": verbs of speech beyond "said"', `Headline\n\n"${said}," Peter Mutiso Kyalo fumed. "We will not give up on our people at all," Jane Wanjiku Kamau countered.`, ['Peter Mutiso Kyalo', 'Jane Wanjiku Kamau']],
    ['"Asked whether …X…, the former governor said Y was “…”": the one former governor', `Headline\n\nFormer Bungoma Governor Wekesa Nangila Masinde spoke on the programme.\n\nAsked whether the alliance would field Dr Musembi Kyalo Mwendwa, the former governor said Mwendwa was "one of several strong candidates we are proud of".`, ['Wekesa Nangila Masinde']],
    ['"X has defended his Sh44 billion budget, insisting: “…”": an amount is no one', `Headline\n\nNairobi Governor Johnson Sakaja Arthur has defended his administration's Sh44 billion budget, insisting: "${said}."`, ['Johnson Sakaja Arthur']],
    ['"Reacting, X said: “…”"', `Headline\n\nReacting, Sakaja said: "${said}."`, ['Sakaja']],
    ['"“…,” read a statement signed by P Secretary-General X"', `Headline\n\n"${said}," read a statement signed by ODM Secretary-General Edwin Sifuna Wakhungu.`, ['Edwin Sifuna Wakhungu']],
    ['"“…,” added the legislator, who …" after "“…,” Okelo said", Okelo the middle name of the one MP', `Headline\n\nNyando MP Jared Okelo Odoyo spoke by phone. "We were not consulted on this position at all," Okelo said.\n\n"${said}," added the legislator, who is serving his first term.`, ['Okelo', 'Okelo']],
    ['"the chairman said" for the one "party chairman X"', `Headline\n\nThe ODM met in Kisumu, led by party chairman John Mbadi Ng'ongo.\n\n"${said}," the chairman said.`, ["John Mbadi Ng'ongo"]],
    ['"His message was clear: “…”" after a sentence about the one man', `Headline\n\nKisii Governor Simba Arati Nyakundi on Friday took his fight with the assembly to court. His message was clear: "${said}."`, ['Simba Arati Nyakundi']],
    ['"In his words, the county “…”"', `Headline\n\nKisii Senator Richard Onyonka Momoima said both sides were to blame. In his words, the county "is paying the price of egos and nothing else".`, ['Richard Onyonka Momoima']],
    ['"The governor, who spoke in Nyaribari Chache, said …. “…,” he claimed": a place is no rival', `Headline\n\nKisii Governor Simba Arati Nyakundi went to court.\n\nThe governor, who spoke in Nyaribari Chache, said the MCAs were being used. "${said}," he claimed.`, ['Simba Arati Nyakundi']],
    ['"“… hide. The documents …,” X said. “…" going on into the next paragraph', `Headline\n\nGovernor Patrick Ntutu Ole spoke.\n\n"We have nothing to hide. The documents are open to anyone," Ntutu said. "The senator has chosen to mislead the public.\n\n"${said}."`, ['Ntutu', 'Ntutu']],
    ['a quote alone after "The Party Leader, in his acceptance speech, said:"', `Headline\n\nThe Progressive Party of Kenya (PPK) met. The delegates endorsed Dr Musembi Kyalo Mutua as Party Leader.\n\nThe Party Leader, in his acceptance speech, said:\n\n"${said}."`, ['Musembi Kyalo Mutua']],
  ])('gives the quote its speaker: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['"the MP said" when the sentence before named two MPs', `Headline\n\nKitui MP Peter Mutiso Kyalo and Mwingi MP John Musyoka Kilonzo backed the bill.\n\n"${said}," the MP, who spoke after the Speaker, said.`],
    ['"the MP said" after a sentence about a senator', `Headline\n\nKitui Senator Peter Mutiso Kyalo backed the bill.\n\n"${said}," the MP said.`],
    ['"His message was clear:" after a sentence naming two men', `Headline\n\nGovernor Simba Arati Nyakundi met Senator Richard Onyonka Momoima. His message was clear: "${said}."`],
    ['"shared a video of … saying “…”": not a caption', `Headline\n\nPeter Mutiso Kyalo shared a video of the crowd chanting "${said}".`],
    ['"The Senator said …. “…,” he explained." when the story\'s subject is no senator', `Headline\n\nKitui Governor Peter Mutiso Kyalo toured Mwingi on Sunday. The Senator said the county had been neglected. "${said}," he explained.`],
  ])('leaves the quote without a speaker: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });

  it('publishes both quotes of "“…,” he said, while Y added: “…”", each under its speaker', () => {
    const text = `Headline\n\nMinority Leader Junet Mohamed Nuh said the opposition would reject it. "We cannot approve someone who has unanswered questions," he said, while Majority Leader Kimani Kariuki Njoroge added: "${said}."`;
    const people = summarise(analyseCorpus([seed('x.txt', text)], pack)).people;
    expect(people.find((one) => one.name === 'Junet Mohamed Nuh')?.quotes.map((quote) => quote.text)).toEqual(['We cannot approve someone who has unanswered questions']);
    expect(people.find((one) => one.name === 'Kimani Kariuki Njoroge')?.quotes.map((quote) => quote.text)).toEqual([`${said}.`]);
  });

  it('holds back "he said" when the sentence before names someone else, the speaker named only further back', () => {
    const text = `Headline\n\nFormer Prime Minister Raila Amolo Odinga and Musalia Wycliffe Mudavadi met in Vihiga.\n\n"We go back a long way and we have been friends for years," Odinga told mourners. He urged Mudavadi's supporters to give the talks a chance. "${said}," he said.`;
    const people = summarise(analyseCorpus([seed('x.txt', text)], pack)).people;
    expect(people.flatMap((one) => one.quotes.map((quote) => quote.text))).toEqual(['We go back a long way and we have been friends for years']);
  });

  it('publishes the quote after "The Party Leader … said:" under its one holder', () => {
    const text = `Headline\n\nThe Progressive Party of Kenya (PPK) met on Saturday. The NDC endorsed Dr Musembi Kyalo Mutua as PPK Party Leader.\n\nThe Party Leader, in his acceptance speech, said:\n\n"${said}."`;
    const mutua = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name === 'Musembi Kyalo Mutua');
    expect(mutua?.quotes.map((quote) => quote.text)).toEqual([`${said}.`]);
  });
});
