/**
 * A speaker called by the calling an apposition gave them in the sentence
 * before ("His niece, Dr X, a physician in Eldoret, said …. “…,” the physician
 * said."): a calling is no office, so only that apposition settles it. Two
 * people in the sentence, the word used for someone else too, or the word
 * written beside another name give no one. Short invented texts, the
 * speakers written by hand.
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
const burial = 'Former Mbotela MP Kiprono Langat Kiboi was buried on Saturday at his home in Kapsowar.';

describe('a calling given in an apposition the sentence before', () => {
  it.each([
    [`${burial}\n\nHis niece, Dr Chebet Jerotich Rono, a physician in Eldoret, said he had remained sharp until the end.\n\n“${SAID},” the physician said.`, 'Chebet Jerotich Rono'],
    [`${burial}\n\nPeter Otieno Wafula, a lawyer who represented the family, read the eulogy.\n\n“${SAID},” the lawyer told mourners.`, 'Peter Otieno Wafula'],
  ])('gives the quote to the one it calls so: %s', (text, name) => {
    expect(speaker(text)).toBe(name);
  });

  it.each([
    ['two people in the sentence', `${burial}\n\nDr Chebet Jerotich Rono, a physician, and Dr Wanjiru Akinyi Odera, a physician at the county hospital, spoke.\n\n“${SAID},” the physician said.`],
    ['the calling given to someone else before', `${burial} His daughter, Dr Achieng Kiboi Were, is a physician in Kisumu.\n\nHis niece, Dr Chebet Jerotich Rono, a physician in Eldoret, said he had remained sharp until the end.\n\n“${SAID},” the physician said.`],
    ['the calling beside another name', `${burial}\n\nDr Chebet Jerotich Rono said the physician who treated him, Dr Wanjiru Akinyi Odera, had done her best.\n\n“${SAID},” the physician said.`],
    ['no verb after the apposition', `${burial}\n\nThe family thanked Dr Chebet Jerotich Rono, a physician in Eldoret, for her care.\n\n“${SAID},” the physician said.`],
  ])('gives it to no one with %s', (_case, text) => {
    expect(speaker(text)).toBeNull();
  });
});

describe('a son who bears his father\'s surname', () => {
  const death = 'Former Mbotela MP Kiprono Langat Kiboi died on Sunday at his home in Kapsowar. Kiboi served two terms in Parliament.';

  it('gives the quote to the son, the father\'s surname inside the son\'s full name naming no one else', () => {
    expect(speaker(`${death}\n\nHis eldest son, Dr Chebet Langat Kiboi, a physician in Eldoret, said his father had remained sharp until the end.\n\n“${SAID},” the physician said.`)).toBe('Chebet Langat Kiboi');
  });

  it('gives it to no one when the sentence names the father beside him', () => {
    expect(speaker(`${death}\n\nKiboi and his eldest son, Dr Chebet Langat Kiboi, a physician in Eldoret, opened the clinic in 2019.\n\n“${SAID},” the physician said.`)).toBeNull();
  });
});
