/**
 * A party's ties as a picture (src/site/party-ties.ts): people grouped by
 * relation, then coalitions, one row per name, the rest counted.
 */
import { describe, expect, it } from 'vitest';
import { elbow, groupTies, tieTree, type PartyTies } from '../../src/site/party-ties';
import { fixtureText } from './helpers';

const party = JSON.parse(fixtureText('graph', 'party.json')) as PartyTies;

describe('groups', () => {
  it('puts people first, by relation with plain members last, then coalitions; each name once, by name', () => {
    expect(groupTies(party).map((group) => [group.kind, group.relation, group.members.map((member) => member.name)])).toEqual([
      ['person', 'leader', ['Amina Wekesa']],
      ['person', 'Secretary-General', ['Baraka Otieno']],
      ['person', 'member', ['Amina Wekesa', 'Tom Barasa', 'Zawadi Chepkoech']],
      ['party', 'member of', ["The Very Long Named People's Democratic Front"]],
    ]);
  });

  it('is empty for a party tied to no one', () => {
    expect(groupTies({ ...party, people: [], coalitions: [] })).toEqual([]);
  });
});

describe('the tree', () => {
  const groups = groupTies(party);

  it('gives each name a row, in order, and centres each group on its rows', () => {
    const tree = tieTree(party, groups);
    const rows = tree.groups.flatMap((group) => group.rows);
    expect(rows.map((row) => (row.type === 'member' ? row.name : row.count))).toEqual([
      'Amina Wekesa',
      'Baraka Otieno',
      'Amina Wekesa',
      'Tom Barasa',
      'Zawadi Chepkoech',
      "The Very Long Named People's Democratic Front",
    ]);
    const ys = rows.map((row) => row.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const group of tree.groups) {
      expect(group.y).toBe((group.rows[0]!.y + group.rows[group.rows.length - 1]!.y) / 2);
    }
    expect(Math.max(...ys)).toBeLessThan(tree.height);
    expect(tree.root).toMatchObject({ label: 'UPA', y: tree.height / 2 });
  });

  it('draws at most `perGroup` names a group and counts the rest', () => {
    const tree = tieTree(party, groups, { perGroup: 2 });
    const members = tree.groups.find((group) => group.relation === 'member')!;
    expect(members.size).toBe(3);
    expect(members.rows.map((row) => row.type)).toEqual(['member', 'member', 'more']);
    expect(members.rows[2]).toMatchObject({ type: 'more', count: 1 });
  });

  it('draws a smooth line that leaves and arrives level', () => {
    expect(elbow({ x: 0, y: 0 }, { x: 100, y: 50 })).toBe('M0 0C50 0 50 50 100 50');
  });
});
