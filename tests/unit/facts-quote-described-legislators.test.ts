/**
 * A speaker described instead of named: a legislator by a party ("“…,” the UDA
 * legislator said") or by a past ("said the former legislator"), for the one
 * person the sentence before is about when the article's roles and ties fit;
 * and a title before a quote whose sentence holds an amount ("the Sh4.2
 * trillion plan") or an adverb before its verb ("the CS only said"). Two people before, a seat held now for "former", or a tie
 * to another party give no one. Short invented texts, the speakers written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
/** Who the published profiles give the quote to, after the evidence check; null when no one. */
const speaker = (text: string) => summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).people.find((person) => person.quotes.some((quote) => quote.text === SAID))?.name ?? null;

describe('a legislator described by a party', () => {
  it('gives "the UDA legislator said" to the MP the sentence before is about', () => {
    expect(speaker(`Mbotela MP Ezra Kipsang Rotich, who chairs the Budget Committee, said the panel would not rubber-stamp the cuts.\n\n“${SAID},” the UDA legislator said.`)).toBe('Ezra Kipsang Rotich');
  });

  it.each([
    ['an MP the article ties to another party', `Mbotela MP Ezra Kipsang Rotich of ODM said the panel would not rubber-stamp the cuts.\n\n“${SAID},” the UDA legislator said.`],
    ['two MPs before', `Mbotela MP Ezra Kipsang Rotich and Kilumbi MP Jane Akinyi Odera said the panel would not rubber-stamp the cuts.\n\n“${SAID},” the UDA legislator said.`],
  ])('gives it to no one after %s', (_case, text) => {
    expect(speaker(text)).toBeNull();
  });
});

describe('a legislator described by a past', () => {
  it('gives "said the former legislator" to the former MP the story is on', () => {
    expect(speaker(`Former Mbotela MP Otieno Wafula Barasa on Saturday unveiled his running mate at a rally in Mbotela town. He lost the seat in 2022 and has since been teaching at a college.\n\n“${SAID},” said the former legislator.`)).toBe('Otieno Wafula Barasa');
  });

  it.each([
    ['an MP who holds the seat now', `Mbotela MP Ezra Kipsang Rotich said the panel would not rubber-stamp the cuts.\n\n“${SAID},” said the former legislator.`],
    ['a former MP and an MP before', `Former Mbotela MP Otieno Wafula Barasa and Kilumbi MP Jane Akinyi Odera spoke at the rally.\n\n“${SAID},” said the former legislator.`],
    ['a former MCA who is an MP now', `Former Mbotela MCA Otieno Wafula Barasa, now the Mbotela MP, spoke at the rally.\n\n“${SAID},” said the former legislator.`],
    ['a former governor', `Former Mbotela Governor Otieno Wafula Barasa spoke at the rally.\n\n“${SAID},” said the former legislator.`],
  ])('gives it to no one after %s', (_case, text) => {
    expect(speaker(text)).toBeNull();
  });
});

describe('a title before a quote, an adverb before its verb', () => {
  it('gives "Asked about it, the CS only said the Treasury would “…”" to the CS', () => {
    expect(speaker(`Treasury Cabinet Secretary Mbugua Kiprono Wekesa has not said whether he will run for office in 2027.\n\nAsked about it, the CS only said the Treasury would “${SAID}”.`)).toBe('Mbugua Kiprono Wekesa');
  });
});

describe('a title before a quote whose sentence holds an amount', () => {
  it('gives "The CS told the committee that the Sh4.2 trillion plan was “…”" to the CS', () => {
    expect(speaker(`Treasury Cabinet Secretary Mbugua Kiprono Wekesa on Wednesday faced a hostile Budget Committee over the estimates.\n\nThe CS told the committee that the Sh4.2 trillion plan was “${SAID}”.`)).toBe('Mbugua Kiprono Wekesa');
  });
});
