/**
 * Quotes whose sentence opens with a phrase of time, place or manner before
 * its pronoun subject ("On Sunday, she told reporters the party was “…”", "In
 * a statement read on her behalf by X, she thanked the voters “…”"): the
 * pronoun is the speaker, read as any "she said" is; whoever the opening
 * phrase names is spoken of, not speaking. Short invented texts, the speakers
 * written by hand; the "none" cases are readings that would give the words to
 * someone the text does not settle.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders, SAID } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { speakers } = factReaders(pack);
const quotesOf = (text: string, name: string) => (summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name))?.quotes ?? []).map((quote) => quote.text);

describe('an opening phrase, then the pronoun and a verb of quoting', () => {
  it.each([
    `Nyeri Senator Wambui Kariuki Njeri was not at the meeting. On Sunday, she told reporters the party was "${SAID}".`,
    `Nyeri Senator Wambui Kariuki Njeri spoke later. At a rally in Othaya on Saturday, she described the plan as "${SAID}".`,
    `Nyeri Senator Wambui Kariuki Njeri opened the session. After the vote, she said the assembly had "${SAID}".`,
    `Nyeri Senator Wambui Kariuki Njeri was not in court. In a statement read on her behalf by her chief of staff, Wahu Nyokabi Gatumo, outside the court, she thanked the voters "${SAID}".`,
  ])('gives the quote of "%s" to the one person the sentence before names', (paragraph) => {
    expect(speakers(`Headline\n\n${paragraph}`)).toEqual(['Wambui Kariuki Njeri']);
  });

  it('publishes it on her profile', () => {
    const text = `Headline\n\nNyeri Senator Wambui Kariuki Njeri was not at the meeting. On Sunday, she told reporters the party was "${SAID}".`;
    expect(quotesOf(text, 'Njeri')).toEqual([SAID]);
  });

  it('gives it to the one the sentence before is about, not to the one the opening phrase names: "Unlike X, she said …"', () => {
    const text = `Headline\n\nNyeri Senator Wambui Kariuki Njeri spoke last. Unlike Governor Mwangi, she said the county had "${SAID}".`;
    expect(speakers(text)).toEqual(['Wambui Kariuki Njeri']);
  });

  it('gives it to no one when the sentence before names two people who could be "she"', () => {
    const text = `Headline\n\nNyeri Senator Wambui Kariuki Njeri met Kiambu Governor Achieng Moraa Kerubo. On Sunday, she told reporters the party was "${SAID}".`;
    expect(speakers(text)).toEqual([null]);
  });
});

describe('a partial quote after "thanked"', () => {
  it('gives "X thanked delegates for “…”" to X', () => {
    const text = `Headline\n\nMopelo, now the party's nominee for Kajiado West, thanked delegates for "${SAID}".`;
    expect(speakers(text)).toEqual(['Mopelo']);
  });
});

describe('a statement read on someone\'s behalf', () => {
  const text = `Headline\n\nMs Karimiri Wangui Nduta, a first-term MP, was not in court. In a statement read on her behalf by her chief of staff, Wahu Nyokabi Gatumo, outside the court, she thanked the voters "${SAID}". "This ruling is not my victory; it belongs to the voters of this constituency," the statement read.`;

  it('publishes the words of the one the statement is from, the reader named beside them, and the statement\'s own', () => {
    expect(quotesOf(text, 'Nduta')).toEqual([SAID, 'This ruling is not my victory; it belongs to the voters of this constituency']);
  });

  it('gives "“…,” the statement read." to the one named as the subject after "In a statement read on his behalf by Y,"', () => {
    const named = `Headline\n\nGovernor Abdi Galgalo Roba flew to India for treatment on Saturday. In a statement read on his behalf by acting County Secretary Adan Kuno Dabasso at the county headquarters, Roba said he had handed over to his deputy. "${SAID}," the statement read.`;
    expect(speakers(named)).toEqual(['Roba']);
    expect(quotesOf(named, 'Roba')).toEqual([SAID]);
    expect(quotesOf(named, 'Dabasso')).toEqual([]);
  });

  it('gives "“…,” the statement read." to no one after a statement of two', () => {
    const two = `Headline\n\nIn a statement read by their lawyer, Adan Kuno Dabasso, Governor Abdi Galgalo Roba and Senator Halima Wario Boru said they would appeal. "${SAID}," the statement read.`;
    expect(speakers(two)).toEqual([null]);
  });

  it('gives the reader no words: "“…,” the statement read." after it is not the reader\'s', () => {
    expect(speakers(text)[1]).not.toBe('Wahu Nyokabi Gatumo');
    expect(quotesOf(text, 'Gatumo')).toEqual([]);
  });
});
