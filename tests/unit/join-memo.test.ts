/**
 * The kept join (src/pipeline/resolve/join-memo.ts): after one article
 * changed, the join is what a fresh `joinPeople` makes of the same clusters,
 * whether the last plan was reused (the same people, named as before) or
 * must not be (a short form whose honorific, title or spelling changed).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticlePeople, PersonCluster } from '../../src/pipeline/resolve/article-people';
import { forgetJoin, keptJoin } from '../../src/pipeline/resolve/join-memo';
import { joinPeople, type JoinOrders, type ReviewNote } from '../../src/pipeline/resolve/people';
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

  describe('a save that names someone new', () => {
    /** The corpus with `extra` clusters added to the second article, after its own. */
    const adding = (one: ArticlePeople[], ...extra: PersonCluster[]): ArticlePeople[] => [one[0], article(...(one[1] as ArticlePeople).clusters, ...extra), one[2]] as ArticlePeople[];
    const note = (review: ReviewNote[], name: string) => review.find((item) => item.names[0] === name);

    it('places a name that no other name stands for, or is stood for by, in the last plan', () => {
      const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
      const before = keptJoin(one, [], orders());
      const two = adding(one, cluster('b.txt', [named('Zawadi Nekesa Olumbe', 'Zawadi Nekesa Olumbe spoke.')]));
      const after = keptJoin(two, [], orders());
      expect(after).toEqual(fresh(two));
      // Placed, not joined again: the notes of unchanged clusters are the same objects.
      expect(note(after.review, 'Otieno')).toBe(note(before.review, 'Otieno'));
      expect(note(after.review, 'Odhiambo')).toBe(note(before.review, 'Odhiambo'));
      // A lone word no name holds is a title-only note of its own, in its turn.
      const three = adding(two, cluster('b.txt', [named('Achieng', 'Achieng spoke.')]));
      const third = keptJoin(three, [], orders());
      expect(third).toEqual(fresh(three));
      expect(note(third.review, 'Otieno')).toBe(note(before.review, 'Otieno'));
      expect(note(third.review, 'Achieng')?.kind).toBe('title-only');
    });

    it('places a name that shares a word with others when neither stands for the other', () => {
      const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
      const before = keptJoin(one, [], orders());
      // "Grace Akinyi" and "Grace Wanjiru": same first name, neither a short form of the other.
      const two = adding(one, cluster('b.txt', [named('Grace Akinyi', 'Grace Akinyi spoke.')]));
      const after = keptJoin(two, [], orders());
      expect(after).toEqual(fresh(two));
      expect(note(after.review, 'Otieno')).toBe(note(before.review, 'Otieno'));
    });

    it('joins afresh when the new name joins someone: a surname alone, a first and last name', () => {
      for (const name of ['Wanjiru', 'Grace Wanjiru', 'John Kamau']) {
        forgetJoin();
        const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
        const before = keptJoin(one, [], orders());
        const two = adding(one, cluster('b.txt', [named(name, `${name} spoke.`)]));
        const after = keptJoin(two, [], orders());
        expect(after).toEqual(fresh(two));
        expect(note(after.review, 'Otieno')).not.toBe(note(before.review, 'Otieno'));
      }
    });

    it('joins afresh when a shorter name could stand for the new one: a re-spelling that makes "Kamau" ambiguous', () => {
      const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
      keptJoin(one, [], orders());
      const two = adding(one, cluster('b.txt', [named('Jon Kamau', 'Jon Kamau spoke.')]));
      const after = keptJoin(two, [], orders());
      expect(after).toEqual(fresh(two));
      expect(note(after.review, 'Kamau')?.kind).toBe('ambiguous-short-form');
    });

    it('joins afresh when a new name stands for a longer one, and when two new names share a word', () => {
      const one = corpus({ honorific: 'Mr', sentence: 'Mr Kamau arrived.' });
      keptJoin(one, [], orders());
      const two = adding(one, cluster('b.txt', [named('John', 'John spoke.')]));
      expect(keptJoin(two, [], orders())).toEqual(fresh(two));
      const three = adding(two, cluster('b.txt', [named('Halima Wario Dida', 'Halima Wario Dida spoke.')]), cluster('b.txt', [named('Dida', 'Dida spoke.')]));
      expect(keptJoin(three, [], orders())).toEqual(fresh(three));
    });

    it('equals a fresh join for new names of every kind, placed or not, in corpora with ambiguous short forms', () => {
      // A small pool of words, so that names share them, short forms are ambiguous and notes have candidates.
      const pool = ['amina', 'baraka', 'chege', 'duba', 'ekai', 'faraji', 'gitau'];
      let seed = 7;
      const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
      const title = (word: string) => word[0]?.toUpperCase() + word.slice(1);
      const someName = () => Array.from({ length: 1 + next(3) }, () => title(pool[next(pool.length)] as string)).join(' ');
      const honorifics = [undefined, 'Mr', 'Mrs'];
      const someCluster = (source: string) => {
        const name = someName();
        return cluster(source, [named(name, `${name} spoke.`, { honorific: honorifics[next(3)] })]);
      };
      for (let round = 0; round < 60; round++) {
        forgetJoin();
        const one = Array.from({ length: 6 }, (_, at) => article(...Array.from({ length: 1 + next(4) }, () => someCluster(`${at}.txt`))));
        keptJoin(one, [], orders());
        const into = next(one.length);
        // A name of new words, one sharing a word, a lone new word, and sometimes one more name of the pool.
        const news = [`Zuberi Yego ${round}`, `Zuberi ${title(pool[next(pool.length)] as string)}`, 'Kiprop', `${title(pool[next(pool.length)] as string)} Yego Zuberi`];
        const added = [cluster(`${into}.txt`, [named(news[next(news.length)] as string, 'Zuberi spoke.')]), ...(next(3) === 0 ? [someCluster(`${into}.txt`)] : [])];
        const two = one.map((item, at) => (at === into ? article(...item.clusters.slice(0, 1), ...added, ...item.clusters.slice(1)) : item));
        expect(keptJoin(two, [], orders())).toEqual(fresh(two));
      }
    });
  });
});
