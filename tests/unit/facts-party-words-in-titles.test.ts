/**
 * Words of how a holder stands with parties, written into the title before the
 * name: "X, a UDA-allied independent MP," gave an office "Independent MP" held
 * in UDA (a party office tie); "a pro-ODM independent MP" the title "Pro-Odm
 * Independent MP"; "the ODM-turned-UDA MP X" an MP "of ODM-turned-UDA"; and
 * "the former Mbotela Governor turned Senator" the title "Governor Turned
 * Senator", former. Short invented texts, facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);

describe('a party word before the title', () => {
  it('"X, a UDA-allied independent MP," is an independent MP allied to UDA, no office in it', () => {
    expect(facts('Jared Omwenga Nyaberi, a UDA-allied independent MP, spoke.', 'Nyaberi')).toEqual(['Independent MP (current)', 'party United Democratic Alliance (ally)']);
  });

  it('"X, a pro-ODM independent MP," holds the title without the leaning', () => {
    expect(facts('Jared Omwenga Nyaberi, a pro-ODM independent MP, spoke.', 'Nyaberi')).toEqual(['Independent MP (current)']);
  });

  it.each([
    ['The ODM-turned-UDA MP Jared Omwenga Nyaberi defended the Finance Bill.', 'MP (current)'],
    ['The Jubilee-turned-ODM Governor Jared Omwenga Nyaberi spoke.', 'Governor (current)'],
  ])('"%s": the parties moved between are no place of the seat', (text, role) => {
    expect(facts(text, 'Nyaberi')).toEqual([role]);
  });

  it('"the former Mbotela Governor turned Senator" is a Senator now', () => {
    expect(facts('Hesbon Oduya Makori, the former Mbotela Governor turned Senator, led the walkout.', 'Makori')).toEqual(['Senator (current)']);
  });
});

describe('near misses keep their reading', () => {
  it.each([
    ['Jared Omwenga Nyaberi, a UDA-allied MP, spoke.', ['MP (current)', 'party United Democratic Alliance (ally)']],
    ['Jared Omwenga Nyaberi, an independent MP, spoke.', ['Independent MP (current)']],
    ['UDA MP Jared Omwenga Nyaberi spoke.', ['MP (current)', 'party United Democratic Alliance (member)']],
    ['Jared Omwenga Nyaberi, the Mbotela MP, spoke.', ['MP, Mbotela (current)']],
    ['Former Mbotela Governor-turned-Senator Hesbon Oduya Makori led the walkout.', ['Senator (current)']],
    ['Mbotela Senator Hesbon Oduya Makori, who turned down the offer, spoke.', ['Senator, Mbotela (current)']],
  ])('"%s"', (text, expected) => {
    expect(facts(text, text.includes('Makori') ? 'Makori' : 'Nyaberi')).toEqual(expected);
  });
});

describe('an aide\'s words are no title', () => {
  it('"X, a long-time aide to the late MP," holds no office', () => {
    expect(facts('Maina Ngumo Githinji, a long-time aide to the late MP, claimed the primary had been rigged.', 'Githinji')).toEqual([]);
  });
});

describe('a party glued to a word of a time or a body it holds', () => {
  it('"X, a Jubilee-era MP," is no MP now and no Jubilee member', () => {
    expect(facts('Jared Omwenga Kebati, a Jubilee-era MP, spoke at the rally.', 'Kebati')).toEqual([]);
  });

  it('"X, who chairs the UDA-dominated committee," chairs no party', () => {
    expect(facts('Jared Omwenga Kebati, who chairs the UDA-dominated committee, spoke at the rally.', 'Kebati')).toEqual([]);
  });

  it.each([
    ['Jared Omwenga Kebati, a Jubilee MP, spoke at the rally.', ['MP (current)', 'party Jubilee (member)']],
    ['Jared Omwenga Kebati, who chairs UDA, spoke at the rally.', ['Chairman, UDA (current)', 'party United Democratic Alliance (Chairman)']],
  ])('near miss: "%s"', (text, expected) => {
    expect(facts(text, 'Kebati')).toEqual(expected);
  });
});

describe('a spokesperson holds no office', () => {
  it('"Governor X\'s spokesperson Y said" gives Y no role', () => {
    expect(facts('Governor Wilfred Kosgei Tanui\'s spokesperson Brian Otieno Ouma said the governor was away.', 'Ouma')).toEqual([]);
  });
});
