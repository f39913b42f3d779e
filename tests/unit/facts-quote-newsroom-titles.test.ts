/**
 * Offices in newsroom words: "the Treasury boss" for the Cabinet Secretary of
 * the Treasury, "the TDF boss" for the party's leader, "the Treasury mandarin"
 * for its Principal Secretary, each for the one person of the sentence before
 * who holds that office now. Another body, a deputy, a former holder, or two
 * holders before give no one. Short invented texts, the speakers written by hand.
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

describe('an office in newsroom words', () => {
  it.each([
    [`Treasury Cabinet Secretary Mbugua Kiprono Wekesa on Wednesday faced a hostile Budget Committee over the estimates.\n\nThe Treasury boss told the committee that the plan was “${SAID}”.`, 'Mbugua Kiprono Wekesa'],
    [`Treasury Principal Secretary Halima Abdi Noor defended the cuts before the committee.\n\nThe Treasury mandarin added that pending bills would be “${SAID}”.`, 'Halima Abdi Noor'],
    [`The Mbotela Democratic Front (MDF), led by former Mbotela Governor Tomno Kiprop Chelule, received nine MCAs on Monday.\n\nChelule has not said whether he will run again. Asked about it, the MDF boss only said the party would “${SAID}”.`, 'Tomno Kiprop Chelule'],
  ])('gives the quote to the holder: %s', (text, name) => {
    expect(speaker(text)).toBe(name);
  });

  it.each([
    ['a holder of another body', `Energy Cabinet Secretary Mbugua Kiprono Wekesa on Wednesday faced a hostile Budget Committee.\n\nThe Treasury boss told the committee that the plan was “${SAID}”.`],
    ['a former holder', `Former Treasury Cabinet Secretary Mbugua Kiprono Wekesa on Wednesday addressed a forum on debt.\n\nThe Treasury boss told the forum that the plan was “${SAID}”.`],
    ['a Principal Secretary for "boss"', `Treasury Principal Secretary Halima Abdi Noor defended the cuts before the committee.\n\nThe Treasury boss told the committee that the plan was “${SAID}”.`],
    ['a Cabinet Secretary for "mandarin"', `Treasury Cabinet Secretary Mbugua Kiprono Wekesa defended the cuts before the committee.\n\nThe Treasury mandarin added that pending bills would be “${SAID}”.`],
  ])('gives it to no one after %s', (_case, text) => {
    expect(speaker(text)).toBeNull();
  });
});
