/**
 * Furniture the outlets write under a label or by their own name, in English
 * and Kiswahili: a byline after "Writer:" ("**Writer:** Faith Chebet Kipyator"
 * made a person) and a prompt to follow the outlet by name ("Fuatilia Taifa Leo
 * kwenye Facebook na X." made a person "Fuatilia Taifa Leo"). Story sentences
 * that name a writer or a platform stay.
 */
import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../src/pipeline/read/boilerplate';

describe('a byline under a label', () => {
  it.each(['**Writer:** Faith Chebet Kipyator', 'Writer: Faith Chebet Kipyator | Kenyans.co.ke', 'Author: Faith Kipyator', 'Mwandishi: Faith Chebet Kipyator', 'Written By: Faith Chebet Kipyator', 'By: Faith Kipyator | KBC', 'By June Akinyi Wafula'])('removes %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });
});

describe("a note on the outlet's own writer", () => {
  it.each([
    "Halima Dida Guyo is the Nation's political editor. Email: politics@example.co.ke",
    'Halima Dida Guyo is the Standard’s senior political correspondent.',
  ])('removes %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });
});

describe('a prompt to follow the outlet by name', () => {
  it.each(['Fuatilia Taifa Leo kwenye Facebook na X.', 'Follow Taifa Leo on Facebook and X.', 'Follow The Star on Twitter'])('removes %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });
});

describe('story sentences that name a writer or a platform', () => {
  it.each([
    'The writer, Faith Chebet Kipyator, said the book took ten years.',
    'Follow the money, the senator told the committee on Tuesday, and you will find the culprits.',
    'Supporters will follow the governor on Facebook Live as he tours Kwale.',
    // A politician described by the story, not a note on its writer.
    'Kamau Wairimu is the party’s secretary-general and its chief strategist.',
    'By Tuesday, the governor had written to the party.',
    'By March, the party had not responded.',
    'By Monday evening the party had not responded.',
  ])('keeps %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});
