/**
 * Running mates named by an apposition or a verb rather than by "named X as
 * her running mate": "X, Y's running mate,", "X, her running mate,", "X, who
 * is Y's running mate,", "Y's running mate X", "X will deputise Y in the race
 * for …" (the title `Running Mate`, current, as the facts-dev README has it);
 * "X, who was Y's running mate in 2022," is one of a finished race (former).
 * Near misses give no role: speculation ("tipped to be Y's running mate"), a
 * friend of someone's running mate, a year the apposition leaves unsettled,
 * and "will deputise the Speaker during the recess" (no race). Short invented
 * texts, roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const offices = (sentence: string, name: string) =>
  (summarise(analyseCorpus([seed('x.txt', `Headline\n\n${sentence}`)], pack)).people.find((one) => one.name === name)?.roles ?? []).map(
    (role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense ?? 'current'})`,
  );

describe('a running mate named by an apposition or a verb', () => {
  it.each([
    ['"X, Y\'s running mate,"', "In Machakos, Kilonzo Musau Wambua, Mbithi Kioko Nzau's running mate, addressed traders.", 'Kilonzo Musau Wambua', ['Running Mate (current)']],
    ['"X, her running mate,"', 'Kalekye Ndolo Mumo, her running mate, addressed traders.', 'Kalekye Ndolo Mumo', ['Running Mate (current)']],
    ['"X, the running mate,"', 'Syombua Ndunge Kavata, the running mate, toured Mwingi on Sunday.', 'Syombua Ndunge Kavata', ['Running Mate (current)']],
    ['"X, who is Y\'s running mate,"', "Nzau Kaloki Mwikya, who is Ngei Musili Mutuku's running mate, spoke first.", 'Nzau Kaloki Mwikya', ['Running Mate (current)']],
    ['"Y\'s running mate X" with no comma', "Mutua Kimeu Nzioki's running mate Kasiva Mueni Ndila toured Mwingi on Sunday.", 'Kasiva Mueni Ndila', ['Running Mate (current)']],
    ['"X will deputise Y in the race for …"', "Muli Kitonga Mwangangi will deputise Ndeti Wanza Kyalo in the race for the Makueni governor's seat.", 'Muli Kitonga Mwangangi', ['Running Mate (current)']],
    ['"X, who was Y\'s running mate in 2022," (a finished race)', "Kalondu Mwende Muli, who was Mbithi Kioko Nzau's running mate in 2022, now farms in Mwala.", 'Kalondu Mwende Muli', ['Running Mate (former)']],
  ])('%s', (_label, sentence, name, roles) => {
    expect(offices(sentence, name)).toEqual(roles);
  });

  it.each([
    ['speculation: "is tipped to be Y\'s running mate"', "Katee Mwongeli Wanza is tipped to be Mutinda Nzuki Kyalo's running mate.", 'Katee Mwongeli Wanza'],
    ['a friend of someone\'s running mate', "Kimeu Ndaka Musyimi, a friend of Wambui Kioko Nduta's running mate, spoke.", 'Kimeu Ndaka Musyimi'],
    ['a year the apposition leaves unsettled: "X, Y\'s running mate in 2017,"', "Wairimu Kiama Gachoki, Governor Mbuvi Kavita Musila's running mate in 2017, farms in Mwala.", 'Wairimu Kiama Gachoki'],
    ['"will deputise the Speaker during the recess": no race', 'Mwikali Kanini Mbaluka will deputise the Speaker during the recess.', 'Mwikali Kanini Mbaluka'],
    ['the possessor is not the running mate', "Mbithi Kioko Nzau's running mate Kasiva Mueni Ndila toured Mwingi.", 'Mbithi Kioko Nzau'],
  ])('near misses give no running mate: %s', (_label, sentence, name) => {
    expect(offices(sentence, name).filter((role) => role.startsWith('Running Mate'))).toEqual([]);
  });
});
