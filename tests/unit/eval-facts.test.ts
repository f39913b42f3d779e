/**
 * How the eval scores facts: titles compared without case, hyphens,
 * abbreviations or words of time; a tense or relation that differs reported
 * apart; a quote the gold leaves without a speaker is right unattributed and
 * misattributed under any name. Invented names and gold.
 */
import { describe, expect, it } from 'vitest';
import { scoreFacts, titleKey } from '../../src/eval/facts';
import { parseGold } from '../../src/eval/gold';
import type { ExtractReport, PersonSummary } from '../../src/pipeline/summary';
import { fixtureText } from './helpers';

const gold = parseGold(fixtureText('eval', 'facts.gold.yaml'));
const facts = gold.facts as NonNullable<typeof gold.facts>;
const source = 'a.txt';
const evidence = { source, sentence: 'A sentence.' };

function report(people: Partial<PersonSummary>[], unattributed: ExtractReport['unattributed'] = []): ExtractReport {
  return {
    people: people.map((person) => ({ name: '', aliases: [], articles: [source], mentions: 1, roles: [], parties: [], quotes: [], ...person })),
    parties: [{ name: 'Umoja Progressive Alliance', aliases: [], acronym: 'UPA', articles: [source], mentions: 1 }],
    unattributed,
    review: [],
    problems: [],
  };
}

const score = (people: Partial<PersonSummary>[], unattributed: ExtractReport['unattributed'] = []) => scoreFacts(report(people, unattributed), source, { ...gold, facts });

describe('titles', () => {
  it('are one title whatever the abbreviation, hyphen or word of time', () => {
    expect(titleKey('CS-designate')).toBe(titleKey('Cabinet Secretary'));
  });

  it('read DP as Deputy President', () => {
    expect(titleKey('DP')).toBe(titleKey('Deputy President'));
  });
});

describe('roles', () => {
  it('match on person and title, and count a tense that differs apart', () => {
    const roles = score([{ name: 'Tom Wekesa', roles: [{ title: 'MP', organisation: 'Lugari', tense: 'current', evidence }] }]).roles;
    expect([roles.truePositives, roles.precision, roles.wrongTense.length]).toEqual([1, 1, 1]);
  });

  it('do not match when both name an organisation and they differ', () => {
    const roles = score([{ name: 'Achieng Barasa', roles: [{ title: 'CS', organisation: 'Treasury', tense: 'incoming', evidence }] }]).roles;
    expect(roles.truePositives).toBe(0);
  });
});

describe('ties', () => {
  it('match a party written by its acronym, and report another relation', () => {
    const ties = score([{ name: 'Achieng Barasa', parties: [{ party: 'UPA', relation: 'member', tense: 'current', evidence }] }]).ties;
    expect([ties.truePositives, ties.relationDiffers.length]).toEqual([1, 1]);
  });

  it('pair a published tie with the gold tie it agrees with, before one it only fits', () => {
    const ties = score([{ name: 'Tom Wekesa', parties: [{ party: 'UPA', relation: 'candidate', tense: 'current', evidence }] }]).ties;
    expect([ties.truePositives, ties.relationDiffers]).toEqual([1, []]);
    expect(ties.falseNegatives.filter((miss) => miss.startsWith('Tom Wekesa'))).toEqual(['Tom Wekesa: Umoja Progressive Alliance (member)']);
  });
});

describe('quotes', () => {
  it('match on speaker and first words, whatever the quotation marks', () => {
    const quotes = score([{ name: 'Achieng Barasa', aliases: ['Barasa'], quotes: [{ text: '“We will field candidates everywhere', evidence }] }]).quotes;
    expect([quotes.truePositives, quotes.precision, quotes.misattributed]).toEqual([1, 1, []]);
  });

  it('count a quote the gold gives no speaker as misattributed under any name', () => {
    const quotes = score([{ name: 'Tom Wekesa', quotes: [{ text: 'Nobody will be left behind in this county', evidence }] }]).quotes;
    expect([quotes.misattributed.length, quotes.precision]).toEqual([1, 0]);
  });

  it('take such a quote left unattributed as right', () => {
    const quotes = score([], [{ text: 'Nobody will be left behind in this county', evidence, candidates: ['Tom Wekesa'] }]).quotes;
    expect([quotes.misattributed, quotes.falsePositives, quotes.precision]).toEqual([[], [], 1]);
  });
});
