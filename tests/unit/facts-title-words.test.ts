/**
 * Words before a title that say the holder is new to it are not part of the
 * office: "the new Minority Leader" is the Minority Leader (a profile showed
 * an office called "New Minority Leader"); and "would-be" dates it as sought
 * ("Would-be MCA X" was a current MCA), while a former candidacy is no office
 * at all ("a former presidential candidate" was published as a former
 * President); and a body whose name holds a title's word keeps it ("Council
 * of Governors chairperson" was an office called "Governor Chairperson" of a
 * "Council of"); "as the new Chairman of the … Board" was an office called
 * "The New Chairman"; and "Chief Justice X" was an office called "Chief", the
 * courtesy word "Justice" taken off it; "the sitting MP" an office called
 * "Sitting MP", "Incumbent Governor X" a Governor of "Incumbent", "Returning
 * officer X" an Officer of "Returning". Titles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { readRole } from '../../src/pipeline/extract/roles';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();

describe('a holder new to the office', () => {
  it.each([
    ['new Minority Leader', 'Minority Leader'],
    ['New National Treasurer', 'National Treasurer'],
    ['newly-elected Speaker', 'Speaker'],
    ['newly-appointed Cabinet Secretary', 'Cabinet Secretary'],
    ['the new Chairman', 'Chairman'],
    ['a new Treasurer', 'Treasurer'],
  ])('reads %s as %s, current', (written, title) => {
    expect(readRole(written)).toEqual({ title });
  });

  it('reads "named X, …, as the new Chairman of the B Board" as the board\'s Chairman', () => {
    const text = 'Headline\n\nThe President also named Marsabit Governor Dabasso Guyo Huka\'s deputy, Jillo Boru Wario, as the new Chairman of the Kenya Camel Board.';
    const person = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name === 'Jillo Boru Wario');
    expect(person?.roles.map((role) => `${role.title}, ${role.organisation ?? ''}`)).toEqual(['Chairman, Kenya Camel Board']);
  });
});

describe('an office someone would hold', () => {
  it.each([
    ['would-be Governor', { title: 'Governor', tense: 'aspiring' }],
    ['Would-be MCA', { title: 'MCA', tense: 'aspiring' }],
  ])('reads %s as sought', (written, role) => {
    expect(readRole(written)).toEqual(role);
  });
});

describe('a bid that is over', () => {
  it.each(['former presidential candidate', 'ex-gubernatorial aspirant', 'former Senator candidate'])('%s is no role', (written) => {
    expect(readRole(written)).toBeUndefined();
  });

  it('keeps a bid that is on', () => {
    expect(readRole('presidential candidate')).toEqual({ title: 'President', tense: 'aspiring' });
  });
});

describe('a body named with a title\'s word', () => {
  it('reads "Council of Governors chairperson" as the council\'s Chairperson', () => {
    expect(readRole('Governors chairperson', 'Council of')).toEqual({ title: 'Chairperson', organisation: 'Council of Governors' });
  });
});

describe('a title\'s word inside a name', () => {
  const people = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.map((one) => `${one.name}: ${one.roles.map((role) => role.title).join(', ')}`);
  it('reads "Deputy Speaker Jerotich Boss Chepkorir" as the Deputy Speaker of that whole name, not a "Boss" of "Deputy Speaker Jerotich"', () => {
    expect(people('Headline\n\nDeputy Speaker Jerotich Boss Chepkorir suspended the sitting.')).toEqual(['Jerotich Boss Chepkorir: Deputy Speaker']);
  });

  it('keeps "ODM boss X" a title', () => {
    expect(people('Headline\n\nODM boss Otieno Ouma Barasa also spoke.')).toEqual(['Otieno Ouma Barasa: Party Leader']);
  });
});

describe('a title a courtesy word ends', () => {
  const roles = (text: string, name: string) =>
    (summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).people.find((one) => one.name.endsWith(name))?.roles ?? []).map((role) => `${role.title} (${role.tense})`);

  it('reads "Chief Justice X" as the Chief Justice, not a "Chief"', () => {
    expect(roles('Chief Justice Wanjiku Achieng Mbugua opened the court registry on Monday.', 'Wanjiku Achieng Mbugua')).toEqual(['Chief Justice (current)']);
    expect(roles('Former Chief Justice Odongo Kamau Nyaga, a presidential hopeful, spoke.', 'Odongo Kamau Nyaga')).toEqual(['Chief Justice (former)', 'President (aspiring)']);
  });

  it('keeps "Justice X" a judge\'s courtesy title, no office', () => {
    expect(roles('Justice Wanjiku Achieng Mbugua adjourned the case.', 'Wanjiku Achieng Mbugua')).toEqual([]);
  });
});

describe('a word that says the office is held now', () => {
  const roles = (text: string, name: string) =>
    (summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).people.find((one) => one.name.endsWith(name))?.roles ?? []).map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''} (${role.tense})`);

  it.each([
    ['Mr Peter Mwangi Kamau, a former MP, and Mr John Otieno Ochieng, the sitting MP, shared the dais.', 'John Otieno Ochieng', 'MP (current)'],
    ['Incumbent Governor John Otieno Ochieng spoke first.', 'John Otieno Ochieng', 'Governor (current)'],
    ['Sitting Kitui Senator John Otieno Ochieng spoke first.', 'John Otieno Ochieng', 'Senator, Kitui (current)'],
  ])('is no part of the title nor its place: %s', (text, name, role) => {
    expect(roles(text, name)).toEqual([role]);
  });
});

describe('a participle that opens a title at a sentence\'s start', () => {
  const roles = (text: string, name: string) =>
    (summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).people.find((one) => one.name.endsWith(name))?.roles ?? []).map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''}`);

  it('is part of the title, not its place: "Returning officer X"', () => {
    expect(roles('Returning officer Mary Akinyi Onduto announced the results on Monday.', 'Mary Akinyi Onduto')).toEqual(['Returning Officer']);
  });

  it('keeps a place opening the sentence a place: "Kakamega governor X"', () => {
    expect(roles('Kakamega governor Fidelis Nabwera Omuyoma announced the results on Monday.', 'Fidelis Nabwera Omuyoma')).toEqual(['Governor, Kakamega']);
  });
});
