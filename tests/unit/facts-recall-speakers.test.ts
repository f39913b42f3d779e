/**
 * Speakers in the constructions the fourth facts-dev batch (fd29-fd36)
 * leans on: transcripts, debate reports, press statements, posts, speakers
 * named by a title in the sentence before, split quotes, partial quotes after
 * a subject with an aside. Each case is a short invented text with its facts
 * written by hand. Precision first: every "none" case is a reading that would
 * give a quote or a tie to the wrong person.
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

describe('speakers named by a title', () => {
  it('settles "the P leader, who spoke …, said" when the article defines P and writes its acronym alone again', () => {
    const text = `Headline\n\nProf Wanjala Nekesa Simiyu, who leads the Chama cha Mabadiliko-Kenya (CCM-K), spoke first. The CCM-K will meet in March.\n\n"${said}," the CCM-K leader, who spoke in Bungoma on Saturday, said.`;
    expect(speakers(text)).toEqual(['Wanjala Nekesa Simiyu']);
  });

  it('keeps a particle inside a party named in an apposition: "X, the Haki na Usawa Party (HUP) leader"', () => {
    const text = 'Headline\n\nDr Amina Golicha Dabasso, the Haki na Usawa Party (HUP) leader, spoke.';
    expect(ties(text, 'Dabasso')).toEqual(['Haki na Usawa Party leader']);
  });
});

describe('"he/she said" after a sentence whose subject is a title', () => {
  const opening = 'Headline\n\nThe Jumuia Democratic Congress (JDC) met. Hon. Zawadi Akinyi Odera, the Ugunja MP, remains the JDC Party Whip. Party leader Otieno Wafula Barasa spoke next.\n\n';

  it('gives "The Party Whip said …. “…,” she said." to the one Party Whip', () => {
    expect(speakers(`${opening}The Party Whip said the MPs would vote as a bloc on the Political Parties (Amendment) Bill. "${said}," she said.`)).toEqual(['Zawadi Akinyi Odera']);
  });

  it('leaves it open when the sentence before names someone as well', () => {
    expect(speakers(`${opening}The Party Whip said the MPs would back Barasa. "${said}," she said.`)).toEqual([null]);
  });

  it('leaves it open when two people hold the title', () => {
    const two = 'Headline\n\nThe Jumuia Democratic Congress (JDC) met. Hon. Zawadi Akinyi Odera, the Ugunja MP, remains the JDC Party Whip. Hon. Achieng Moraa Kemunto, the Kasipul MP, remains the ODM Party Whip.\n\n';
    expect(speakers(`${two}The Party Whip said the MPs would vote as a bloc. "${said}," she said.`)).toEqual([null]);
  });

  it('gives both halves of a split quote to the speaker of the first: "“…,” he added, “and …”"', () => {
    const text = `Headline\n\nKDA chairman Owino Onyango Odiwuor spoke. "We will not respond to them at all," he added, "and the voters will have the final word in 2027."`;
    expect(speakers(text)).toEqual(['Owino Onyango Odiwuor', 'Owino Onyango Odiwuor']);
  });

  it('leaves both halves of a split quote open after two women: "“…,” she said, “and …”"', () => {
    const text = `Headline\n\nMs Nafula Wanyama Simiyu and Ms Amina Golicha Dabasso both laughed. "Ask us again in March next year," she said, "and you will get a clear answer from both of us."`;
    expect(speakers(text)).toEqual([null, null]);
  });
});

describe('"he/she said" after a title subject, more', () => {
  it('gives "The Speaker\'s lawyer, Mr X, said …. “…,” he said." to the lawyer named before the verb', () => {
    const text = `Headline\n\nSpeaker Chepngetich Jemeli Towett went to court.\n\nThe Speaker's lawyer, Mr Nyakundi Ombati Moraa, said the petition would be heard on Monday. "${said}," he said.`;
    expect(speakers(text)).toEqual(['Nyakundi Ombati Moraa']);
  });

  it('gives "The Chairperson said … what he called “…”. “…,” he added, “and …”" all to the one Chairperson', () => {
    const text = `Headline\n\nThe Jumuia Democratic Congress (JDC) met. Hon. Owino Onyango Odiwuor was elected JDC Chairperson.\n\nThe Chairperson said the party would not respond to what he called "propaganda from the ruling party and its friends". "Our work will speak for us every day," he added, "and the voters will have the final word in 2027."`;
    expect(extract(text).quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(['Owino Onyango Odiwuor', 'Owino Onyango Odiwuor', 'Owino Onyango Odiwuor']);
  });
});

describe('published under a title the sentence before gives', () => {
  const published = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.filter((one) => one.quotes.length > 0).map((one) => `${one.name}: ${one.quotes.length}`);
  const opening = 'Headline\n\nThe Jumuia Democratic Congress (JDC) met. Hon. Owino Onyango Odiwuor was elected JDC Chairperson. He takes over from Mr Kassim Juma Mwakazi, the immediate former JDC chairperson.\n\n';

  it('publishes "The Chairperson said …. “…,” he added" under the chairperson now, a former one named in the article', () => {
    expect(published(`${opening}The Chairperson said the party would not respond. "${said}," he added.`)).toEqual(['Owino Onyango Odiwuor: 1']);
  });

  it('publishes nothing under the chairperson now for "The former chairperson said …. “…,” he added"', () => {
    expect(published(`${opening}The former chairperson said the party had lost its way. "${said}," he added.`)).not.toContain('Owino Onyango Odiwuor: 1');
  });
});

describe('partial quotes after a subject with an aside', () => {
  it.each([
    ['"X of UDA, who was on the same panel, accused the Alliance of “…”"', `Headline\n\nNyandarua Woman Representative Hon. Wairimu Kanyiri Mwangi of UDA, who was on the same panel, accused the Umoja Alliance of "recycling the same faces that lost in 2022".`, ['Wairimu Kanyiri Mwangi']],
    ['"Rev X of the Anglican Church of Kenya, who chairs the … Council, has asked the politicians to “…”"', `Headline\n\nRev Mwalimu Kazungu Chome of the Anglican Church of Kenya, who chairs the Kilifi Inter-Faith Council, has asked the politicians to "stop bringing campaigns to the altar".`, ['Mwalimu Kazungu Chome']],
    ['"…, which Dr X described as “…”"', `Headline\n\nThe NEC resolved to write to the commission over the offices, which Dr Zawadi Akinyi Odera described as "an insult to the voters who sent them to Parliament".`, ['Zawadi Akinyi Odera']],
  ])('gives the quote its speaker: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['"X\'s campaign manager, who asked not to be named, said the governor was “…”"', `Headline\n\nGovernor Mercy Wakesho Mwadime spoke. Mwadime's campaign manager, who asked not to be named, said the governor was "not losing sleep over a party that exists only in Wundanyi".`],
    ['"X of the P and Y, who …, dismissed it as “…”"', `Headline\n\nHon. Wairimu Kanyiri Mwangi of UDA and Hon. Achieng Moraa Kemunto, who sat on the panel, dismissed the deal as "recycling the same faces that lost in 2022".`],
    ['"…, which the party described as “…”"', `Headline\n\nDr Zawadi Akinyi Odera spoke. The NEC resolved to write to the commission, which the party described as "an insult to the voters who sent them to Parliament".`],
  ])('leaves the quote without a speaker: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });
});

describe('speakers named by a description', () => {
  it('gives "the cleric said" to the one person with a cleric\'s honorific', () => {
    const text = `Headline\n\nRev Canon Mwalimu Kazungu Chome led the prayers. Governor Mercy Wakesho Mwadime spoke after him.\n\n"${said}," the cleric said.`;
    expect(speakers(text)).toEqual(['Mwalimu Kazungu Chome']);
  });

  it('leaves "the cleric said" open when two clerics are named', () => {
    const text = `Headline\n\nRev Mwalimu Kazungu Chome and Bishop Jackson Ole Sapit led the prayers.\n\n"${said}," the cleric said.`;
    expect(speakers(text)).toEqual([null]);
  });

  it('gives "the two-term governor said" to the one governor, in office or not', () => {
    const text = `Headline\n\nDr Khamasi Lumbasi Shitsama, who served as Kakamega Governor between 2013 and 2022, lamented the deals.\n\n"${said}," the two-term governor said.`;
    expect(speakers(text)).toEqual(['Khamasi Lumbasi Shitsama']);
  });

  it('settles nothing with "the former ODM branch chairperson said" for a chairperson in office', () => {
    const text = `Headline\n\nODM Chairperson Kapchanga Wekesa Mulongo spoke first.\n\n"${said}," the former ODM branch chairperson said.`;
    expect(speakers(text)).toEqual([null]);
  });
});

describe('a second verb of the subject', () => {
  it.each([
    ['"Governor X dismissed the claims and said the party was “…”"', `Headline\n\nGovernor Paul Emojong Ikapel dismissed the claims and said the party was "${said}".`, ['Paul Emojong Ikapel']],
    ['"X, who sat at the high table, did not speak about the P list, but pledged to work with “…”"', `Headline\n\nIkapel, who sat at the high table, did not speak about the NDM-K list, but pledged to work with "every leader elected by the people of Busia".`, ['Ikapel']],
  ])('gives the quote its speaker: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['"X met Y and said “…”": Y is named between', `Headline\n\nGovernor Paul Emojong Ikapel met Senator Okiya Omtatah Okoiti and said the party was "${said}".`],
    ['"Asked about X, the party dismissed the claims and said “…”"', `Headline\n\nAsked about Ikapel, the party dismissed the claims and said it was "${said}".`],
  ])('leaves the quote without a speaker: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });
});

describe('no one who could speak', () => {
  it.each([
    ['"Police had a hard time …" before "“…,” she said."', `Crowds gather outside the hotel\n\nPolice had a hard time controlling the crowd outside the hotel.\n\n"${said}," she said.`],
    ['"Political analysts say …" before "“…,” he said."', `Crowds gather outside the hotel\n\nPolitical analysts say the Bill will shape alliances.\n\n"${said}," he said.`],
  ])('leaves the quote without a speaker: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });
});

describe('more ways news English attributes a quote', () => {
  it.each([
    ['"X was quoted as saying that the state would “…”"', `Headline\n\nNandi Senator Samson Kiprotich Cheruiyot was quoted as saying that the state would "${said}".`, ['Samson Kiprotich Cheruiyot']],
    ['"X appealed to the MCAs to “…”"', `Headline\n\nGovernor Millicent Kwamboka Omanga appealed to the MCAs to "${said}".`, ['Millicent Kwamboka Omanga']],
    ['"Per X, the party would “…”"', `Headline\n\nPer Omanga, the party would "${said}".`, ['Omanga']],
    ['"In his words: “…”"', `Headline\n\nGovernor Millicent Kwamboka Omanga was categorical. In her words: "${said}."`, ['Millicent Kwamboka Omanga']],
    ['"The motion was opposed by X, who said the party would “…”"', `Headline\n\nThe motion was opposed by Omanga, who said the party would "${said}".`, ['Omanga']],
    ['"X met Y, who said “…”": the name right before "who"', `Headline\n\nGovernor Anne Njeri Waiguru met Senator Millicent Kwamboka Omanga, who said the county would "${said}".`, ['Millicent Kwamboka Omanga']],
  ])('gives the quote its speaker: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('leaves "X and Y, who said …" open: "who" stands for both', () => {
    expect(speakers(`Headline\n\nThe motion was opposed by Kamau and Otieno, who said the party would "${said}".`)).toEqual([null]);
  });

  it('leaves "X\'s aide, who said …" to no one named', () => {
    expect(speakers(`Headline\n\nThe motion was opposed by Omanga's aide, who said the party would "${said}".`)).toEqual([null]);
  });
});

describe('"the statement read"', () => {
  const published = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.filter((one) => one.quotes.length > 0).map((one) => `${one.name}: ${one.quotes.length}`);

  it('gives "In a statement, X said …. “…,” the statement read." to the one who issued it, and publishes it', () => {
    const text = `Headline\n\nIn a statement, ODM chairman John Mbadi Ng'ongo said the party would not attend.\n\n"${said}," the statement read.`;
    expect(speakers(text)).toEqual(["John Mbadi Ng'ongo"]);
    expect(published(text)).toEqual(["John Mbadi Ng'ongo: 1"]);
  });

  it('leaves it open when the sentence before names a second person', () => {
    const text = `Headline\n\nIn a statement, ODM chairman John Mbadi Ng'ongo said the party would not attend the meeting called by Senator Okiya Omtatah Okoiti.\n\n"${said}," the statement read.`;
    expect(speakers(text)).toEqual([null]);
  });

  it('leaves it open when the sentence before is about no statement', () => {
    const text = `Headline\n\nODM chairman John Mbadi Ng'ongo arrived late.\n\n"${said}," the statement read.`;
    expect(speakers(text)).toEqual([null]);
  });
});

describe('the chair of a committee named before the name', () => {
  const text = `Headline\n\nThe chairman of the Departmental Committee on Justice and Legal Affairs, Kibwezi West MP Mutua Mbuvi Kathuka, said his committee had received 61 memoranda.\n\nKathuka spoke for an hour.\n\n"${said}," the committee chairman, who tabled the report on Thursday, said.`;

  it('reads "The chairman of the … Committee on …, X MP Y," as the committee\'s Chairman', () => {
    expect(roles(text, 'Mutua Mbuvi Kathuka')).toContainEqual({ title: 'Chairman', organisation: 'Departmental Committee on Justice and Legal Affairs' });
  });

  it('gives "the committee chairman said" to the one chair of a committee', () => {
    expect(speakers(text)).toEqual(['Mutua Mbuvi Kathuka']);
  });

  it('gives "the committee chairman said" to no party chairman', () => {
    const party = `Headline\n\nThe Jumuia Democratic Congress (JDC) met. JDC chairman Otieno Wafula Barasa spoke.\n\n"${said}," the committee chairman said.`;
    expect(speakers(party)).toEqual([null]);
  });
});

describe('a pronoun inside a relative clause', () => {
  it('gives "X paid tribute to the late Senator Y, who he said had “…”" to X', () => {
    expect(speakers(`Headline\n\nProf Ayieko Okoth Odhiambo paid tribute to the late Garissa Senator Aden Mohamud Dubow, who he said had "held this coalition together when it was only an idea".`)).toEqual(['Ayieko Okoth Odhiambo']);
  });

  it('leaves it open when a third person is named: "X and Y paid tribute to Z, who he said had “…”"', () => {
    expect(speakers(`Headline\n\nProf Ayieko Okoth Odhiambo and Dr Musembi Kyalo Mwendwa paid tribute to Senator Aden Mohamud Dubow, who he said had "held this coalition together when it was only an idea".`)).toEqual([null]);
  });
});

describe('publishing a quote given by a description that is no title', () => {
  const published = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.filter((one) => one.quotes.length > 0).map((one) => one.name);

  it('publishes "the cleric said" right after the sentence naming the cleric', () => {
    expect(published(`Headline\n\nRev Canon Mwalimu Kazungu Chome asked the politicians to stay away from the altar.\n\n"${said}," the cleric said.`)).toEqual(['Mwalimu Kazungu Chome']);
  });

  it('holds back "the cleric said" when the sentence before names someone else', () => {
    expect(published(`Headline\n\nRev Canon Mwalimu Kazungu Chome led the prayers. Governor Mercy Wakesho Mwadime spoke after him.\n\n"${said}," the cleric said.`)).toEqual([]);
  });
});

describe('a verb of speech after a tense\'s helper', () => {
  it.each([
    ['"X had earlier said that the party would “…”"', `Headline\n\nKioni Ndegwa Wanjiru had earlier said that the party would "${said}".`, ['Kioni Ndegwa Wanjiru']],
    ['"X would later tell reporters that the party would “…”"', `Headline\n\nKioni Ndegwa Wanjiru would later tell reporters that the party would "${said}".`, ['Kioni Ndegwa Wanjiru']],
  ])('gives the quote its speaker: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('gives none for "X refused to tell reporters whether the party would “…”"', () => {
    expect(speakers(`Headline\n\nKioni Ndegwa Wanjiru refused to tell reporters whether the party would "${said}".`)).toEqual([null]);
  });
});

describe('"the first-term MP said"', () => {
  it('gives it to no one when the article called someone else first-term than the story\'s subject', () => {
    const text = `Headline\n\nGem MP Odera Ojwang Ongere, a first-term MP, spoke. Kapseret MP Kiprono Barngetuny Sang replied.\n\n"${said}," the first-term MP said.`;
    expect(speakers(text)).toEqual([null]);
  });

  it('gives it to the story\'s subject when no one else was called first-term', () => {
    const text = `Headline\n\nGem MP Odera Ojwang Ongere spoke on the bill.\n\n"${said}," the first-term legislator added.`;
    expect(speakers(text)).toEqual(['Odera Ojwang Ongere']);
  });
});

describe('"according to the <title>,"', () => {
  const published = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.filter((one) => one.quotes.length > 0).map((one) => one.name);

  it('gives "According to the Secretary-General, the party “…”" to the one Secretary-General, and publishes it', () => {
    const text = `Headline\n\nUP-K Secretary-General Mutiso Kyalo Ndambuki read the resolutions on Monday.\n\nAccording to the Secretary-General, the party "${said}".`;
    expect(speakers(text)).toEqual(['Mutiso Kyalo Ndambuki']);
    expect(published(text)).toEqual(['Mutiso Kyalo Ndambuki']);
  });

  it('settles "In the words of the former diplomat, …" for the one former envoy of the article', () => {
    const text = `Headline\n\nOkumu Nyagol Achola, a one-time envoy, spoke.\n\nIn the words of the former diplomat, the nominees would "${said}".`;
    expect(published(text)).toEqual(['Okumu Nyagol Achola']);
  });

  it('settles nothing with a description that is no office: "In the words of the veteran politician, …"', () => {
    const text = `Headline\n\nOkumu Nyagol Achola, a one-time envoy, spoke.\n\nIn the words of the veteran politician, the nominees would "${said}".`;
    expect(published(text)).toEqual([]);
  });
});
