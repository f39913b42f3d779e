/**
 * The articles' slug plan kept between ingests of one process
 * (src/pipeline/article-slug-memo.ts): an edited article keeps its row, which
 * records its new hash, when its old and new texts claim no other row; else
 * the articles are planned afresh. Always what a plan that keeps nothing gives.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetArticleSlugs } from '../../src/pipeline/article-slug-memo';
import { planSlugs } from '../../src/pipeline/slugs';
import type { Registry } from '../../src/pipeline/registry';
import type { Article } from '../../src/pipeline/types';

const article = (source: string, title: string, hash: string): Article => ({ source, title, titleDerived: false, paragraphs: [title], hash });

/** A registry that knows a.txt (as published) and an old text of a file since removed; not b.txt, which is new since. */
const registry = (): Registry => ({
  version: 1,
  person: [],
  party: [],
  article: [
    { slug: 'ruto-speaks', status: 'live', names: ['Ruto speaks'], source: 'a.txt', hash: 'h-a1' },
    { slug: 'an-old-story', status: 'gone', names: ['An old story'], source: 'old.txt', hash: 'h-old' },
  ],
});
const corpus = (a = 'h-a1', b = 'h-b1', title = 'Odinga replies') => [article('a.txt', 'Ruto speaks', a), article('b.txt', title, b)];
const kept = (articles: Article[], rows: Registry) => planSlugs([], articles, rows, { keep: true });
const fresh = (articles: Article[]) => planSlugs([], articles, registry());
const row = (plan: ReturnType<typeof kept>, source: string) => plan.registry.article.find((one) => one.source === source);

describe('the kept articles\' slug plan', () => {
  beforeEach(() => forgetArticleSlugs());

  it('keeps the plan when an article new to the registry, or one it knows by that text, is edited: its row records the new hash', () => {
    const rows = registry();
    const before = kept(corpus(), rows);
    const editedNew = corpus('h-a1', 'h-b2');
    const after = kept(editedNew, rows);
    expect(after).toEqual(fresh(editedNew));
    expect(row(after, 'b.txt')?.hash).toBe('h-b2');
    expect(row(after, 'a.txt')).toBe(row(before, 'a.txt'));
    const editedKnown = corpus('h-a2', 'h-b2');
    const again = kept(editedKnown, rows);
    expect(again).toEqual(fresh(editedKnown));
    expect(again.articles.get('a.txt')).toBe('ruto-speaks');
    expect(row(again, 'a.txt')?.hash).toBe('h-a2');
    expect(row(again, 'b.txt')).toBe(row(after, 'b.txt'));
  });

  it('plans afresh when an edit gives an article the text of a row the registry knows, or a new title', () => {
    const rows = registry();
    const before = kept(corpus(), rows);
    // b.txt now holds the removed file's old text: it takes that row, and its slug.
    const oldText = corpus('h-a1', 'h-old');
    const after = kept(oldText, rows);
    expect(after).toEqual(fresh(oldText));
    expect(after.articles.get('b.txt')).toBe('an-old-story');
    expect(row(after, 'a.txt')).not.toBe(row(before, 'a.txt'));
    const retitled = corpus('h-a1', 'h-b3', 'Odinga replies again');
    expect(kept(retitled, rows)).toEqual(fresh(retitled));
  });
});
