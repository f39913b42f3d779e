/**
 * Offices and seats written with a party before them, as outlets word them:
 * a branch's office is the party's office ("The party's Kitui branch
 * chairman, X", "The ODM county chairman, X", "UDA Kericho branch chairman X"
 * are each the party's Chairman; so is "ODM Kisumu chairman X", and "Kisumu
 * ODM leader X" leads no party), and a governor's seat is held as the
 * party's member ("X, the Jubilee governor," holds no office of Jubilee).
 * With the party's possessive, the verb of the person's own clause makes them
 * the holder ("X, who was elected ODM's Kisumu branch chairman", "doubles as",
 * "would serve as the P's interim … chairman"), and so for any office of
 * the party after its possessive ("X is also ODM's incoming women's league
 * chairperson", "X was named the P's Secretary-General"); naming the office,
 * or an office of someone else ("the P's chairman's wife"), is not.
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

describe('a branch office with the party\'s possessive', () => {
  const chairman = (tense?: string) => ({
    roles: [['Chairman, ODM', tense].filter(Boolean).join(', ')],
    ties: [`Orange Democratic Movement (Chairman${tense ? `, ${tense}` : ''})`],
  });

  it.each([
    ['Otieno Ayoo Okumu, who was elected the ODM\'s Kisumu branch chairman in October, said the party was ready.'],
    ['Otieno Ayoo Okumu, who was last month elected ODM\'s Kisumu branch chairman, said the party was ready.'],
    ['Otieno Ayoo Okumu, who doubles as the ODM\'s Kisumu branch chairman, said the party was ready.'],
    ['Otieno Ayoo Okumu, the ODM\'s Kisumu branch chairman, said the party was ready.'],
  ])('"%s": held now', (sentence) => {
    expect(factsOf(sentence, 'Otieno Ayoo Okumu')).toEqual(chairman());
  });

  it('a word of the office\'s own dates it, before or after the name', () => {
    expect(factsOf('The ODM\'s acting Kisumu branch chairman, Otieno Ayoo Okumu, said the party was ready.', 'Otieno Ayoo Okumu')).toEqual(chairman('acting'));
    expect(factsOf('The secretary said Otieno Ayoo Okumu would serve as the ODM\'s interim Kisumu branch chairman until elections are held.', 'Otieno Ayoo Okumu')).toEqual(chairman('acting'));
    expect(factsOf('Otieno Ayoo Okumu, who doubles as the ODM\'s outgoing Kisumu branch chairman, said the party was ready.', 'Otieno Ayoo Okumu')).toEqual(chairman('former'));
  });

  it('"will serve as" is an office not yet taken up; "who was the" one over', () => {
    expect(factsOf('Otieno Ayoo Okumu will serve as the ODM\'s Kisumu branch treasurer from January.', 'Otieno Ayoo Okumu')).toEqual({
      roles: ['Treasurer, ODM, incoming'],
      ties: ['Orange Democratic Movement (Treasurer, incoming)'],
    });
    expect(factsOf('Otieno Ayoo Okumu, who was the ODM\'s Kisumu branch chairman until 2019, said the party was ready.', 'Otieno Ayoo Okumu')).toEqual(chairman('former'));
  });

  it('an office only named beside the person is not theirs', () => {
    const none = { roles: [], ties: [] };
    expect(factsOf('Otieno Ayoo Okumu met the ODM\'s Kisumu branch chairman on Monday.', 'Otieno Ayoo Okumu')).toEqual(none);
    expect(factsOf('Otieno Ayoo Okumu criticised the ODM\'s Kisumu branch chairman for the delays.', 'Otieno Ayoo Okumu')).toEqual(none);
    expect(factsOf('Otieno Ayoo Okumu said he was the ODM\'s Kisumu branch chairman\'s choice.', 'Otieno Ayoo Okumu')).toEqual(none);
  });
});

describe('an office of the party after its possessive, in the person\'s own clause', () => {
  it.each([
    ['Okello Ayiecho Sumba is also ODM\'s incoming women\'s league chairperson in Kisumu.', "Women's League Chairperson, ODM, incoming", "Orange Democratic Movement (Women's League Chairperson, incoming)"],
    ['Okello Ayiecho Sumba was named the ODM\'s Secretary-General on Monday.', 'Secretary-General, ODM', 'Orange Democratic Movement (Secretary-General)'],
    ['Okello Ayiecho Sumba, who is also ODM’s youth league chairman, said the committee would meet.', 'Youth League Chairman, ODM', 'Orange Democratic Movement (Youth League Chairman)'],
    ['ODM\'s women\'s league chairperson, Okello Ayiecho Sumba, said the committee would meet.', "Women's League Chairperson, ODM", "Orange Democratic Movement (Women's League Chairperson)"],
  ])('"%s"', (sentence, role, tie) => {
    expect(factsOf(sentence, 'Okello Ayiecho Sumba')).toEqual({ roles: [role], ties: [tie] });
  });

  it('an office of someone else, or one only wanted, is not the person\'s', () => {
    const none = { roles: [], ties: [] };
    expect(factsOf('Okello Ayiecho Sumba is the ODM\'s chairman\'s wife.', 'Okello Ayiecho Sumba')).toEqual(none);
    expect(factsOf('Okello Ayiecho Sumba wants to be the ODM\'s Secretary-General.', 'Okello Ayiecho Sumba')).toEqual(none);
    expect(factsOf('Okello Ayiecho Sumba is ODM\'s chairman Tom Were Ochieng\'s choice for the post.', 'Okello Ayiecho Sumba')).toEqual(none);
  });
});

describe('the chair of a party\'s branch named by its place', () => {
  it.each([
    ['Okello Ayiecho Sumba was on Saturday elected chairman of the ODM\'s Kisumu branch after a tense vote.', ['Chairman, ODM'], ['Orange Democratic Movement (Chairman)']],
    ['Okello Ayiecho Sumba, the former Nyando MP who now chairs ODM\'s Kisumu branch, said the committee would meet.', ['Chairman, ODM', 'MP, Nyando, former'], ['Orange Democratic Movement (Chairman)']],
    ['Okello Ayiecho Sumba, who once chaired the ODM Kisumu branch, said the committee would meet.', ['Chairman, ODM, former'], ['Orange Democratic Movement (Chairman, former)']],
  ])('"%s"', (sentence, roles, ties) => {
    expect(factsOf(sentence, 'Okello Ayiecho Sumba')).toEqual({ roles, ties });
  });

  it('the chair of a branch met, or another\'s, is not the person\'s', () => {
    const none = { roles: [], ties: [] };
    expect(factsOf('Okello Ayiecho Sumba met the chairman of the ODM Kisumu branch on Friday.', 'Okello Ayiecho Sumba')).toEqual(none);
    expect(factsOf('Okello Ayiecho Sumba, an aide to the man who chairs the ODM Kisumu branch, spoke.', 'Okello Ayiecho Sumba')).toEqual(none);
  });
});
