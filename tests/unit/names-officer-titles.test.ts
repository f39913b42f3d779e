/**
 * Titles of the state's officers made of a noun and "General" or "of": the
 * noun is the title's, as "Solicitor" already was: "Inspector General of
 * Police X" read as the title "General of Police" held in "Inspector";
 * "Police Inspector X" and "Registrar of Political Parties X" lost the
 * person. Short invented texts; the people and roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const people = (text: string) =>
  summarise(analyseCorpus([seed('x.txt', ['Officials', `Senator Kiprop Rono Kibet met them on Monday. ${text}`].join('\n\n'))], pack)).people
    .filter((one) => one.name !== 'Kiprop Rono Kibet')
    .map((one) => [one.name, one.roles.map((role) => [role.title, role.organisation].filter(Boolean).join(', '))]);

describe("a state officer's title", () => {
  it.each([
    ['Inspector General of Police Mohamed Abdi Hassan briefed them.', 'Mohamed Abdi Hassan', 'Inspector General of Police'],
    ['Auditor General Wairimu Chege Ndirangu tabled the report.', 'Wairimu Chege Ndirangu', 'Auditor General'],
    ['The Registrar of Political Parties, Amina Hassan Noor, said the list was ready.', 'Amina Hassan Noor', 'Registrar of Political Parties'],
    ['Police Inspector Wekesa Barasa Nyongesa guarded the gate.', 'Wekesa Barasa Nyongesa', 'Inspector, Police'],
  ])('%s', (text, name, role) => {
    expect(people(text)).toEqual([[name, [role]]]);
  });
});
