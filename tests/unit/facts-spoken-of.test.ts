/**
 * People a sentence only speaks of are not who its "he" or "she" goes on
 * with: someone named in an aside about the subject ("X, who wants to unseat
 * Y, …"), in an opening question put to the subject ("Asked whether he would
 * follow Y, he said"), or in what the speaker adds after the quote ("…, he
 * said, adding that Y had …"). Each case is a short invented text with its
 * speakers written by hand, as published after the evidence check; the
 * "none" cases are readings that would give a quote to the wrong person.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const published = (text: string) =>
  summarise(analyseCorpus([seed('x.txt', text)], pack))
    .people.filter((one) => one.quotes.length > 0)
    .map((one) => `${one.name}: ${one.quotes.length}`);

describe('someone named only in an aside about the subject', () => {
  it('gives "he charged" to the subject of "X, who wants to unseat Y, struck a note. He said …"', () => {
    const text = `Headline\n\nMarimanti MP Gitonga Mwenda Kirimi, who is serving his second term and wants to unseat Mutua Kyalo Ndeti in 2027, struck a political note. He said the projects had stalled. "${SAID}," he charged.`;
    expect(published(text)).toEqual(['Gitonga Mwenda Kirimi: 1']);
  });

  it('gives "she says" to the subject of "X, whose brother-in-law Y is the MP, …", two sentences on', () => {
    const text = `Headline\n\nWairimu Gathoni Ndung'u, whose brother-in-law Kamau Njoroge Wahome is the Gatundu MP, has not left politics. She now runs a farm in Kiambu.\n\n"${SAID}," she says.`;
    expect(published(text)).toEqual(["Wairimu Gathoni Ndung'u: 1"]);
  });

  it('gives "he told the Star" to the subject whose aside names a place: "X, who will seek the seat in the Bumula by-election, …"', () => {
    const text = `Headline\n\nWafula Simiyu Makokha, who is expected to seek the DAP-K ticket in the fresh Bumula by-election, welcomed the ruling. "${SAID}," he told the Star.`;
    expect(published(text)).toEqual(['Wafula Simiyu Makokha: 1']);
  });

  it('publishes nothing when the other person is named outside the aside', () => {
    const text = `Headline\n\nWafula Simiyu Makokha, who was in court, welcomed the ruling with Barasa Wekesa Nyongesa. "${SAID}," he told the Star.`;
    expect(published(text)).toEqual([]);
  });
});

describe('someone named only in a question put to the speaker, or in what the speaker adds', () => {
  it('gives "Asked whether he would follow Y, he said:" to the one the story is on', () => {
    const text = `Headline\n\nKuria MP Chacha Mwita Marwa of the KBM said the party's MCAs would meet on Friday. Marwa is the only KBM lawmaker in the House.\n\nAsked whether he would follow Omondi Ouma Ochieng to UDA, he said: "${SAID}."`;
    expect(published(text)).toEqual(['Chacha Mwita Marwa: 1']);
  });

  it('gives "Asked, he said:" to the one the sentences before are about', () => {
    const text = `Headline\n\nMeanwhile, Lurambi MCA Shikuku Wanyama Luvai is said to be eyeing the senatorial seat. He has not said on which ticket.\n\nAsked, he said: "${SAID}."`;
    expect(published(text)).toEqual(['Shikuku Wanyama Luvai: 1']);
  });

  it('gives "“…,” he said, adding that Y had …" to the one named before, not to Y', () => {
    const text = `Headline\n\nMajority Leader Lomuria Ekai Ewoi disagreed. "${SAID}," he said, adding that Ali Hassan Godana had already submitted his papers.`;
    expect(published(text)).toEqual(['Lomuria Ekai Ewoi: 1']);
  });

  it('publishes nothing when the one the speaker speaks of said something of their own: "adding that Y had called it …"', () => {
    const text = `Headline\n\nMajority Leader Lomuria Ekai Ewoi disagreed. "${SAID}," he said, adding that Ali Hassan Godana had called the plan a fraud.`;
    expect(published(text)).toEqual([]);
  });
});

describe('someone named only in what the named speaker said before the quote', () => {
  it('gives "X told journalists that Y was “…”" to X', () => {
    const text = `Headline\n\nKiharu MP Ndirangu Waweru Kamau told journalists that Mwangi Kariuki Njoroge was "${SAID}".`;
    expect(published(text)).toEqual(['Ndirangu Waweru Kamau: 1']);
  });

  it('gives "X charged that Y had been “…”" to X', () => {
    const text = `Headline\n\nUDA branch chairman Kiprono Langat Sang charged that Chepkoech Jeruto Rono had been "${SAID}".`;
    expect(published(text)).toEqual(['Kiprono Langat Sang: 1']);
  });

  it('gives "X dismissed the defection, saying Y had “…”" to X', () => {
    const text = `Headline\n\nODM's Kilifi branch chairman, Kahindi Chai Mwaro, dismissed the defection, saying Baya Kazungu Tsuma had "${SAID}".`;
    expect(published(text)).toEqual(['Kahindi Chai Mwaro: 1']);
  });

  it('gives X nothing when Y has a verb of speech of their own: "X said that Y had called the plan “…”"', () => {
    const text = `Headline\n\nKiharu MP Ndirangu Waweru Kamau said that Mwangi Kariuki Njoroge had called the plan "${SAID}".`;
    expect(published(text)).not.toContain('Ndirangu Waweru Kamau: 1');
  });

  it('gives "The governor\'s spokesperson, X, told journalists that Y was “…”" to X, the name beside the description', () => {
    const text = `Headline\n\nThe governor's spokesperson, Lekuton Loyapan Lesuuda, told journalists that Governor Abdi Galgalo Roba was "${SAID}".`;
    expect(published(text)).toEqual(['Lekuton Loyapan Lesuuda: 1']);
  });
});
