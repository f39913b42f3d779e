/**
 * The tables the extractor looks words of the text up in answer only for the
 * words they list: a word every JavaScript object has ("constructor",
 * "__proto__") is no tense word and no title.
 */
import { describe, expect, it } from 'vitest';
import { tenseAfter, tenseBefore } from '../../src/pipeline/extract/tense-words';

describe('a word every object has', () => {
  // (The tables are looked up in lower case: these are the words of that case every object answers for.)
  it.each(['constructor', 'Constructor', '__proto__'])('%s is no tense word, before or after a title', (word) => {
    expect(tenseBefore(word)).toBeUndefined();
    expect(tenseAfter(word)).toBeUndefined();
  });

  it('the words the tables list still answer', () => {
    expect([tenseBefore('Former'), tenseBefore('ex-'), tenseAfter('designate')]).toEqual(['former', 'former', 'incoming']);
  });
});
