/**
 * Facts told of a stand-in for a person named before: "Kitui MP X moved the
 * motion. The first-term legislator, who is also Wiper's deputy
 * secretary-general, spoke for an hour"; "The Cabinet Secretary, who served as
 * Kakamega Senator between 2013 and 2022, …" for the article's one Cabinet
 * Secretary; "He chairs …" for the one man of the sentence before. The
 * stand-in means a person only when exactly one fits it (a seat for "the
 * lawmaker", the title for "the Cabinet Secretary", the sex for "she"), and
 * the sentence before speaks of no one it leaves unnamed ("X's aide");
 * otherwise nothing is read. Short invented texts, the facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const factsOf = publishedFacts(await loadPack());

describe('a description standing for a person named before', () => {
  it('"the first-term legislator, who is also P\'s deputy secretary-general": the one legislator of the sentence before', () => {
    const text = 'Kitui MP Mutua Kyalo Musyoka moved the motion on Tuesday.\n\nThe first-term legislator, who is also Wiper’s deputy secretary-general, spoke for nearly an hour.';
    expect(factsOf(text, 'Mutua Kyalo Musyoka')).toEqual(['Deputy Secretary-General, Wiper (current)', 'MP, Kitui (current)', 'party Wiper (Deputy Secretary-General)']);
  });

  it('"the second-term lawmaker": the one seat holder among the people the sentence before names', () => {
    const text = 'KSP leader Kiptoo Rono Kibet received Nyeri MP Wanjiku Muthoni Kamau at a rally.\n\nThe second-term lawmaker, who chairs the Departmental Committee on Energy in the National Assembly, said she had consulted her voters.';
    expect(factsOf(text, 'Wanjiku Muthoni Kamau')).toEqual(['Chairman, Departmental Committee on Energy (current)', 'MP, Nyeri (current)']);
  });

  it('"the Cabinet Secretary": the article\'s one Cabinet Secretary, paragraphs later', () => {
    const text = [
      'Mining Cabinet Secretary Baraka Otieno Wafula joined the programme by phone.',
      'Asked about Dr Musa Kiprop Tanui, the former governor said Tanui was a strong candidate.',
      'The Cabinet Secretary, who served as Kakamega Senator between 2013 and 2022, later told journalists that the police would not block rallies.',
    ].join('\n\n');
    expect(factsOf(text, 'Baraka Otieno Wafula')).toEqual(['Cabinet Secretary, Mining (current)', 'Senator, Kakamega (former)']);
  });

  it('"the Nyando MP": the article\'s one MP for Nyando, not another MP', () => {
    const text = [
      'Nyando MP Odhiambo Okoth Ouma and Kitui MP Mutua Kyalo Musyoka led the walkout.',
      'The Nyando MP, who chairs the Departmental Committee on Energy, said the bill was late.',
    ].join('\n\n');
    expect(factsOf(text, 'Odhiambo Okoth Ouma')).toEqual(['Chairman, Departmental Committee on Energy (current)', 'MP, Nyando (current)']);
    expect(factsOf(text, 'Mutua Kyalo Musyoka')).toEqual(['MP, Kitui (current)']);
  });

  it('"he": the one man of the sentence before', () => {
    expect(factsOf('Mr Wafula Simiyu Barasa spoke first. He chairs the Departmental Committee on Health.', 'Wafula Simiyu Barasa')).toEqual(['Chairman, Departmental Committee on Health (current)']);
  });
});

describe('a stand-in that settles on no one', () => {
  it('"the lawmaker" after two seat holders', () => {
    const text = 'Nyeri MP Wanjiku Muthoni Kamau and Kitui MP Mutua Kyalo Musyoka met the Speaker.\n\nThe lawmaker, who chairs the Departmental Committee on Energy, said the bill was late.';
    expect(factsOf(text, 'Wanjiku Muthoni Kamau')).toEqual(['MP, Nyeri (current)']);
    expect(factsOf(text, 'Mutua Kyalo Musyoka')).toEqual(['MP, Kitui (current)']);
  });

  it('"the former MP" for a sitting MP, "the new chairman", "the Speaker" whom the article never names', () => {
    const text = [
      'Nyeri MP Wanjiku Muthoni Kamau won the seat in 2022.',
      'The former MP, who chairs the Departmental Committee on Energy, conceded.',
      'The new chairman, who is also Wiper’s deputy secretary-general, spoke next.',
      'The Speaker, who served as Kakamega Senator between 2013 and 2022, adjourned the House.',
    ].join(' ');
    expect(factsOf(text, 'Wanjiku Muthoni Kamau')).toEqual(['MP, Nyeri (current)']);
  });

  it('"the senator" after a senator and "his counterpart": the title is both people\'s', () => {
    const text = 'Kisumu Senator Tobias Ojwang Odhiambo and his Siaya counterpart Obonyo Oguta Oduor led the walkout.\n\nThe senator, who chairs the Senate Finance Committee, said the formula would cost Nyanza billions.';
    expect(factsOf(text, 'Tobias Ojwang Odhiambo')).toEqual(['Senator, Kisumu (current)']);
  });

  it('"she" after a man, and "he" after two men', () => {
    expect(factsOf('Mr Wafula Simiyu Barasa spoke first. She chairs the Departmental Committee on Health.', 'Wafula Simiyu Barasa')).toEqual([]);
    const two = 'Mr Wafula Simiyu Barasa met Mr Otieno Kamau Were. He chairs the Departmental Committee on Health.';
    expect(factsOf(two, 'Wafula Simiyu Barasa')).toEqual([]);
    expect(factsOf(two, 'Otieno Kamau Were')).toEqual([]);
  });
});

describe('a description that says something new of the one person of the sentence before', () => {
  it('"The one-time Nyakach MP": a past seat', () => {
    const text = 'The biggest casualty is Prof Owuor Ayieko Onditi, who was dropped from the Cabinet. The one-time Nyakach MP is tipped for an ambassadorial posting.';
    expect(factsOf(text, 'Owuor Ayieko Onditi')).toEqual(['MP, Nyakach (former)']);
  });

  it('"The Laisamis MP-elect": a seat to come', () => {
    const text = 'Halima Dadacha Wario was handed the UDA ticket in March. The Laisamis MP-elect will be sworn in on Tuesday.';
    expect(factsOf(text, 'Halima Dadacha Wario')).toContain('MP, Laisamis (incoming)');
  });

  it('"the first-term ODM legislator": the party of a seat holder', () => {
    const text = 'Matuga MP Kassim Bakari Mwabeza, whose constituency hosted the rally, kept away. Reached by phone, the first-term ODM legislator said he would not comment.';
    expect(factsOf(text, 'Kassim Bakari Mwabeza')).toEqual(['MP, Matuga (current)', 'party Orange Democratic Movement (member)']);
  });

  it('says nothing after two people, nor what clashes with an office held now', () => {
    const two = 'Prof Owuor Ayieko Onditi met Dr Wafula Simiyu Barasa. The one-time Nyakach MP is tipped for an ambassadorial posting.';
    expect(factsOf(two, 'Owuor Ayieko Onditi')).toEqual([]);
    expect(factsOf(two, 'Wafula Simiyu Barasa')).toEqual([]);
    const clash = 'Nyakach MP Owuor Ayieko Onditi spoke first. The former Nyakach MP is tipped for an ambassadorial posting.';
    expect(factsOf(clash, 'Owuor Ayieko Onditi')).toEqual(['MP, Nyakach (current)']);
  });

  it('says nothing when the sentence before speaks of someone it does not name ("X\'s aide", "X\'s brother")', () => {
    const aide = 'Prof Owuor Ayieko Onditi’s aide was dropped from the Cabinet team. The one-time Nyakach MP is tipped for an ambassadorial posting.';
    expect(factsOf(aide, 'Owuor Ayieko Onditi')).toEqual([]);
    const brother = 'Matuga MP Kassim Bakari Mwabeza spoke first.\n\nMwabeza’s brother kept away. Reached by phone, the first-term ODM legislator said he would remain in the Orange party.';
    expect(factsOf(brother, 'Kassim Bakari Mwabeza')).toEqual(['MP, Matuga (current)']);
  });
});
