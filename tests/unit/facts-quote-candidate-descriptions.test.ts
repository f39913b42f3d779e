/**
 * A candidate described by their ticket instead of a name ("“…,” the
 * independent candidate said", "the UDA candidate told the crowd"): the one
 * person of the sentence before, when the article gives that ticket to them
 * and to no one else. Two independents, a ticket the person does not hold, or
 * two people before give no one. Short invented texts, the speakers written by hand.
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
const race = (field: string, before: string, said: string) => `Four candidates are in the race for the Mbotela seat. ${field}\n\n${before} “${SAID},” ${said}.`;

describe('a candidate described by the ticket', () => {
  it.each([
    [race('UDA has fielded Amina Zawadi Chiro. Also in the race is Kassim Juma Mwero, who is running as an independent after he lost the ODM nomination.', 'Mr Mwero dismissed claims that he was a UDA project.', 'the independent candidate said'), 'Kassim Juma Mwero'],
    [race('Kassim Juma Mwero is vying on a UDA ticket. Amina Zawadi Chiro is vying on an ODM ticket.', 'Mr Mwero toured the market on Monday.', 'the UDA candidate said'), 'Kassim Juma Mwero'],
  ])('gives the quote to the one who runs on it: %s', (text, name) => {
    expect(speaker(text)).toBe(name);
  });

  it.each([
    ['two independents', race('Kassim Juma Mwero, who is running as an independent, and Amina Zawadi Chiro, an independent candidate, have teamed up.', 'Mr Mwero toured the market on Monday.', 'the independent candidate said')],
    ['a ticket the person does not hold', race('Kassim Juma Mwero is vying on a UDA ticket. Amina Zawadi Chiro is vying on an ODM ticket.', 'Mr Mwero toured the market on Monday.', 'the ODM candidate said')],
    ['two people before', race('Kassim Juma Mwero is vying on a UDA ticket. Amina Zawadi Chiro is vying on an ODM ticket.', 'Mr Mwero and Ms Chiro toured the market on Monday.', 'the UDA candidate said')],
  ])('gives it to no one with %s', (_case, text) => {
    expect(speaker(text)).toBeNull();
  });
});
