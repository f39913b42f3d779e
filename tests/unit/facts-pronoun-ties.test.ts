/**
 * Ties told of "he" or "she" and of a sentence's own subject: "Few politicians
 * can match the journey of Bumula MCA X. He was elected on a P ticket in 2017
 * before defecting to Q in 2021, and then moved to R last year"; "She was
 * nominated to the assembly by P"; "On Monday afternoon, he was received into
 * P"; "X, the former Laisamis MP, was elected on a P ticket in 2017 before
 * defecting to Q". The pronoun stands for the one person of the sentence
 * before; two people there, someone there spoken of but not named ("X's
 * chief of staff"), or an honorific of the other sex, and no tie is read. "The governor, who was elected on a P ticket" stands for the one
 * governor of the article. Each case is a short invented text with its ties
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const tiesOf = (paragraph: string, name: string) => {
  const text = `Headline\n\nThe Orange Democratic Movement (ODM), the United Democratic Alliance (UDA) and the Wiper Democratic Movement (Wiper) met in Kisumu.\n\n${paragraph}`;
  const person = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.parties ?? []).map((tie) => `${tie.party} (${tie.relation}${tie.tense && tie.tense !== 'current' ? `, ${tie.tense}` : ''})`).sort();
};

describe('"he" or "she" for the one person of the sentence before', () => {
  it('reads a ticket and two moves', () => {
    const paragraph = 'Few politicians can match the journey of Bumula MCA Wekesa Barasa Nalyanya. He was elected on an ODM ticket in 2017 before defecting to UDA in 2021, and then moved to Wiper last year.';
    expect(tiesOf(paragraph, 'Wekesa Barasa Nalyanya')).toEqual([
      'Orange Democratic Movement (candidate, former)',
      'Orange Democratic Movement (left)',
      'United Democratic Alliance (joined)',
      'United Democratic Alliance (left)',
      'Wiper Democratic Movement (joined)',
    ]);
  });

  it('reads a nomination by a party', () => {
    expect(tiesOf('"We gave him three warnings," Ms Zainab Juma Okwaro said. She was nominated to the assembly by ODM in 2017.', 'Zainab Juma Okwaro')).toEqual(['Orange Democratic Movement (candidate)']);
  });

  it('reads a move told over two sentences, the second after a time', () => {
    expect(tiesOf('Meanwhile, nominated MCA Otieno Olela Odhiambo has dumped ODM. On Monday afternoon, he was received into UDA at a function in Kondele.', 'Otieno Olela Odhiambo')).toEqual([
      'Orange Democratic Movement (left)',
      'United Democratic Alliance (joined)',
    ]);
  });

  it('reads nothing for a pronoun of the other sex than the honorific', () => {
    expect(tiesOf('Ms Akinyi Atieno Awuor spoke first. He was elected on a UDA ticket.', 'Akinyi Atieno Awuor')).toEqual([]);
  });

  it('reads nothing when the sentence before names two people', () => {
    const paragraph = 'Governor Otieno Kamau Were met Senator Wanjala Wekesa Simiyu. He was elected on a Wiper ticket.';
    expect(tiesOf(paragraph, 'Otieno Kamau Were')).toEqual([]);
    expect(tiesOf(paragraph, 'Wanjala Wekesa Simiyu')).toEqual([]);
  });

  it('reads nothing when the sentence before speaks of someone it does not name ("X\'s chief of staff")', () => {
    const paragraph = 'Mr Okumu Onyango Ajwang’s chief of staff was also absent. He was elected on a Wiper ticket in Ugenya in 2013, according to county records.';
    expect(tiesOf(paragraph, 'Okumu Onyango Ajwang')).toEqual([]);
  });

  it('reads the tie when what the sentence before gives the person is no one ("X\'s budget")', () => {
    const paragraph = 'Mr Okumu Onyango Ajwang’s budget was rejected on Tuesday. He was elected on a Wiper ticket in 2022.';
    expect(tiesOf(paragraph, 'Okumu Onyango Ajwang')).toEqual(['Wiper Democratic Movement (candidate, former)']);
  });

  it('reads nothing across a paragraph break', () => {
    expect(tiesOf('Few politicians can match the journey of Bumula MCA Wekesa Barasa Nalyanya.\n\nHe was elected on an ODM ticket in 2017.', 'Wekesa Barasa Nalyanya')).toEqual([]);
  });
});

describe('the sentence\'s own subject', () => {
  it('"X, the former Laisamis MP, was elected on a P ticket in 2017 before defecting to Q" left P and joined Q', () => {
    const paragraph = 'The seat fell vacant in January. Kochale, the former Laisamis MP, was elected on an ODM ticket in 2017 before defecting to UDA in 2021.';
    expect(tiesOf(`Adano Sora Kochale resigned. ${paragraph}`, 'Adano Sora Kochale')).toEqual([
      'Orange Democratic Movement (candidate, former)',
      'Orange Democratic Movement (left)',
      'United Democratic Alliance (joined)',
    ]);
  });

  it('"X was received into P" joined P', () => {
    expect(tiesOf('Nominated MCA Otieno Olela Odhiambo was formally received into UDA on Monday.', 'Otieno Olela Odhiambo')).toEqual(['United Democratic Alliance (joined)']);
  });
});

describe('"the governor, who …" for the one governor of the article', () => {
  it('reads a ticket', () => {
    const paragraph = 'Bungoma Senator Nekesa Mukhebi Wangamati took her row with Governor Wekesa Sifuna Makhanu online.\n\nThe governor, who was elected on a UDA ticket, hit back within the hour.';
    expect(tiesOf(paragraph, 'Wekesa Sifuna Makhanu')).toEqual(['United Democratic Alliance (candidate, former)']);
    expect(tiesOf(paragraph, 'Nekesa Mukhebi Wangamati')).toEqual([]);
  });

  it('reads a move', () => {
    const paragraph = 'Flanked by Migori Senator Oduya Omuga Nyandiko, the party leader spoke.\n\nThe Senator, who left ODM for the UDA in 2024, said the commission should act.';
    expect(tiesOf(paragraph, 'Oduya Omuga Nyandiko')).toEqual(['Orange Democratic Movement (left)', 'United Democratic Alliance (joined)']);
  });

  it('reads nothing when the article has two governors', () => {
    const paragraph = 'Governor Wekesa Sifuna Makhanu met Governor Barasa Khaemba Wanyama.\n\nThe governor, who was elected on a UDA ticket, hit back.';
    expect(tiesOf(paragraph, 'Wekesa Sifuna Makhanu')).toEqual([]);
    expect(tiesOf(paragraph, 'Barasa Khaemba Wanyama')).toEqual([]);
  });

  it('reads nothing when the governor\'s counterpart shares the title: "Kisumu Senator X and his Siaya counterpart Y"', () => {
    const paragraph = 'Kisumu Senator Tobias Ojwang Odhiambo and his Siaya counterpart Obonyo Oguta Oduor led the walkout.\n\nThe senator, who was elected on an ODM ticket, said the formula would cost Nyanza billions.';
    expect(tiesOf(paragraph, 'Tobias Ojwang Odhiambo')).toEqual([]);
    expect(tiesOf(paragraph, 'Obonyo Oguta Oduor')).toEqual([]);
  });

  it('reads nothing for a governor the article says is former', () => {
    const paragraph = 'Former Governor Wekesa Sifuna Makhanu spoke in Bungoma.\n\nThe governor, who was elected on a UDA ticket, hit back.';
    expect(tiesOf(paragraph, 'Wekesa Sifuna Makhanu')).toEqual([]);
  });
});
