/**
 * Lists of nominees to an executive, one "Portfolio – Name" line each, after
 * a line that names the office and ends with a colon (a governor's County
 * Executive Committee, the President's Cabinet). Each line's person is a
 * nominee to that office; the "none" cases are lists whose opening line does
 * not say which office, or that they are nominees. Short invented texts, the
 * roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const offices = (text: string, name: string) =>
  (summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name))?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense ?? 'current'})`);

describe('a list of nominees, "Portfolio – Name"', () => {
  it("gives each line's person a County Executive's office to come", () => {
    const text = 'Headline\n\nOn Tuesday, the governor-elect named her County Executive Committee nominees, who will be vetted by the new assembly:\n\nFinance – Dr Chebet Jeruto Kogoh\n\nHealth – Kibet Mutai Boreh\n\nAgriculture – Joyce Jepkorir Ngenyo';
    expect(offices(text, 'Kogoh')).toEqual(['County Executive (incoming)']);
    expect(offices(text, 'Boreh')).toEqual(['County Executive (incoming)']);
    expect(offices(text, 'Ngenyo')).toEqual(['County Executive (incoming)']);
  });

  it("gives each line's person a Cabinet Secretary's office of the portfolio, to come", () => {
    const text = 'Headline\n\nThe President sent the following Cabinet Secretary nominees to the National Assembly:\n\nTreasury – Njeri Wambui Gitongah\n\nLands and Urban Planning – Prof Kibet Chelimo Rutoh';
    expect(offices(text, 'Gitongah')).toEqual(['Cabinet Secretary of Treasury (incoming)']);
    expect(offices(text, 'Rutoh')).toEqual(['Cabinet Secretary of Lands and Urban Planning (incoming)']);
  });

  it('gives nothing when the opening line does not say which office', () => {
    const text = 'Headline\n\nThe full list of nominees:\n\nTreasury – Njeri Wambui Gitongah';
    expect(offices(text, 'Gitongah')).toEqual([]);
  });

  it('gives nothing when the opening line does not say they are nominees', () => {
    const text = 'Headline\n\nThe Cabinet Secretaries who attended the retreat:\n\nTreasury – Njeri Wambui Gitongah';
    expect(offices(text, 'Gitongah')).toEqual([]);
  });

  it('gives nothing to a line after the list has ended', () => {
    const text = 'Headline\n\nThe governor named her County Executive Committee nominees:\n\nFinance – Dr Chebet Jeruto Kogoh\n\nThe nominees will be vetted next week.\n\nSports – Kiprop Langat Chumah';
    expect(offices(text, 'Chumah')).toEqual([]);
  });
});
