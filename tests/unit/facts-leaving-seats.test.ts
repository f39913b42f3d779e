/**
 * A seat its holder is leaving, then named bare in the same article: "outgoing
 * Governor X … X, the ODM governor, defended his record" is one governorship,
 * the one ending, not a second held now. Another article's report of the seat
 * keeps its own tense, and another seat is another role. Each case is a short
 * invented text with its roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const rolesIn = (texts: string[], name: string) => {
  const person = summarise(analyseCorpus(texts.map((text, index) => seed(`a${index}.txt`, text)), pack)).people.find((one) => one.name.endsWith(name));
  return (person?.roles ?? []).map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''} (${role.tense ?? 'current'})`).sort();
};

const outgoing = 'Kimeli, who won the race on a UDA ticket, will take over from outgoing Governor Tirop Kiprono Kebenei, whose second term ends with the swearing-in.';
const bare = 'But Kebenei, the ODM governor who has led the county since 2013, defended his record.';

describe('a seat its holder is leaving, named bare in the same article', () => {
  it('is the one seat, former, when the bare title comes after', () => {
    expect(rolesIn([`Headline\n\n${outgoing} ${bare}`], 'Tirop Kiprono Kebenei')).toEqual(['Governor (former)']);
  });

  it('is the one seat, former, when the bare title comes first', () => {
    expect(rolesIn([`Headline\n\nTirop Kiprono Kebenei, the ODM governor, toured Kapsabet. On Friday, outgoing Governor Kebenei handed over the keys.`], 'Tirop Kiprono Kebenei')).toEqual(['Governor (former)']);
  });
});

describe('other reports', () => {
  it('another article\'s bare title keeps its own tense', () => {
    const earlier = 'Headline\n\nTirop Kiprono Kebenei, the ODM governor, toured Kapsabet on Friday.';
    expect(rolesIn([earlier, `Headline\n\n${outgoing}`], 'Tirop Kiprono Kebenei')).toEqual(['Governor (current)', 'Governor (former)']);
  });

  it('another seat is another role', () => {
    expect(rolesIn(['Headline\n\nFormer Senator Tirop Kiprono Kebenei, the ODM governor, toured Kapsabet on Friday.'], 'Tirop Kiprono Kebenei')).toEqual(['Governor (current)', 'Senator (former)']);
  });
});
