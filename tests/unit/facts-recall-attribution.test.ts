/**
 * More of the ways news English names a quote's speaker, as the fifth
 * facts-dev batch (fd37-fd44) uses them: a pronoun after an opening clause or
 * before a colon, "X, who left P in May, now says", "moved by X (P), the
 * Kirimari MCA, who told …", verbs of the courtroom, a description for a
 * former envoy, a short quote that still says who is speaking. Each case is a
 * short invented text with its speakers written by hand; every "none" case
 * is a reading that would give a quote to the wrong person.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders, SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { speakers, roles } = factReaders(pack);
const said = SAID;
const surname = (name: string | null) => name?.split(' ').pop() ?? null;
const published = (text: string) =>
  summarise(analyseCorpus([seed('x.txt', text)], pack))
    .people.filter((one) => one.quotes.length > 0)
    .map((one) => `${one.name}: ${one.quotes.length}`);

describe('gives the quote its speaker', () => {
  it.each([
    [
      '"Speaking on Citizen TV\'s Sunday Live, she maintained that the party was “…”"',
      `Headline\n\nDr Nyaboke Kerubo Ombongi has declared she will seek the presidency. Speaking on Citizen TV's Sunday Live, she maintained that the party was "${said}".`,
      ['Nyaboke Kerubo Ombongi'],
    ],
    [
      '"He told Taifa Leo that he would decide in January: “…”"',
      `Headline\n\nTurkana Central MP Lokaale Ekidor Nakiru has been courted by both camps. He told Taifa Leo that he would decide in January: "${said}."`,
      ['Lokaale Ekidor Nakiru'],
    ],
    ['"X, who left ODM for the UDA in May, now says the deal “…”"', `Headline\n\nEkadeli, who left ODM for the UDA in May, now says the deal "${said}".`, ['Ekadeli']],
    [
      '"moved by Majority Leader X (UDA), the Kirimari MCA, who told the Star by phone that the Speaker was “…”"',
      `Headline\n\nThe motion was moved by Majority Leader Wawira Karimi Ngai (UDA), the Kirimari MCA, who told the Star by phone that the Speaker was "${said}".`,
      ['Wawira Karimi Ngai'],
    ],
    ['"“…,” Kiama submitted"', `Headline\n\nKathenya's lawyer, Gachoki Ndwiga Kiama, asked the court to suspend the amendments. "${said}," Kiama submitted.`, ['Gachoki Ndwiga Kiama']],
    [
      '"X, a former Runyenjes MP, said the changes were “…”": the place of a title is no one',
      `Headline\n\nIn papers filed at the Embu High Court on Thursday, Kathenya, a former Runyenjes MP, said the changes were "${said}".`,
      ['Kathenya'],
    ],
    [
      '"X is unbothered. “Let them watch,” he said. “…”": a short first part still names its speaker',
      `Headline\n\nDr Lotukoi Ewoton Akai is unbothered. "Let them watch," he said. "${said}."`,
      ['Lotukoi Ewoton Akai'],
    ],
    ['"“…,” X was quoted by the Standard as saying"', `Headline\n\nSenator Wanjiru Njeri Kamau spoke. "${said}," Kamau was quoted by the Standard as saying.`, ['Wanjiru Njeri Kamau']],
    ['"X went on to say that “…”"', `Headline\n\nSenator Wanjiru Njeri Kamau went on to say that "${said}".`, ['Wanjiru Njeri Kamau']],
    ['"In X\'s words, “…”"', `Headline\n\nSenator Wanjiru Njeri Kamau spoke in Njoro.\n\nIn Kamau's words, "${said}".`, ['Wanjiru Njeri Kamau']],
    ['"“…” — Senator X"', `Headline\n\nSenator Wanjiru Njeri Kamau spoke in Njoro.\n\n"${said}." — Senator Kamau`, ['Wanjiru Njeri Kamau']],
    ['"X, speaking to Kenyans.co.ke by phone, said the party stood “…”"', `Headline\n\nUP-K chairperson Ruth Kanini Mwangangi, speaking to Kenyans.co.ke by phone, said the party stood "${said}".`, ['Ruth Kanini Mwangangi']],
    ['"X insists the county will “…”"', `Headline\n\nSenator Wanjiru Njeri Kamau insists the county will "${said}".`, ['Wanjiru Njeri Kamau']],
    ['"“…,” X argues."', `Headline\n\nSenator Wanjiru Njeri Kamau is unmoved. "${said}," Kamau argues.`, ['Wanjiru Njeri Kamau']],
    ['"X was categorical that the county would “…”"', `Headline\n\nSenator Wanjiru Njeri Kamau was categorical that the county would "${said}".`, ['Wanjiru Njeri Kamau']],
    ['"X\'s message to the governor was clear: “…”"', `Headline\n\nSenator Wanjiru Njeri Kamau spoke in Njoro. Kamau's message to the governor was clear: "${said}."`, ['Wanjiru Njeri Kamau']],
    ['"X had warned that partner states were sending “…”": "states" is a noun here', `Headline\n\nDr Chepchumba Rop Kiplimo, then the Speaker of the EALA, had warned in 2021 that partner states were sending "${said}".`, ['Chepchumba Rop Kiplimo']],
    ['"X of Uganda\'s National Unity Platform (NUP) has tabled a petition. “…,” she said": a body its initials abbreviate is no one', `Headline\n\nTororo Woman MP Stella Achola Opio of Uganda's National Unity Platform (NUP) has tabled a petition in Kampala. "${said}," she said.`, ['Stella Achola Opio']],
    ['"X took to X to say the county would “…”"', `Headline\n\nSenator Wanjiru Njeri Kamau took to X to say the county would "${said}".`, ['Wanjiru Njeri Kamau']],
    ['"X addressed voters. Her message to the voters: “…”"', `Headline\n\nSenator Wanjiru Njeri Kamau addressed voters in Njoro. Her message to the voters: "${said}."`, ['Wanjiru Njeri Kamau']],
  ])('%s', (_label, text, expected) => {
    // (The extractor names the mention the attribution uses, "Kiama"; the profile is the full name.)
    expect(speakers(text).map(surname)).toEqual(expected.map(surname));
    expect(published(text)).toEqual(expected.map((name) => `${name}: 1`));
  });

  it('gives "X insisted he had nothing against Y. “…,” he said." to X when Y is a woman', () => {
    const text = `Headline\n\nDr Kerubo Nyaboke Ombongi has declared she will run.\n\nKimathi Mutwiri Gikunda insisted he had nothing against Ombongi personally. "${said}," he said.`;
    expect(speakers(text)).toEqual(['Kimathi Mutwiri Gikunda']);
    expect(published(text)).toEqual(['Kimathi Mutwiri Gikunda: 1']);
  });
});

describe('a party\'s press release', () => {
  const release = `Headline\n\nThe National Governing Council (NGC) of the Democratic Action Party of Kenya (DAPK) met on Thursday. The NGC confirmed Prof Adhiambo Nyawade Okuku as Party Leader of the DAPK. Eng. Mutua Kivindyo Kasiva was elected DAPK National Chairman.\n\n`;

  it('reads the offices: "confirmed X as Party Leader of the DAPK", "X was elected DAPK National Chairman"', () => {
    const text = release;
    expect(roles(text, 'Okuku').map((role) => `${role?.title}|${role?.organisation}`)).toEqual(['Party Leader|DAPK']);
    expect(roles(text, 'Kasiva').map((role) => `${role?.title}|${role?.organisation}`)).toEqual(['National Chairman|DAPK']);
  });

  it('gives a two-paragraph quote after "In her address to the Council, Prof X said:" and "She closed in Kiswahili: “…”" to X', () => {
    const text = `${release}In her address to the Council, Prof Okuku said:\n\n"Two years ago, people said the DAPK was a party of MPs without voters. Today we have MCAs in every county.\n\n"We did not get here by shouting at rallies. We got here by listening. That is how we will win."\n\nShe closed in Kiswahili: "Tuko tayari kwa uchaguzi wa 2027."`;
    expect(speakers(text).map(surname)).toEqual(['Okuku', 'Okuku']);
    expect(published(text)).toContain('Adhiambo Nyawade Okuku: 2');
  });

  it('gives "Asked by delegates about X, the Party Leader said: “…”" to the one Party Leader', () => {
    const text = `${release}Asked by delegates about Mr Kiplimo Sang Chemweno's exit, the Party Leader said: "${said}."`;
    expect(speakers(text).map(surname)).toEqual(['Okuku']);
    expect(published(text)).toEqual(['Adhiambo Nyawade Okuku: 1']);
  });

  it('gives "“…,” the new chairman added" to the chairman named in the sentence before', () => {
    const text = `${release}Eng. Kasiva, in his first remarks as chairman, said the party would "never treat a strike by teachers as a crime". "${said}," the new chairman added.`;
    expect(speakers(text).map(surname)).toEqual(['Kasiva', 'Kasiva']);
    expect(published(text)).toEqual(['Mutua Kivindyo Kasiva: 2']);
  });

  it('gives "Hon. X, the DAPK Deputy Secretary-General, who moved the motion, said the Council had “…”" to X', () => {
    const text = `${release}Hon. Shivembe Andanje Malaba, the DAPK Deputy Secretary-General, who moved the motion, said the Council had "${said}".`;
    expect(speakers(text)).toEqual(['Shivembe Andanje Malaba']);
  });
});

describe('a title after an opening clause', () => {
  it('gives "Asked whether she would …, the KMAP leader laughed. “…,” she said, before urging voters to “…”" to the leader', () => {
    const text = `Headline\n\nKenya Mbele Alliance Party (KMAP) leader Dr Kerubo Nyaboke Ombongi has ruled out a merger. Governor Kimathi Mutwiri Gikunda disagreed.\n\nAsked whether she would accept the running-mate slot, the KMAP leader laughed. "Ask the men that question first," she said, before urging young voters to "register in their thousands before the window closes".`;
    expect(speakers(text).map(surname)).toEqual(['Ombongi', 'Ombongi']);
    expect(published(text)).toEqual(['Kerubo Nyaboke Ombongi: 2']);
  });

  it('reads no title in "The party welcomed the move": "he said" after it stays with the one man before', () => {
    const text = `Headline\n\nGovernor Kimathi Mutwiri Gikunda spoke in Meru. The party welcomed the move. "${said}," he said.`;
    expect(speakers(text)).toEqual(['Kimathi Mutwiri Gikunda']);
  });

  it('leaves it open when the title is no one\'s: "Asked …, the KMAP treasurer laughed. “…,” she said"', () => {
    const text = `Headline\n\nKenya Mbele Alliance Party (KMAP) leader Dr Kerubo Nyaboke Ombongi has ruled out a merger.\n\nAsked whether the party would accept the running-mate slot, the KMAP treasurer laughed. "Ask the men that question first," she said.`;
    expect(speakers(text)).toEqual([null]);
  });
});

describe('a former envoy described as "the former diplomat"', () => {
  it('reads "X, a one-time Kenyan ambassador to Ethiopia," as a former ambassador', () => {
    const text = 'Headline\n\nDr Kerubo Nyaboke Ombongi, a one-time Kenyan ambassador to Ethiopia, spoke.';
    expect(roles(text, 'Ombongi').map((role) => `${role?.title}|${role?.organisation ?? ''}|${role?.tense ?? ''}`)).toEqual(['Ambassador|Ethiopia|former']);
  });

  it('gives "In the words of the former diplomat, the claim is “…”" to the one former envoy, published when the sentence before names her', () => {
    const text = `Headline\n\nDr Kerubo Nyaboke Ombongi, a one-time Kenyan ambassador to Ethiopia, spoke. Ombongi dismissed the claim.\n\nIn the words of the former diplomat, that claim is "${said}".`;
    expect(speakers(text)).toEqual(['Kerubo Nyaboke Ombongi']);
    expect(published(text)).toEqual(['Kerubo Nyaboke Ombongi: 1']);
  });

  it('holds "the former diplomat" back when the sentence before names someone else: a description is no title the profile shows', () => {
    const text = `Headline\n\nDr Kerubo Nyaboke Ombongi, a one-time Kenyan ambassador to Ethiopia, spoke. Governor Kimathi Mutwiri Gikunda disagreed.\n\nIn the words of the former diplomat, that claim is "${said}".`;
    expect(speakers(text)).toEqual(['Kerubo Nyaboke Ombongi']);
    expect(published(text)).toEqual([]);
  });

  it('leaves it open with two former envoys', () => {
    const text = `Headline\n\nDr Kerubo Nyaboke Ombongi, a one-time Kenyan ambassador to Ethiopia, and Dr Ngesa Ayuma Oduori, a former Kenyan High Commissioner to Uganda, spoke.\n\nIn the words of the former diplomat, that claim is "${said}".`;
    expect(speakers(text)).toEqual([null]);
  });
});

describe('leaves the quote without a speaker', () => {
  it.each([
    ['"Speaking to Wanjiku, she said …" after two women', `Headline\n\nMs Achieng Moraa Kemunto and Ms Nyaboke Kerubo Ombongi spoke. Speaking to reporters, she maintained that the party was "${said}".`],
    ['"He told X that …: “…”" after two men', `Headline\n\nMr Lokaale Ekidor Nakiru and Mr Ewoi Lopeyok Ekadeli have been courted by both camps. He told Taifa Leo that he would decide in January: "${said}."`],
    ['"“Let them watch,” he said. “…”" after two men', `Headline\n\nMr Lotukoi Ewoton Akai and Mr Ewoi Lopeyok Ekadeli are unbothered. "Let them watch," he said. "${said}."`],
    ['"X was told by the governor that the county would “…”": told, not telling', `Headline\n\nSenator Wanjiru Njeri Kamau was told by the governor that the county would "${said}".`],
    ['"X\'s message to Y was clear: “…”" naming two', `Headline\n\nKamau's message to Governor Otieno Barasa Wafula was clear: "${said}."`],
    ['"Dr X, a one-time Kenyan ambassador …" is one person, not two: the nationality is no one', `Headline\n\nDr Kerubo Nyaboke Ombongi, a one-time Kenyan ambassador to Ethiopia, and Ms Achieng Moraa Kemunto met. Speaking on Citizen TV, she maintained that the party was "${said}".`],
  ])('%s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });

  it('counts no nationality before a title as a person: "Dr X, a one-time Kenyan ambassador to Ethiopia, has declared she will run. Speaking …, she maintained …"', () => {
    const text = `Headline\n\nDr Kerubo Nyaboke Ombongi, a one-time Kenyan ambassador to Ethiopia, has declared she will run. Speaking on Citizen TV's Sunday Live, she maintained that the party was "${said}".`;
    expect(speakers(text)).toEqual(['Kerubo Nyaboke Ombongi']);
  });
});
