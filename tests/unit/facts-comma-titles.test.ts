/**
 * A lower-case title set off by commas before the name, opened by "the" at
 * the sentence's start or after a comma: "The Mbotela governor, X,", "The
 * Kilumbi West lawmaker, X,", "The former Mbotela governor, X,", "Meanwhile,
 * the Kilumbi senator, X,", "Mbotela's deputy governor, X,"; and a capitalised
 * one after a word that describes the holder: "The first-term Kilumbi East MP,
 * X,". Near-misses: a title someone speaks of ("In a letter to the governor,
 * X, a resident, …", "When they met the senator, X, …"), a possessive holder
 * ("The Kilumbi governor's wife, X,"). Short invented texts, roles by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);

describe('a title set off by commas before the name', () => {
  it.each([
    ['The Mbotela governor, Auma Keziah Chelang, opened the road.', 'Governor, Mbotela (current)'],
    ['The Kilumbi West lawmaker, Auma Keziah Chelang, criticised the plan.', 'MP, Kilumbi West (current)'],
    ['The former Mbotela governor, Auma Keziah Chelang, spoke.', 'Governor, Mbotela (former)'],
    ['Meanwhile, the Kilumbi senator, Auma Keziah Chelang, spoke.', 'Senator, Kilumbi (current)'],
    ["Mbotela's deputy governor, Auma Keziah Chelang, spoke.", 'Deputy Governor, Mbotela (current)'],
    ['The first-term Kilumbi East MP, Auma Keziah Chelang, spoke.', 'MP, Kilumbi East (current)'],
  ])('"%s"', (sentence, role) => {
    expect(facts(sentence, 'Chelang')).toEqual([role]);
  });

  it.each([
    ['Auma Keziah Chelang, the current deputy governor, won the nomination.', 'Deputy Governor (current)'],
    ['Current Mbotela Governor Auma Keziah Chelang was absent.', 'Governor, Mbotela (current)'],
    ['The present Kilumbi senator, Auma Keziah Chelang, spoke.', 'Senator, Kilumbi (current)'],
  ])('"current" and "present" describe the holder, no part of the title or the place: "%s"', (sentence, role) => {
    expect(facts(sentence, 'Chelang')).toEqual([role]);
  });

  it('a title the sentence speaks of, or a holder named in the possessive, is not the name after it', () => {
    expect(facts('In a letter to the governor, Auma Keziah Chelang, a resident, complained.', 'Chelang')).toEqual([]);
    expect(facts('When they met the senator, Auma Keziah Chelang, a trader, spoke first.', 'Chelang')).toEqual([]);
    expect(facts("The Kilumbi governor's wife, Auma Keziah Chelang, spoke.", 'Chelang')).toEqual([]);
  });
});

describe('a Kiswahili office of a place set off before the name', () => {
  it.each([
    ['He was accompanied by Mbunge wa Galole, Ali Dido Dhiriba, who addressed the crowd.', 'Dhiriba', ['MP, Galole (current)']],
    ['Seneta wa Tana River, Halima Dhidha Wario, aliwaambia wakazi kuwa watapata maji.', 'Wario', ['Senator, Tana River (current)']],
    ['The rally was addressed by aliyekuwa Mbunge wa Garsen, Hassan Barisa Wayu, on Sunday.', 'Wayu', ['MP, Garsen (former)']],
  ])('"%s"', (sentence, name, expected) => {
    expect(facts(sentence, name)).toEqual(expected);
  });

  it('gives no office to the one named after the office-holder\'s aide: "the Mbunge wa Galole\'s aide, X,"', () => {
    expect(facts('The rally was addressed by the Mbunge wa Galole\'s aide, Hassan Barisa Wayu, on Sunday.', 'Wayu')).toEqual([]);
  });
});

describe('"The area MP, X,": the seat of the place the article is about, written without it', () => {
  it('reads the seat, with no place, as "X, the area MP," is read', () => {
    expect(facts('The area MP, Kamau Njoroge Wainaina, said the road would be built.', 'Wainaina')).toEqual(['MP (current)']);
    expect(facts('Kamau Njoroge Wainaina, the area MP, said the road would be built.', 'Wainaina')).toEqual(['MP (current)']);
  });

  it.each([
    ["The area MP's aide, Kamau Njoroge Wainaina, said the road would be built."],
    ['The area lawmaker, Kamau Njoroge Wainaina, said the road would be built.'],
  ])('gives no seat: "%s"', (sentence) => {
    expect(facts(sentence, 'Wainaina')).toEqual([]);
  });
});
