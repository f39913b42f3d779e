/**
 * Sentences and tokens: the two text utilities that extraction and headlines
 * build on. Inputs are single sentences in the style of Kenyan political news.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/text/sentences';
import { tokenize } from '../../src/pipeline/text/tokens';

const texts = (paragraph: string) => splitSentences(paragraph).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits at a full stop before a capital, with each sentence’s start offset', () => {
    expect(splitSentences('The talks ended. Neither camp spoke.')).toEqual([
      { text: 'The talks ended.', start: 0 },
      { text: 'Neither camp spoke.', start: 17 },
    ]);
  });

  it('keeps "Mr." and "Dr." inside a sentence', () => {
    expect(texts('Mr. Odongo and Dr. Koros met in Nakuru. They agreed on a truce.')).toEqual([
      'Mr. Odongo and Dr. Koros met in Nakuru.',
      'They agreed on a truce.',
    ]);
  });

  it('keeps "Jnr." inside a sentence', () => {
    expect(texts('The motion was seconded by Mutula Kilonzo Jnr. (Makueni) and Kalumbu Mutisya. The House rose at six.')).toEqual([
      'The motion was seconded by Mutula Kilonzo Jnr. (Makueni) and Kalumbu Mutisya.',
      'The House rose at six.',
    ]);
  });

  it('keeps initials "J. K." inside a sentence', () => {
    expect(texts('The road is named after J. K. Ndungu, a former MP. Residents welcomed it.')).toEqual([
      'The road is named after J. K. Ndungu, a former MP.',
      'Residents welcomed it.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(texts('Voting ended at 5 p.m. on Friday in Nyeri.')).toEqual(['Voting ended at 5 p.m. on Friday in Nyeri.']);
  });

  it('splits after a closing quote, keeping the quote with its sentence', () => {
    expect(splitSentences('He said: “We will win.” The crowd cheered.')).toEqual([
      { text: 'He said: “We will win.”', start: 0 },
      { text: 'The crowd cheered.', start: 24 },
    ]);
  });

  it('splits before an opening quote', () => {
    expect(texts('The crowd cheered. “We will win,” he said.')).toEqual(['The crowd cheered.', '“We will win,” he said.']);
  });
});

describe('tokenize', () => {
  const words = (text: string) => tokenize(text).filter((token) => token.isWord);
  const token = (text: string, word: string) => tokenize(text).find((candidate) => candidate.text === word)!;

  it('gives each token its start and end in the sentence', () => {
    expect(tokenize('Mr Odongo’s ODM.').map(({ text, start, end }) => [text, start, end])).toEqual([
      ['Mr', 0, 2],
      ['Odongo’s', 3, 11],
      ['ODM', 12, 15],
      ['.', 15, 16],
    ]);
  });

  it('adds the sentence’s offset in its paragraph to every token', () => {
    expect(tokenize('Mr Odongo’s ODM.', 100).map(({ start, end }) => [start, end])).toEqual([
      [100, 102],
      [103, 111],
      [112, 115],
      [115, 116],
    ]);
  });

  it('reads a curly-apostrophe possessive: "Odongo’s" has base "Odongo"', () => {
    expect(token('Rapuo Odongo’s camp', 'Odongo’s')).toMatchObject({ base: 'Odongo', lower: 'odongo', possessive: true, capitalised: true });
  });

  it('reads a straight-apostrophe possessive: "Odongo\'s" has base "Odongo"', () => {
    expect(token("Rapuo Odongo's camp", "Odongo's")).toMatchObject({ base: 'Odongo', lower: 'odongo', possessive: true });
  });

  it('keeps a double-barrelled name whole after a velar apostrophe: "Ochieng\'-Orwa", "Onyang’-Adhiambo"', () => {
    expect(words("Senator Moses Ochieng'-Orwa and Onyang’-Adhiambo met Ochieng' today").map(({ text }) => text)).toEqual([
      'Senator',
      'Moses',
      "Ochieng'-Orwa",
      'and',
      'Onyang’-Adhiambo',
      'met',
      "Ochieng'",
      'today',
    ]);
  });

  it('does not mark a plain word as possessive', () => {
    expect(token('Rapuo Odongo spoke', 'Odongo')).toMatchObject({ base: 'Odongo', possessive: false });
  });

  it('marks "ODM" and "WDM-K" as acronyms, each one token', () => {
    expect(words('ODM and WDM-K signed').map(({ text, acronym }) => [text, acronym])).toEqual([
      ['ODM', true],
      ['and', false],
      ['WDM-K', true],
      ['signed', false],
    ]);
  });

  it('does not mark "Mr" or a capitalised name as an acronym', () => {
    expect(words('Mr Odongo').map(({ acronym }) => acronym)).toEqual([false, false]);
  });

  it('reads an acronym’s possessive: "ODM’s" is the acronym "ODM"', () => {
    expect(token('ODM’s leaders', 'ODM’s')).toMatchObject({ base: 'ODM', acronym: true, possessive: true });
  });

  it('keeps a name with apostrophes as one token: "Ng\'ang\'a", "Ng’ang’a"', () => {
    expect(words("Mr Ng'ang'a and Ms Ng’ang’a").map(({ text }) => text)).toEqual(['Mr', "Ng'ang'a", 'and', 'Ms', 'Ng’ang’a']);
  });

  it('does not take the end of "Ng\'ang\'a" for a possessive', () => {
    expect(token("Ng'ang'a spoke", "Ng'ang'a")).toMatchObject({ base: "Ng'ang'a", possessive: false });
  });

  it('marks punctuation as not a word', () => {
    expect(tokenize('Nakuru, Kenya').map(({ text, isWord }) => [text, isWord])).toEqual([
      ['Nakuru', true],
      [',', false],
      ['Kenya', true],
    ]);
  });
});
