/**
 * Offices the 2010 Constitution abolished at the 2013 election are held by no
 * one in an article written after it: "In the days of Provincial Commissioner
 * X", "worked with Assistant Minister X in the 1970s", "Councillor X" (the
 * county councils went with them), all former; the title kept whole
 * ("Provincial Commissioner", not a Commissioner of "Provincial"). Near misses:
 * the offices that replaced them stay current ("County Commissioner X",
 * "Regional Commissioner X", "Cabinet Secretary X", "MCA X"), and an article
 * of 2011 keeps its Assistant Minister current. Which offices and since when
 * is the country pack's knowledge (src/packs/ke.yaml, cited there): a pack
 * without it keeps the office as the text gives it. Invented text, roles by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { DEFAULT_PACK, loadPack } from '../../src/pipeline/ingest';
import { parsePack } from '../../src/pipeline/pack';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const offices = (sentence: string, name: string, published = '14 March 2025') => (personIn(`Headline\n\nPublished on ${published}\n\n${sentence}`, name)?.roles ?? []).map(roleLine);

describe('an office abolished in 2013', () => {
  it.each([
    ['In the days of Provincial Commissioner Kamande Njiru Gatheru, she said, no one dared to speak up.', 'Provincial Commissioner (former)'],
    ['The senator said Nzengu had worked with Assistant Minister Kamande Njiru Gatheru to bring water to Mwingi.', 'Assistant Minister (former)'],
    ['Speakers praised the work of Councillor Kamande Njiru Gatheru in the market.', 'Councillor (former)'],
    ['Residents remembered Rift Valley Provincial Commissioner Kamande Njiru Gatheru as a strict man.', 'Provincial Commissioner of Rift Valley (former)'],
    ['District Commissioner Kamande Njiru Gatheru banned the rally, the elders recalled.', 'District Commissioner (former)'],
  ])('is former: %s', (sentence, office) => {
    expect(offices(sentence, 'Kamande Njiru Gatheru')).toEqual([office]);
  });

  it.each([
    ['Kitui County Commissioner Kamande Njiru Gatheru banned the rally.', 'County Commissioner of Kitui (current)'],
    ['Eastern Regional Commissioner Kamande Njiru Gatheru chaired the security meeting.', 'Regional Commissioner of Eastern (current)'],
    ['Mwingi MCA Kamande Njiru Gatheru praised the work.', 'MCA of Mwingi (current)'],
  ])('keeps the office that replaced it: %s', (sentence, office) => {
    expect(offices(sentence, 'Kamande Njiru Gatheru')).toEqual([office]);
  });

  it('keeps an Assistant Minister current in an article of 2011', () => {
    expect(offices('Assistant Minister Kamande Njiru Gatheru opened the borehole on Tuesday.', 'Kamande Njiru Gatheru', '14 March 2011')).toEqual(['Assistant Minister (current)']);
  });
});

describe('the pack says which offices ended, and when', () => {
  it('keeps the office as the text gives it with a pack that lists none', async () => {
    const text = await readFile(DEFAULT_PACK, 'utf8');
    const without = parsePack(text.replace(/^abolished_titles:\n(?: {2}- .*\n)+/m, ''));
    expect(pack.abolishedTitles.get('assistant minister')).toBe(2013);
    expect(without.abolishedTitles.size).toBe(0);
    const sentence = 'The senator said Nzengu had worked with Assistant Minister Kamande Njiru Gatheru to bring water to Mwingi.';
    expect((publishedPerson(without)(`Headline\n\nPublished on 14 March 2025\n\n${sentence}`, 'Kamande Njiru Gatheru')?.roles ?? []).map(roleLine)).toEqual(['Assistant Minister (current)']);
  });
});
