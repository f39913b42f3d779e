/**
 * The kept join (src/pipeline/resolve/join-memo.ts): after one article
 * changed, the join is what a fresh `joinPeople` makes of the same clusters,
 * whether the last plan was reused (the same people, named as before) or
 * must not be (a short form whose honorific, title or spelling changed).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticlePeople, PersonCluster } from '../../src/pipeline/resolve/article-people';
import { forgetJoin, keptJoin } from '../../src/pipeline/resolve/join-memo';
import { joinPeople, type JoinOrders } from '../../src/pipeline/resolve/people';
import { Collation } from '../../src/pipeline/collation';
import type { Mention } from '../../src/pipeline/types';

const orders = (): JoinOrders => ({ names: new Collation(), sources: new Collation() });

function named(name: string, sentence: string, extra: Partial<Mention> = {}): Mention {
  return { kind: 'person', name, surface: name, offset: 0, place: { paragraph: 0, sentence }, evidence: 1, ...extra };
}

function cluster(source: string, mentions: Mention[]): PersonCluster {
  return { source, words: (mentions[0] as Mention).name.toLowerCase().split(' '), mentions };
}

const article = (...clusters: PersonCluster[]): ArticlePeople => ({ clusters, ambiguous: [], leftovers: [] });

/** A corpus of three articles; the third names "Kamau" with the honorific and sentence given. */
function corpus(third: { honorific: string; sentence: string; name?: string }): ArticlePeople[] {
  return [
    article(cluster('a.txt', [named('John Kamau', 'Mr John Kamau spoke.', { honorific: 'Mr' })]), cluster('a.txt', [named('Otieno', 'Otieno left.')])),
    article(cluster('b.txt', [named('Grace Wanjiru', 'Grace Wanjiru said so.')])),
    article(cluster('c.txt', [named(third.name ?? 'Kamau', third.sentence, { honorific: third.honorific })]), cluster('c.txt', [named('Odhiambo', 'Odhiambo agreed.')])),
  ];
}

const fresh = (articles: ArticlePeople[]) => joinPeople(articles, [], orders());

describe('the kept join', () => {
  beforeEach(() => forgetJoin());

  it('reuses the last plan when an edit names the same people as before, and writes again only the changed notes', () => {
    const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
    const before = keptJoin(one, [], orders());
    // Unchanged articles hand back the same clusters (resolve's memo keeps them); the edited one new ones.
    const two = [one[0], one[1], corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived on time.' })[2]] as ArticlePeople[];
    const after = keptJoin(two, [], orders());
    expect(after).toEqual(fresh(two));
    // "Otieno" (a.txt, unchanged) keeps its note object; "Odhiambo" (c.txt, edited) gets a new one.
    const note = (review: typeof after.review, name: string) => review.find((item) => item.names[0] === name);
    expect(note(after.review, 'Otieno')).toBe(note(before.review, 'Otieno'));
    expect(note(after.review, 'Odhiambo')).not.toBe(note(before.review, 'Odhiambo'));
    expect(note(after.review, 'Odhiambo')).toEqual(note(before.review, 'Odhiambo'));
    expect(after.groups[0]).not.toBe(before.groups[0]);
    const kamau = after.groups.find((group) => group.words.join(' ') === 'john kamau');
    expect(kamau?.clusters.map((item) => item.mentions[0]?.place.sentence)).toContain('Mr Kamau arrived on time.');
  });

  it('joins afresh when a short form takes another honorific', () => {
    const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
    const joined = keptJoin(one, [], orders());
    expect(joined.groups.find((group) => group.words.join(' ') === 'john kamau')?.clusters).toHaveLength(2);
    // "Mrs Kamau" cannot be Mr John Kamau: her own group, and a note.
    const two = corpus({ honorific: 'Mrs', sentence: 'Mrs Kamau arrived.' });
    two[0] = one[0] as ArticlePeople;
    two[1] = one[1] as ArticlePeople;
    const after = keptJoin(two, [], orders());
    expect(after).toEqual(fresh(two));
    expect(after.groups.find((group) => group.words.join(' ') === 'john kamau')?.clusters).toHaveLength(1);
  });

  it('joins afresh when a name is spelled anew', () => {
    const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
    keptJoin(one, [], orders());
    const two = corpus({ honorific: 'Mr', sentence: 'Mr Kamao arrived.', name: 'Kamao' });
    two[0] = one[0] as ArticlePeople;
    two[1] = one[1] as ArticlePeople;
    const after = keptJoin(two, [], orders());
    expect(after).toEqual(fresh(two));
    expect(after.review.some((note) => note.names[0] === 'Kamao')).toBe(true);
  });

  it('joins afresh when the editor keeps two names apart', () => {
    const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
    keptJoin(one, [], orders());
    const apart = [['Kamau', 'John Kamau']];
    expect(keptJoin(one, apart, orders())).toEqual(joinPeople(one, apart, orders()));
  });
});
