/**
 * An office in the party of a person a possessive stands for: "UDA boss X, a
 * former Kwale Woman Representative, said her party would not carry anybody's
 * handbag. Her acting chairman, Y, accompanied her"; "Prof X left Jubilee for
 * ODM and was elected its party leader. … Her party's national chairman, Dr Y,
 * sat in". "Her" is the one person of the sentence before whose sex does not
 * clash, and "her party" that person's one party now; two people, the other
 * sex, or two parties, and nothing is read. Short invented texts, the facts
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const factsOf = publishedFacts(await loadPack());

describe('"Her (party\'s) T, X," for the party of the one person of the sentence before', () => {
  it('"Her party\'s national chairman, Dr X," after the party leader', () => {
    const text =
      'Prof Wangechi Nduhiu Mwihaki left Jubilee for the Orange Democratic Movement (ODM) in 2024 and was elected its party leader in March. Prof Mwihaki spoke to the Nation at the ODM offices. Her party’s national chairman, Dr Wafula Kamau Simiyu, a former Kakamega County Executive for Agriculture, sat in on the interview.';
    expect(factsOf(text, 'Wafula Kamau Simiyu')).toEqual(['County Executive, Kakamega (former)', 'National Chairman, ODM (current)', 'party Orange Democratic Movement (National Chairman)']);
  });

  it('"Her acting chairman, X," after the party\'s boss', () => {
    const text = 'UDA boss Mwanaisha Chizi Mwatsuma, a former Kwale County Woman Representative, said her party would not carry anybody’s handbag. Her acting chairman, Hamisi Mwakio Chidzipha, accompanied her to the talks.';
    expect(factsOf(text, 'Hamisi Mwakio Chidzipha')).toEqual(['Chairman, UDA (acting)', 'party United Democratic Alliance (Chairman)']);
  });
});

describe('a possessive that settles no party', () => {
  it('"His" after a woman', () => {
    const text = 'UDA boss Mwanaisha Chizi Mwatsuma, a former Kwale County Woman Representative, spoke first. His acting chairman, Hamisi Mwakio Chidzipha, accompanied her.';
    expect(factsOf(text, 'Hamisi Mwakio Chidzipha')).toEqual([]);
  });

  it('"Her" after two women', () => {
    const text = 'UDA boss Mwanaisha Chizi Mwatsuma met ODM chairperson Ms Akinyi Atieno Awuor. Her acting chairman, Hamisi Mwakio Chidzipha, accompanied her.';
    expect(factsOf(text, 'Hamisi Mwakio Chidzipha')).toEqual([]);
  });

  it('"Her" for someone of two parties now', () => {
    const text = 'ODM chairperson Akinyi Atieno Awuor, who also chairs UDA, spoke. Her acting chairman, Hamisi Mwakio Chidzipha, accompanied her.';
    expect(factsOf(text, 'Hamisi Mwakio Chidzipha')).toEqual([]);
  });
});
