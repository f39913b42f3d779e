/**
 * Names the words around them make a country or a school, no one: "a former
 * Kenyan Ambassador to Japan" (the country posted to), "alumni of Moi Girls
 * Isinya", "the principal of Kakamega Boys" (schools); names listed before a
 * programme's noun ("the Inua Jamii and Kazi Mtaani programmes"). The people
 * beside them stay people. Short invented texts, the people written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
/** The people the corpus of one article publishes. */
const people = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.map((person) => person.name);

describe('a country an envoy is posted to', () => {
  it.each([
    'The talks are being facilitated by Thuo Gakure Mwaniki, a former Kenyan Ambassador to Japan, who told journalists that most items were agreed.',
    'Thuo Gakure Mwaniki, who served as High Commissioner to Uganda, chaired the meeting.',
  ])('is no one: %s', (sentence) => {
    expect(people(`Headline\n\n${sentence}`)).toEqual(['Thuo Gakure Mwaniki']);
  });
});

describe('a school', () => {
  it.each([
    'Naipanoi Sein Kipees and Nashipae Leshan Mopel spoke. Both Kipees and Mopel are alumni of Moi Girls Isinya.',
    'Naipanoi Sein Kipees and Nashipae Leshan Mopel spoke at Kakamega Boys Nyayo on Friday.',
  ])('is no one: %s', (sentence) => {
    expect(people(`Headline\n\n${sentence}`)).toEqual(['Naipanoi Sein Kipees', 'Nashipae Leshan Mopel']);
  });
});

describe('a venue named by the word after it', () => {
  it.each([
    "Former Nyando MP Atieno Odera Ogutu returned to ODM at a rally at Kisumu's Got Nyabondo grounds on Sunday.",
    "Former Nyando MP Atieno Odera Ogutu addressed traders at Kisumu's Kibuye Kondele market on Monday.",
    "Former Nyando MP Atieno Odera Ogutu opened a library at Siaya's Ndere Ojwang primary school.",
    // A venue named after a person names the venue there, not the person.
    "Former Nyando MP Atieno Odera Ogutu will speak at Homa Bay's Ochola Ogaye stadium next week.",
  ])('is no one: %s', (sentence) => {
    expect(people(`Headline\n\n${sentence}`)).toEqual(['Atieno Odera Ogutu']);
  });
});

describe('a ward named with a point of the compass in Kiswahili', () => {
  it.each([
    'Residents of Nyalenda Kanyakwar and Kolwa Mashariki welcomed Senator Awino Akoth Ombogo.',
    'Senator Awino Akoth Ombogo later toured Ruaraka Kaskazini and Kilimani Magharibi.',
    'Senator Awino Akoth Ombogo met voters of Majengo Kusini on Friday.',
  ])('is no one: %s', (sentence) => {
    expect(people(`Headline\n\n${sentence}`)).toEqual(['Awino Akoth Ombogo']);
  });
});

describe('a list of programmes', () => {
  it.each([
    'Mbotela Governor Samson Kiprotich said the Inua Jamii and Kazi Mtaani programmes would be expanded.',
    'Mbotela Governor Samson Kiprotich praised the Linda Mama, Inua Jamii and Kazi Mtaani schemes.',
    'Mbotela Governor Samson Kiprotich launched the Tujenge Mbotela and Safisha Mji initiatives on Monday.',
  ])('is no one: %s', (sentence) => {
    expect(people(`Headline\n\n${sentence}`)).toEqual(['Samson Kiprotich']);
  });

  it.each([
    'Mbotela Governor Samson Kiprotich and Senator Atieno Nyabera fund the youth groups in Mbotela.',
    'The Samson Kiprotich and Atieno Nyabera campaigns clashed in Mbotela on Monday.',
  ])('keeps the people: %s', (sentence) => {
    expect(people(`Headline\n\n${sentence}`)).toEqual(['Atieno Nyabera', 'Samson Kiprotich']);
  });
});
