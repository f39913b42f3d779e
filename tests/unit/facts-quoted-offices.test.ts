/**
 * An office said inside a quote is the speaker's word, not the article's: it
 * goes to the review page, not on a profile. "“Our Governor X has not paid
 * workers,” said Y." gives X no role; "told journalists that Speaker X had
 * “allowed …”" names X outside the quote, and X keeps the office. Short
 * invented texts, the facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { publishedFacts } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const facts = publishedFacts(pack);

describe('an office said inside a quote', () => {
  it('is not published for the person the speaker names', () => {
    const text = 'Kakamega Senator Bonface Kaluma Mukhanji accused the Treasury of starving counties.\n\n“Our Governor Fidelis Nabwera Omuyoma has not paid workers for three months,” Kaluma said.';
    expect(facts(text, 'Fidelis Nabwera Omuyoma')).toEqual([]);
    expect(facts(text, 'Bonface Kaluma Mukhanji')).toEqual(['Senator, Kakamega (current)']);
  });

  it('nor a title spoken in a wish, whose next word is no place', () => {
    const text = 'Isiolo Senator Dokata Jillo Gufu wrote on X: “Wishing Governor Ibrae Diba Halkano a quick recovery.”\n\nGovernor Ibrae Diba Halkano has been in hospital since Monday.';
    expect(facts(text, 'Ibrae Diba Halkano')).toEqual(['Governor (current)']);
  });

  it('nor a party tie a speaker states of someone else', () => {
    const text = 'Nandi Senator Samwel Chepkwony Kiptanui dismissed the defections.\n\n“Even UDA’s Wanjiku Muthoni Kariuki has not left us,” Chepkwony said.';
    expect(facts(text, 'Wanjiku Muthoni Kariuki')).toEqual([]);
  });

  it('goes to the review page instead', () => {
    const text = 'Kakamega Senator Bonface Kaluma Mukhanji spoke.\n\n“Our Governor Fidelis Nabwera Omuyoma has not paid workers for three months,” Kaluma said.';
    const review = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).review.map((item) => item.message);
    expect(review).toContain('Not published for “Fidelis Nabwera Omuyoma”: the role “Governor”, because it is said inside a quote, not stated by the article');
  });
});

describe('an office the article states beside a quote', () => {
  it('stays published', () => {
    const text = 'Nairobi Senator Edmund Wafula Wakoli told journalists that Speaker Amani Kazungu Jefwa had “allowed the Treasury to ignore the House”.';
    expect(facts(text, 'Amani Kazungu Jefwa')).toEqual(['Speaker (current)']);
  });
});
