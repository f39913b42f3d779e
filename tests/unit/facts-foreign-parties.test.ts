/**
 * A party the article places in another country ("Tanzania's CCM", "the
 * ruling NRM in Uganda", "CCM of Tanzania") is not the Kenyan pack's party of
 * the same acronym; and a wing, faction or caucus of a party is no party.
 * Each case is a short invented text with its entities written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack));
const parties = (text: string) => report(text).parties.map((one) => one.name);
const ties = (text: string) => report(text).people.flatMap((one) => one.parties.map((tie) => `${one.name} → ${tie.party}`));

const KENYAN = ['Chama Cha Mashinani', 'Amani National Congress'];

describe('a party placed in another country is not the Kenyan party of that acronym', () => {
  it.each([
    ['"Tanzania\'s CCM"', "Headline\n\nTanzania's CCM secretary-general Juma Mwinyimkuu Salehe visited Nairobi on Monday."],
    ['"South Africa\'s ANC"', "Headline\n\nSouth Africa's ANC sent Thabo Mokoena Dlaminiwe to the summit in Mombasa."],
    ['"the ruling CCM in Tanzania"', 'Headline\n\nJuma Mwinyimkuu Salehe of the ruling CCM in Tanzania visited Nairobi on Monday.'],
    ['"X of Tanzania\'s CCM"', "Headline\n\nJuma Mwinyimkuu Salehe of Tanzania's CCM visited Nairobi on Monday."],
    ['"CCM of Tanzania"', 'Headline\n\nThe CCM of Tanzania sent Juma Mwinyimkuu Salehe to the summit in Mombasa.'],
  ])('%s', (_label, text) => {
    expect(parties(text).filter((name) => KENYAN.includes(name))).toEqual([]);
    expect(ties(text).filter((tie) => KENYAN.some((name) => tie.endsWith(name)))).toEqual([]);
  });

  it('keeps a defined foreign party as its own party: "Chama Cha Mapinduzi (CCM)"', () => {
    const text = 'Headline\n\nChama Cha Mapinduzi (CCM) secretary-general Juma Mwinyimkuu Salehe said Tanzania would host the summit. CCM has ruled since 1977.';
    expect(parties(text)).toEqual(['Chama Cha Mapinduzi']);
  });

  it('keeps a defined foreign party apart from the Kenyan one of its acronym across articles', () => {
    const kenyan = seed('a.txt', 'Headline\n\nChama Cha Mashinani (CCM) chairman Kiprono Cheruiyot Langat met delegates in Bomet.');
    const tanzanian = seed('b.txt', "Headline\n\nChama Cha Mapinduzi (CCM) secretary-general Juma Mwinyimkuu Salehe said Tanzania's CCM would host the summit.");
    const summary = summarise(analyseCorpus([kenyan, tanzanian], pack));
    expect(summary.parties.map((one) => one.name).sort()).toEqual(['Chama Cha Mapinduzi', 'Chama Cha Mashinani']);
    const tie = (name: string) => summary.people.find((one) => one.name === name)?.parties.map((one) => one.party);
    expect(tie('Kiprono Cheruiyot Langat')).toEqual(['Chama Cha Mashinani']);
    expect(tie('Juma Mwinyimkuu Salehe') ?? []).not.toContain('Chama Cha Mashinani');
  });
});

describe('the Kenyan party of that acronym is still found in a Kenyan sentence', () => {
  it('"ANC leader X"', () => {
    const text = 'Headline\n\nANC leader Wekesa Barasa Mukhwana toured Kakamega on Sunday.';
    expect(parties(text)).toEqual(['Amani National Congress']);
    expect(ties(text)).toEqual(['Wekesa Barasa Mukhwana → Amani National Congress']);
  });

  it('"Chama Cha Mashinani (CCM) chairman Y"', () => {
    const text = 'Headline\n\nChama Cha Mashinani (CCM) chairman Kiprono Cheruiyot Langat met delegates in Bomet.';
    expect(parties(text)).toEqual(['Chama Cha Mashinani']);
    expect(ties(text)).toEqual(['Kiprono Cheruiyot Langat → Chama Cha Mashinani']);
  });
});

describe('a wing, faction or caucus of a party is no party', () => {
  it.each([
    ['"the Tea Party wing of the Republican Party"', 'Headline\n\nThe Tea Party wing of the Republican Party opposed the deal in Washington.', 'Tea Party'],
    ['"the Mageuzi Party faction of the Tumaini Bora Party"', 'Headline\n\nThe Mageuzi Party faction of the Tumaini Bora Party met in Nyeri on Saturday.', 'Mageuzi Party'],
    ['"the Vijana Party caucus of the Tumaini Bora Party"', 'Headline\n\nThe Vijana Party caucus of the Tumaini Bora Party met in Nyeri on Saturday.', 'Vijana Party'],
  ])('%s', (_label, text, part) => {
    expect(parties(text)).not.toContain(part);
  });

  it('keeps a registered party that is a wing of a coalition: "the ODM wing of the Azimio coalition"', () => {
    expect(parties('Headline\n\nThe ODM wing of the Azimio coalition met in Kisumu on Monday.')).toContain('Orange Democratic Movement');
  });

  it('keeps the party after "of"', () => {
    expect(parties('Headline\n\nThe Tea Party wing of the Republican Party opposed the deal in Washington.')).toEqual(['Republican Party']);
  });
});
