/**
 * Quotes whose words name someone besides their speaker, where a reading that
 * takes the first name, or the story's subject, gives the words to the wrong
 * person: the organisation a speaker works for, named before their title. Short
 * invented texts, the speakers written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);

describe('an organisation, then its officer named by a title', () => {
  const opening = 'Headline\n\nHoma Bay Governor Millicent Adhiambo Oduya claimed that her administration had built forty clinics.\n\n';

  it.each([
    [`“${SAID},” said PesaCheck fact-checker Collins Ouma Ogutu.`, /Ogutu$/],
    [`“${SAID},” said Mzalendo Watch senior researcher Tabitha Njeri Gakuo.`, /Gakuo$/],
    [`“${SAID},” said Sheria Hub lawyer Otieno Wekesa Malala.`, /Malala$/],
  ])('gives "%s" to the officer, not the organisation', (paragraph, speaker) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(speaker)]);
  });

  it('still gives "“…,” said Oduya after Ogutu had left" to the first one named', () => {
    expect(speakers(`${opening}“${SAID},” said Oduya after Collins Ouma Ogutu had left.`)).toEqual([expect.stringMatching(/Oduya$/)]);
  });
});

describe('a title as the subject, and a relative clause of someone else speaking before the quote', () => {
  const opening = 'Headline\n\nBungoma Senator Wafula Nyongesa Khisa and Kabuchai MP Makali Wekesa Simiyu-Barasa have traded accusations over the sugar factory.\n\n';

  it.each([
    'The senator responded to Simiyu-Barasa, who had said the senator was “a latecomer to the sugar question in this county.”',
    'The senator hit back at Simiyu-Barasa, who earlier claimed that the board had been “captured by cartels from outside the county.”',
  ])('gives "%s" to no one the title names', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).not.toContainEqual(expect.stringMatching(/Khisa$/));
  });

  it.each([
    'The senator, who spoke in Webuye, said the factory had been “looted by the same people who now defend it.”',
  ])('still gives "%s" to the title\'s one holder', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(/Khisa$/)]);
  });
});

describe("someone's words as another tells them", () => {
  const opening = 'Headline\n\nBungoma Senator Wafula Nyongesa Khisa met President Samuel Kiptoo Rotich at State House on Monday.\n\n';

  it.each([
    'Khisa said President Rotich had assured him that “no farmer will lose their land to the banks this year.”',
    'Khisa claimed that Rotich had promised the delegation that the government would “write off every loan owed by the farmers.”',
  ])('gives "%s" to neither the teller nor the one told of', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([null]);
  });

  it.each([
    ['Khisa said the President had been “very clear that no farmer will lose their land.”', /Khisa$/],
    ['Khisa told reporters that Rotich was “a man who keeps every promise he makes.”', /Khisa$/],
    ['Rotich, who hosted the delegation, assured them that “no farmer will lose their land to the banks.”', /Rotich$/],
  ])('still gives "%s" to the one who speaks', (paragraph, speaker) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(speaker)]);
  });
});

describe('"he said" after a sentence about a group the last speaker is one of', () => {
  const opening =
    'Headline\n\nKanduyi MP Eliud Barasa Wanjofu and former MP Joseph Simiyu Kakai clashed at a funeral in Bungoma on Saturday.\n\n' +
    '“I have no interest in that seat any more, and my time is over,” Kakai said.\n\n';

  it.each([
    `The two later shook hands at the request of the family. “${SAID},” he said.`,
    `Both men later embraced in front of the mourners. “${SAID},” he said.`,
    `They later shook hands at the request of the family. “${SAID},” he said.`,
  ])('gives "%s" to no one', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)[1]).toBeNull();
  });

  it('still gives "He later shook hands with the family. “…,” he said." to the last speaker', () => {
    expect(speakers(`${opening}He later shook hands with the family. “${SAID},” he said.`)[1]).toMatch(/Kakai$/);
  });
});

describe('"the chairman said" when the article wrote two people with the word', () => {
  const later = `\n\nThe chairman later told journalists that the matter would go to court. “${SAID},” the chairman said.`;

  it('gives the quote to no one when the other chairman\'s office was not read', () => {
    const text = 'Headline\n\nThe Council of Governors chairman, Wajir Governor Abdullahi Hassan Dubow, and Senate Finance Committee chairman Gideon Mbuvi Kioko clashed on Thursday over the revenue formula.';
    expect(speakers(`${text}${later}`)).toEqual([null]);
  });

  it("still gives it to the one chairman when the other is written only with a governor's title", () => {
    const text = 'Headline\n\nWajir Governor Abdullahi Hassan Dubow and Senate Finance Committee chairman Gideon Mbuvi Kioko clashed on Thursday over the revenue formula.';
    expect(speakers(`${text}${later}`)).toEqual([expect.stringMatching(/Kioko$/)]);
  });
});

describe('a host, presenter or fellow guest named beside the speaker', () => {
  const opening = 'Headline\n\nEmbu Senator Njeru Mbogo Kathuri and Manyatta MP Wanjiru Gatwiri Muriuki clashed on a breakfast show on Tuesday.\n\n';

  it.each([
    [`Kathuri, in an interview with Citizen TV host Kavata Mumbua Nzioki: “${SAID}.”`, /Nzioki$/],
    [`On Kameme FM, Muriuki told presenter Githinji Wamaitha Ndungu: “${SAID}.”`, /Ndungu$/],
    [`Muriuki, appearing on NTV's Fixing the Nation alongside Kavata Mumbua Nzioki, said: “${SAID}.”`, /Nzioki$/],
  ])('does not give "%s" to the one the speaker spoke to or beside', (paragraph, other) => {
    expect(speakers(`${opening}${paragraph}`)).not.toContainEqual(expect.stringMatching(other));
  });

  it('still gives "Host X asked Muriuki: “…”" to the host', () => {
    expect(speakers(`${opening}Host Kavata Mumbua Nzioki asked Muriuki: “${SAID}?”`)).toEqual([expect.stringMatching(/Nzioki$/)]);
  });
});

describe('a name inside a participle aside of the speaker', () => {
  const opening = 'Headline\n\nKigumo MP Ndungu Kamau Wairimu and Maragua MP Gachoki Muthoni Njambi traded barbs on X on Sunday.\n\n';

  it.each([
    `Wairimu, reacting to a post by Njambi's ally, Kandara MCA Wambui Njeri Gathoni, said: “${SAID}.”`,
    `Wairimu, responding to a post by Kandara MCA Wambui Njeri Gathoni, said the MCA should “focus on the ward and leave the MPs alone.”`,
  ])('gives "%s" to the speaker, not the one the aside names', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).not.toContainEqual(expect.stringMatching(/Gathoni$/));
  });

  it('still gives "On Sunday, addressing mourners in Kandara, X said: “…”" to X', () => {
    expect(speakers(`${opening}On Sunday, addressing mourners in Kandara, Wambui Njeri Gathoni said: “${SAID}.”`)).toEqual([expect.stringMatching(/Gathoni$/)]);
  });
});

describe("a possessor before the colon is no speaker", () => {
  const opening = 'Headline\n\nMombasa Senator Hamisi Bakari Mwinyi and Governor Salim Juma Mwadzogo clashed online over the ferries.\n\n';

  it.each([
    `Governor Salim Juma Mwadzogo retweeted Mwinyi's post, adding: “${SAID}.”`,
    `Mwadzogo shared Mwinyi's video, writing: “${SAID}.”`,
  ])('gives "%s" to the one who posted', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(/Mwadzogo$/)]);
  });

  it('still gives "Mwinyi\'s reply was short: “…”" to Mwinyi', () => {
    expect(speakers(`${opening}Mwinyi's reply was short: “${SAID}.”`)).toEqual([expect.stringMatching(/Mwinyi$/)]);
  });
});

describe('a name the sentence asks about, then a subject of its own before the colon', () => {
  const opening = 'Headline\n\nKisumu Senator Opiyo Akoko Ojuok appeared on the Sunday show.\n\n';

  it.each([
    `Asked about Ojuok's chief of staff, Otieno Owuor Achar, who has been linked to the rival camp in Kisumu, the senator said: “${SAID}.”`,
    `Asked about Otieno Owuor Achar, who quit the party last week, the senator said: “${SAID}.”`,
  ])('does not give "%s" to the one asked about', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).not.toContainEqual(expect.stringMatching(/Achar$/));
  });

  it('still gives "X, who quit the party last week, said: “…”" to X', () => {
    expect(speakers(`${opening}Otieno Owuor Achar, who quit the party last week, said: “${SAID}.”`)).toEqual([expect.stringMatching(/Achar$/)]);
  });
});

describe('"They" inside a quote is no group the story turns to', () => {
  it('still gives "X said: “… They want jobs, not speeches.” “…,” she said." to X', () => {
    const text = `Headline\n\nMs Caroline Wairimu Munyua spoke in Nakuru.\n\nMs Munyua said: “Young people are tired of promises. They want jobs, not speeches.” “${SAID},” she said.`;
    expect(speakers(text)[1]).toMatch(/Munyua$/);
  });
});

describe('a quote by a title, after a sentence about someone the title is written beside', () => {
  const opening = 'Headline\n\nFormer Health CS Wanjiku Ndinda Mwololo now runs a clinic in Mwingi and rarely speaks about politics.\n\n';

  it('"Y, Trade CS until 2024 …, is eyeing the seat. “…,” the former Cabinet Secretary said." gives the quote to no one (Y\'s CS was not read)', () => {
    const text = `${opening}Kioko Mutiso Ndambuki, Trade CS until 2024 and Mwingi MP before that, is eyeing the Kitui Senate seat.\n\n“${SAID},” the former Cabinet Secretary said.`;
    expect(speakers(text)).toEqual([null]);
  });

  it('still gives it to the one former CS when the sentence before writes no such title beside its subject', () => {
    const text = `${opening}Kioko Mutiso Ndambuki, the Mwingi MP, is eyeing the Kitui Senate seat.\n\n“${SAID},” the former Cabinet Secretary said.`;
    expect(speakers(text)).toEqual([expect.stringMatching(/Mwololo$/)]);
  });
});

describe('a person named inside the speaker\'s apposition, after "to" or "of" and a dated or seated title', () => {
  it.each([
    'an aide to former Governor Kiprono Langat Kiboi',
    'a nephew of the late Senator Kiprono Langat Kiboi',
    'an aide to Water CS nominee Kiboi',
    'an ally of area MP Kiprono Langat Kiboi',
    'a cousin of nominated MCA Kiprono Langat Kiboi',
  ])('"X, %s, said … “…”" gives the words to X', (apposition) => {
    expect(speakers(`Headline\n\nChebet Jerop Kemboi, ${apposition}, said her boss would “${SAID}” and declined to comment.`)).toEqual([expect.stringMatching(/Kemboi$/)]);
  });

  it('still gives "Former Governor Y said the county would “…”" to Y', () => {
    expect(speakers(`Headline\n\nFormer Governor Kiprono Langat Kiboi said the county would “${SAID}” next year.`)).toEqual([expect.stringMatching(/Kiboi$/)]);
  });
});

describe('"According to X," then a subject of its own that speaks', () => {
  const opening = 'Headline\n\nMCA Nafula Nekesa Wekesa and Governor Wafula Situma Barasa have fallen out over bursaries.\n\n';

  it.each([
    `According to Wekesa, the governor told her at a meeting in Kitale: “${SAID}.”`,
    `According to Wekesa, he had warned the assembly: “${SAID}.”`,
  ])('gives "%s" to no one: the source relays another\'s words', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([null]);
  });

  it.each([
    [`According to Wekesa, the county had “${SAID}” by June.`, /Wekesa$/],
    [`According to Governor Barasa, “${SAID}.”`, /Barasa$/],
  ])('still gives "%s" to the source', (paragraph, speaker) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(speaker)]);
  });
});

describe('a document from someone, then what it read', () => {
  it('"Y said she had received a letter from Governor X which read: “…”" gives the words to X, not Y', () => {
    expect(speakers(`Headline\n\nSenate Speaker Rose Nduku Kyalo said she had received a letter from Governor Wilfred Kosgei Tanui which read: “${SAID}.”`)).toEqual([expect.stringMatching(/Tanui$/)]);
  });

  it('"… a statement signed by X and Y that said: “…”" gives them to no one', () => {
    expect(speakers(`Headline\n\nSpeaker Rose Nduku Kyalo read a statement signed by Governor Wilfred Kosgei Tanui and Senator Otieno Were Oduya that said: “${SAID}.”`)).toEqual([null]);
  });

  it('still gives "Y, who received the letter, said: “…”" to Y', () => {
    expect(speakers(`Headline\n\nSpeaker Rose Nduku Kyalo, who received the letter, said: “${SAID}.”`)).toEqual([expect.stringMatching(/Kyalo$/)]);
  });
});

describe('the one spoken to, and a subject of its own before the colon', () => {
  it('"In a video, Senator X is heard telling MP Y: “…”" gives the words to no one rather than Y', () => {
    expect(speakers(`Headline\n\nIn a video that went viral, Senator Tobias Ngome Chelule is heard telling Mbotela MP Jared Omwenga Nyaberi: “${SAID}.”`)).not.toContainEqual(expect.stringMatching(/Nyaberi$/));
  });

  it('"Governor X and his deputy, Y, toured the market, with the governor saying: “…”" gives the words to no one rather than Y', () => {
    expect(speakers(`Headline\n\nGovernor Wilfred Kosgei Tanui and his deputy, Grace Achieng Odhiambo, toured the market, with the governor saying: “${SAID}.”`)).not.toContainEqual(expect.stringMatching(/Odhiambo$/));
  });

  it.each([
    [`Senator Tobias Ngome Chelule, with a smile, said: “${SAID}.”`, /Chelule$/],
    [`Senator Tobias Ngome Chelule told Mbotela MP Jared Omwenga Nyaberi: “${SAID}.”`, /Chelule$/],
  ])('still gives "%s" to its subject', (paragraph, speaker) => {
    expect(speakers(`Headline\n\n${paragraph}`)).toEqual([expect.stringMatching(speaker)]);
  });
});

describe('one who speaks through another', () => {
  it.each([
    `Mbotela Senator Hesbon Oduya Makori, through his lawyer Cyrus Otieno Wakhungu, said: “${SAID}.”`,
    `Mbotela MP Jared Omwenga Nyaberi, through his spokesperson Brian Otieno Ouko, said: “${SAID}.”`,
  ])('gives "%s" to no one', (paragraph) => {
    expect(speakers(`Headline\n\n${paragraph}`)).toEqual([null]);
  });

  it('still gives "X, through thick and thin, said: “…”" to X', () => {
    expect(speakers(`Headline\n\nMbotela Senator Hesbon Oduya Makori, who has stood by the party through thick and thin, said: “${SAID}.”`)).toEqual([expect.stringMatching(/Makori$/)]);
  });
});
