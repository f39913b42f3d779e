/**
 * Offices and seats written with a party before them, as outlets word them:
 * a branch's office is the party's office ("The party's Kitui branch
 * chairman, X", "The ODM county chairman, X", "UDA Kericho branch chairman X"
 * are each the party's Chairman; so is "ODM Kisumu chairman X", and "Kisumu
 * ODM leader X" leads no party), and a governor's seat is held as the
 * party's member ("X, the Jubilee governor," holds no office of Jubilee).
 * Each case is a short invented text with its facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const factsOf = (sentence: string, name: string) => {
  const text = `Headline\n\nThe Orange Democratic Movement (ODM) held its branch elections in Kisumu on Saturday. ${sentence}`;
  const person = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
  return {
    roles: (person?.roles ?? []).map((role) => [role.title, role.organisation, role.tense === 'current' ? undefined : role.tense].filter(Boolean).join(', ')).sort(),
    ties: (person?.parties ?? []).map((tie) => `${tie.party} (${tie.relation}${tie.tense && tie.tense !== 'current' ? `, ${tie.tense}` : ''})`).sort(),
  };
};
const odmChairman = { roles: ['Chairman, ODM'], ties: ['Orange Democratic Movement (Chairman)'] };

describe('a branch office is the party\'s office', () => {
  it.each([
    ['The ODM county chairman, Okello Ayiecho Sumba, said the committee would meet on Friday.'],
    ['The ODM Kisumu branch chairman, Okello Ayiecho Sumba, said the committee would meet on Friday.'],
    ['ODM Kisumu branch chairman Okello Ayiecho Sumba said the committee would meet on Friday.'],
    ['ODM county chairman Okello Ayiecho Sumba said the committee would meet on Friday.'],
  ])('"%s"', (sentence) => {
    expect(factsOf(sentence, 'Okello Ayiecho Sumba')).toEqual(odmChairman);
  });

  it('"ODM Kisumu chairman X", "Kisumu ODM chairman X": a party and its place before the office, no body called "ODM Kisumu"', () => {
    expect(factsOf('ODM Kisumu chairman Okello Ayiecho Sumba said the committee would meet on Friday.', 'Okello Ayiecho Sumba')).toEqual(odmChairman);
    expect(factsOf('Kisumu ODM chairman Okello Ayiecho Sumba said the committee would meet on Friday.', 'Okello Ayiecho Sumba')).toEqual(odmChairman);
  });

  it('"Kisumu ODM leader X", "Senate ODM leader X": who leads the party somewhere is no leader of it, nor of a body called "Kisumu ODM"', () => {
    expect(factsOf('Kisumu ODM leader Okello Ayiecho Sumba said the committee would meet on Friday.', 'Okello Ayiecho Sumba')).toEqual({ roles: ['Leader'], ties: [] });
    expect(factsOf('Senate ODM leader Okello Ayiecho Sumba said the House would pass the bill.', 'Okello Ayiecho Sumba')).toEqual({ roles: ['Leader'], ties: [] });
  });

  it('"Outgoing ODM Kisumu branch chairman X" held it', () => {
    expect(factsOf('Outgoing ODM Kisumu branch chairman Okello Ayiecho Sumba thanked the members.', 'Okello Ayiecho Sumba')).toEqual({
      roles: ['Chairman, ODM, former'],
      ties: ['Orange Democratic Movement (Chairman, former)'],
    });
  });
});

describe('a seat held as the party\'s member', () => {
  it('"X, the ODM governor," is a member, and Governor of no party', () => {
    expect(factsOf('But Tirop Kiprono Kebenei, the ODM governor who has led the county since 2013, defended his record.', 'Tirop Kiprono Kebenei')).toEqual({
      roles: ['Governor'],
      ties: ['Orange Democratic Movement (member)'],
    });
  });
});
