/**
 * A transcript without quotation marks: turns of a debate, a town hall or an
 * interview, each paragraph opening with its speaker's label ("KIPROTICH:",
 * "Senator Wanjala:", "GOV NYAMWEYA:"). A turn is a quote of the one person
 * its label names; a role ("MODERATOR", "HOST", "ANCHOR") or an outlet
 * ("STAR") names no one, a label two people of the article could answer to
 * names no one, and a list of profiles ("Name: Former deputy governor. He is
 * seeking …") is no transcript. Each case is a short invented text.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack));
const quotesOf = (text: string, name: string) => (report(text).people.find((one) => one.name.endsWith(name))?.quotes ?? []).map((quote) => quote.text);
const allQuotes = (text: string) => {
  const all = report(text);
  return [...all.people.flatMap((one) => one.quotes.map((quote) => quote.text)), ...all.unattributed.map((quote) => quote.text)];
};

describe('a transcript of labelled turns', () => {
  it('gives each turn whose label is a surname in capitals to the person the article names in full', () => {
    const text = [
      'Governor defends hospital tenders',
      'Kilumbi Governor Samson Kiprotich has been at the centre of a storm over the county hospital tenders. He spoke to the Star on Monday.',
      'STAR: Governor, the Auditor-General has flagged Sh400 million in the tenders. What happened?',
      'KIPROTICH: We have nothing to hide. Every shilling was spent according to the law.',
      'STAR: Will you run again in 2027?',
      'KIPROTICH: That is a decision for the people of Kilumbi.',
    ].join('\n\n');
    expect(quotesOf(text, 'Kiprotich')).toEqual(['We have nothing to hide. Every shilling was spent according to the law.', 'That is a decision for the people of Kilumbi.']);
    expect(allQuotes(text).some((quote) => quote.startsWith('Governor, the Auditor'))).toBe(false);
  });

  it('gives the turns of a debate to each senator by title and surname, and none to a moderator or an anchor', () => {
    const text = [
      'Senators clash over revenue Bill',
      'Mbotela Senator Kiprono Wanjala moved the County Allocation of Revenue Bill on Tuesday. Kilumbi Senator Atieno Nyabera opposed it.',
      'Senator Wanjala: The Bill is about fairness. Counties that have been left behind must get their share.',
      'Senator Nyabera: Mr Speaker, this Bill punishes counties that collect their own revenue. We will not accept it.',
      'MODERATOR: We will take one more contribution before the vote.',
      'ANCHOR: Senator Wanjala, you have the last word.',
    ].join('\n\n');
    expect(quotesOf(text, 'Wanjala')).toEqual(['The Bill is about fairness. Counties that have been left behind must get their share.']);
    expect(quotesOf(text, 'Nyabera')).toEqual(['Mr Speaker, this Bill punishes counties that collect their own revenue. We will not accept it.']);
    expect(allQuotes(text).some((quote) => quote.startsWith('We will take') || quote.startsWith('Senator Wanjala, you'))).toBe(false);
  });

  it('reads a short title in capitals before the surname ("GOV NYAMWEYA:")', () => {
    const text = [
      'Governors face off on live TV',
      'Kilumbi Governor Samson Kiprotich and Mbotela Governor Achieng Awuor Nyamweya faced off on Citizen TV over the sharing of revenue.',
      'GOV KIPROTICH: The formula must reward counties that collect their own revenue. I will not apologise for saying so.',
      'GOV NYAMWEYA: You cannot punish a county for being poor. That is what this formula does.',
    ].join('\n\n');
    expect(quotesOf(text, 'Nyamweya')).toEqual(['You cannot punish a county for being poor. That is what this formula does.']);
    expect(quotesOf(text, 'Kiprotich')).toEqual(['The formula must reward counties that collect their own revenue. I will not apologise for saying so.']);
  });
});

describe('a Hansard extract', () => {
  it('reads the name in brackets after an office, and the name after a seat and its title', () => {
    const text = [
      'Senate passes revenue Bill',
      'Mbotela Senator Kiprono Wanjala moved the Bill, while Kilumbi Senator Atieno Nyabera opposed it. Speaker Amos Kibet Lagat presided.',
      'The Speaker (Hon. Lagat): Order, Senators! We will have one more contribution from each side.',
      'Kilumbi Senator Nyabera: Thank you, Mr Speaker. I oppose this Bill because it punishes counties that collect revenue.',
      'The Senator for Kilumbi (Sen. Nyabera): On a point of order, Mr Speaker. Is the Senator in order?',
      'Mbotela Senator Wanjala: Mr Speaker, our counties have been left behind for ten years.',
    ].join('\n\n');
    expect(quotesOf(text, 'Lagat')).toEqual(['Order, Senators! We will have one more contribution from each side.']);
    expect(quotesOf(text, 'Nyabera')).toEqual(['Thank you, Mr Speaker. I oppose this Bill because it punishes counties that collect revenue.', 'On a point of order, Mr Speaker. Is the Senator in order?']);
    expect(quotesOf(text, 'Wanjala')).toEqual(['Mr Speaker, our counties have been left behind for ten years.']);
  });

  it('gives no turn to an office alone ("The Speaker:", "The Senator for Kilumbi:")', () => {
    const text = [
      'Senate passes revenue Bill',
      'Mbotela Senator Kiprono Wanjala moved the Bill. Speaker Amos Kibet Lagat presided.',
      'The Speaker: Order, Senators! We will have one more contribution from each side.',
      'The Senator for Kilumbi: Thank you, Mr Speaker. I oppose this Bill.',
      'Senator Wanjala: Mr Speaker, our counties have been left behind for ten years.',
      'Senator Wanjala: I beg to move.',
    ].join('\n\n');
    expect(quotesOf(text, 'Lagat')).toEqual([]);
    expect(allQuotes(text).some((quote) => quote.startsWith('Order') || quote.startsWith('Thank you'))).toBe(false);
  });
});

describe('near misses: no transcript, or no one the label settles', () => {
  it('gives no turn to either of two people the label could name', () => {
    const text = [
      'Senators clash over revenue Bill',
      'Mbotela Senator Kiprono Wanjala moved the Bill on Tuesday. Nominated Senator Mary Wanjala, no relation, opposed it.',
      'Senator Wanjala: We cannot keep starving the counties. I urge my colleagues to pass it.',
      'Senator Wanjala: I rise to oppose. This Bill punishes counties that collect revenue.',
    ].join('\n\n');
    expect(quotesOf(text, 'Kiprono Wanjala')).toEqual([]);
    expect(quotesOf(text, 'Mary Wanjala')).toEqual([]);
  });

  it('reads a list of profiles as no one speaking', () => {
    const text = [
      'Who is who in the Kisumu governor race',
      'Three aspirants have so far declared interest in the Kisumu governor seat.',
      'Ochieng Abuya: Former Kisumu deputy governor. He is seeking the ODM ticket.',
      'Nafula Chemutai: Businesswoman and philanthropist. She has been touring the beaches since January.',
      'Baraka Omondi: Lawyer and rights activist. He will run as an independent.',
    ].join('\n\n');
    expect(allQuotes(text)).toEqual([]);
  });

  it('reads a list of reactions told in the past as no one speaking', () => {
    const text = [
      'Leaders react to the ruling',
      'Mbotela Senator Kiprono Wanjala and Kilumbi Senator Atieno Nyabera reacted to the ruling on Tuesday.',
      'Senator Wanjala: Welcomed the ruling, saying it was long overdue.',
      'Senator Nyabera: Said the ruling vindicated her and urged us all to move on.',
    ].join('\n\n');
    expect(allQuotes(text)).toEqual([]);
  });

  it('reads one labelled paragraph alone as no transcript', () => {
    const text = [
      'Governor defends tenders',
      'Kilumbi Governor Samson Kiprotich has defended the county hospital tenders.',
      'Kiprotich: We have nothing to hide. Every shilling was spent according to the law.',
      'The report will be tabled next week.',
    ].join('\n\n');
    expect(quotesOf(text, 'Kiprotich')).toEqual([]);
  });
});
