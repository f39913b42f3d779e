/**
 * Speakers the text names once and then refers back to: by a title the
 * person holds ("the DP told reporters"), by "she" right after a sentence
 * whose one subject she is, by a title that says the office was held then.
 * Each case is a short invented text with its speakers written by hand, read
 * by the extractor and, where it matters, as published after the evidence
 * check. Every "none" case is a reading that would give a quote to the wrong person.
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
const published = (text: string) =>
  summarise(analyseCorpus([seed('x.txt', text)], pack))
    .people.filter((one) => one.quotes.length > 0)
    .map((one) => `${one.name}: ${one.quotes.length}`);

describe('a title the person named in the sentence before holds', () => {
  it('gives "DP X defended the list. “…,” the DP told reporters." to the DP, and publishes it', () => {
    const text = `Headline\n\nDP Kiprotich Langat Sang, who hosted the nominees, defended the list. "${said}," the DP told reporters.`;
    expect(speakers(text)).toEqual(['Kiprotich Langat Sang']);
    expect(published(text)).toEqual(['Kiprotich Langat Sang: 1']);
  });

  it('gives it to the one holder of the title when the sentence before names someone else too', () => {
    const text = `Headline\n\nDP Kiprotich Langat Sang met Governor Wanjiru Njeri Kamau in Nyeri. "${said}," the DP said.`;
    expect(speakers(text)).toEqual(['Kiprotich Langat Sang']);
    expect(published(text)).toEqual(['Kiprotich Langat Sang: 1']);
  });

  it('does not give "the CCW-K leader said" to the leader of another party named in the sentence before', () => {
    const text = `Headline\n\nProf Nafula Wanyama Simiyu, who leads the Chama cha Wananchi-Kenya (CCW-K), and Dr Amina Golicha Dabasso, the Haki na Usawa Party (HUP) leader, have met three times.\n\n"${said}," the CCW-K leader, who spoke in Bungoma on Saturday, said.`;
    expect(speakers(text)).not.toContain('Amina Golicha Dabasso');
  });

  it('gives "Former CS X spoke. “…,” the former CS said." to X: an abbreviation with its tense, for the one who held it', () => {
    const text = `Headline\n\nFormer Cabinet Secretary Wanjiru Njeri Kamau spoke in Njoro. "${said}," the former CS said.`;
    expect(speakers(text)).toEqual(['Wanjiru Njeri Kamau']);
    expect(published(text)).toEqual(['Wanjiru Njeri Kamau: 1']);
  });

  it('leaves "the former CS said" open after two former Cabinet Secretaries, and for a CS in office', () => {
    expect(speakers(`Headline\n\nFormer Cabinet Secretary Wanjiru Njeri Kamau met former Cabinet Secretary Otieno Barasa Wafula. "${said}," the former CS said.`)).toEqual([null]);
    expect(speakers(`Headline\n\nCabinet Secretary Wanjiru Njeri Kamau spoke in Njoro. "${said}," the former CS said.`)).toEqual([null]);
  });

  it('leaves "the DP said" open when the one named before does not hold the title now', () => {
    expect(speakers(`Headline\n\nFormer DP Kiprotich Langat Sang defended the list. "${said}," the DP said.`)).toEqual([null]);
    expect(speakers(`Headline\n\nGovernor Wanjiru Njeri Kamau met the DP in Nyeri. "${said}," the DP said.`)).toEqual([null]);
  });
});

describe('"he/she said" after a sentence that names the subject and someone else', () => {
  it('gives "X insisted he had nothing against Y" then "he said" to X when Y is a woman, and publishes it', () => {
    const text = `Headline\n\nDr Kerubo Nyaboke Ombongi has declared she will run.\n\nKimathi Mutwiri Gikunda insisted he had nothing against Ombongi personally. "${said}," he said.`;
    expect(speakers(text)).toEqual(['Kimathi Mutwiri Gikunda']);
    expect(published(text)).toEqual(['Kimathi Mutwiri Gikunda: 1']);
  });

  it('leaves "she said" open when the sentence before names two women, the subject first (two fit)', () => {
    const text = `Headline\n\nInterior PS designate Halima Dahir Ibrein spoke first. "No Kenyan should wait two years for an ID card," she said.\n\nTKM deputy leader Wangari Muthoni Kamande told reporters that her party would back Ibrein but oppose Joseph Lekishon Sakuda. She said the nominee had "no business near a ministry that handles billions".`;
    expect(speakers(text)).toEqual(['Halima Dahir Ibrein', null]);
  });

  it('leaves "he said" open when the other person\'s gender is not known: "X told reporters his party would back Y. He said …"', () => {
    const text = `Headline\n\nKimathi Mutwiri Gikunda told reporters that his party would back Otieno Barasa Wafula. He said the county was "${said}".`;
    expect(speakers(text)).toEqual([null]);
  });

  it('publishes nothing when the subject is not at the sentence\'s start: "After meeting X, Y told reporters … She said"', () => {
    const text = `Headline\n\nAfter meeting Wangari Muthoni Kamande, Ibrein told reporters that the party would oppose Sakuda. She said the nominee had "no business near a ministry that handles billions".`;
    expect(published(text)).not.toContain('Wangari Muthoni Kamande: 1');
  });
});

describe('"he said" after a title and a name as one subject', () => {
  it.each([
    ['"The governor and X were later seen …"', `Headline\n\nGovernor Kinyanjui Mahinda Wachuka spoke first.\n\nThe governor and Lemasian Lenkai Lekoloi were later seen at a funeral in Rumuruti. "${said}," he said.`],
    ['"X and the senator were later seen …"', `Headline\n\nSenator Kinyanjui Mahinda Wachuka spoke first.\n\nLemasian Lenkai Lekoloi and the senator were later seen at a funeral in Rumuruti. "${said}," he said.`],
  ])('leaves the quote open: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
    expect(published(text)).toEqual([]);
  });
});

describe('"then the P chairperson": an office held at the time told of', () => {
  it('reads "X, then the ODM chairperson in Bungoma," as a former office', () => {
    const text = 'Headline\n\nSirisia MP Kapchanga Wekesa Mulongo, then the ODM chairperson in Bungoma, was one of the architects of the 2022 deals.';
    expect(roles(text, 'Mulongo').map((role) => `${role?.title}|${role?.organisation ?? ''}|${role?.tense ?? ''}`)).toContain('Chairperson|ODM|former');
  });

  it('gives "“…,” the former ODM branch chairperson said" to him, and publishes it', () => {
    const text = `Headline\n\nSirisia MP Kapchanga Wekesa Mulongo, then the ODM chairperson in Bungoma, was one of the architects of the 2022 deals. Mulongo now says he was wrong.\n\n"${said}," the former ODM branch chairperson said.`;
    expect(speakers(text)).toEqual(['Kapchanga Wekesa Mulongo']);
    expect(published(text)).toEqual(['Kapchanga Wekesa Mulongo: 1']);
  });

  it('publishes no office tie to a party the article says he left later, only the move', () => {
    const text = 'Headline\n\nSirisia MP Kapchanga Wekesa Mulongo, then the ODM chairperson in Bungoma, was one of the architects of the 2022 deals. Mulongo, who left ODM for the UDA in 2025, now says he was wrong.';
    const person = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name === 'Kapchanga Wekesa Mulongo');
    expect(person?.parties.map((tie) => tie.relation).sort()).toEqual(['joined', 'left']);
  });
});

describe('"she said" after a man and a woman, his sex given elsewhere in the article', () => {
  it('publishes "Mr X spoke first. … X and Ms Y met. “…,” she said." under Y', () => {
    const text = `Headline\n\nMr Otieno Barasa Wafula spoke first.\n\nWafula and Ms Wanjiru Njeri Kamau later met in Njoro. "${said}," she said.`;
    expect(speakers(text)).toEqual(['Wanjiru Njeri Kamau']);
    expect(published(text)).toEqual(['Wanjiru Njeri Kamau: 1']);
  });

  it('publishes nothing when his sex is given nowhere: "X and Ms Y met. “…,” she said."', () => {
    const text = `Headline\n\nDr Otieno Barasa Wafula spoke first.\n\nWafula and Dr Wanjiru Njeri Kamau later met in Njoro. "${said}," she said.`;
    expect(published(text)).toEqual([]);
  });
});
