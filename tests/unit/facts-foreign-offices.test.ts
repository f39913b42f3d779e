/**
 * A foreign leader named in passing holds their own country's office, not
 * Kenya's: "South Africa's Deputy President X" is no Deputy President of
 * Kenya, so the office carries the country the text writes before it. A
 * Kenyan office, and an envoy posted abroad, read as before. Short invented
 * texts, the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const roles = (text: string) =>
  summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).people.map((one) => [one.name, one.roles.map((role) => [role.title, role.organisation, role.tense].filter(Boolean).join(', '))]);

describe("a country's office, the country before it", () => {
  it.each([
    ["South Africa's Deputy President Sipho Lerato Mahlangu praised the county.", 'Sipho Lerato Mahlangu', 'Deputy President, South Africa, current'],
    ["Uganda's Vice President Akello Grace Nakato attended the summit.", 'Akello Grace Nakato', 'Vice President, Uganda, current'],
    ['US Secretary of State Daniel Robert Whitfield sent a message to the summit.', 'Daniel Robert Whitfield', 'Secretary of State, US, current'],
    ["Burundi's former President Pierre Kabura Ntahomvukiye also spoke.", 'Pierre Kabura Ntahomvukiye', 'President, Burundi, former'],
  ])('%s', (text, name, role) => {
    expect(roles(text)).toEqual([[name, [role]]]);
  });

  it.each([
    ["Kenya's Deputy President Kiprop Rono Kibet will tour the region next week.", 'Kiprop Rono Kibet', 'Deputy President, current'],
    ['The talks in Uganda. Deputy President Kiprop Rono Kibet will attend.', 'Kiprop Rono Kibet', 'Deputy President, current'],
    ["Uganda's talks with Deputy President Kiprop Rono Kibet ended on Monday.", 'Kiprop Rono Kibet', 'Deputy President, current'],
  ])('keeps a Kenyan office as it was: %s', (text, name, role) => {
    expect(roles(text)).toEqual([[name, [role]]]);
  });
});
