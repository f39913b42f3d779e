/**
 * A party statement's sign-off: the signatory's name, office and party on
 * lines of their own ("Signed," / name / "Secretary-General, P", or the office
 * and the party on two lines). An office of the party gives a role and an
 * office tie, whose evidence is the sign-off's lines; a staff post ("Director,
 * Communications") gives neither.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const personIn = (text: string, name: string) => summarise(analyseCorpus([seed('x.md', text)], pack)).people.find((one) => one.name.endsWith(name));
const offices = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''}${role.tense !== 'current' ? ` (${role.tense})` : ''}`);
const partyTies = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} ${tie.relation}`);

const statement = (signOff: string) =>
  `# Press statement: the Tumaini Bora Party meets in Nyeri\n\nThe National Executive Committee of the Tumaini Bora Party (TBP) met in Nyeri on Saturday and resolved to hold its primaries in April.\n\n${signOff}\n`;

describe('a sign-off', () => {
  it('gives "name / Secretary-General, P" the office and its tie, the lines as evidence', () => {
    const text = statement('Signed,\nHon. Wambui Nyokabi Gachanja\nSecretary-General, Tumaini Bora Party');
    expect(offices(text, 'Gachanja')).toEqual(['Secretary-General of Tumaini Bora Party']);
    expect(partyTies(text, 'Gachanja')).toEqual(['Tumaini Bora Party Secretary-General']);
    const tie = personIn(text, 'Gachanja')?.parties[0];
    expect(tie?.evidence?.sentence).toBe('Hon. Wambui Nyokabi Gachanja\nSecretary-General, Tumaini Bora Party');
  });

  it('reads the office and the party on lines of their own, the party with its acronym', () => {
    const text = statement('CPA Kariuki Mwangi Ndegwa\nActing Secretary-General\nTumaini Bora Party (TBP)');
    expect(offices(text, 'Ndegwa')).toEqual(['Secretary-General of Tumaini Bora Party (acting)']);
    expect(partyTies(text, 'Ndegwa')).toEqual(['Tumaini Bora Party Secretary-General']);
  });

  it('gives a staff post no role and no tie: "Communications Director, P"', () => {
    const text = statement('Akinyi Wairimu Nduta\nCommunications Director, Tumaini Bora Party');
    expect(offices(text, 'Nduta')).toEqual([]);
    expect(partyTies(text, 'Nduta')).toEqual([]);
  });

  it('gives the office to no one when the line above names two people', () => {
    const text = statement('Wambui Nyokabi Gachanja and Kariuki Mwangi Ndegwa\nSecretary-General, Tumaini Bora Party');
    expect(partyTies(text, 'Gachanja')).toEqual([]);
    expect(partyTies(text, 'Ndegwa')).toEqual([]);
  });
});
