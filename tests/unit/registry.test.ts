/**
 * Stable addresses across builds: the slug registry carries every slug ever
 * issued from one build to the next, so renames, merges, clashes and removals
 * never break a published address.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus, publishCorpus } from '../../src/pipeline/corpus';
import { parseEditorial } from '../../src/pipeline/editorial/index';
import { loadPack } from '../../src/pipeline/ingest';
import { EMPTY_REGISTRY, parseRegistry, serializeRegistry, type Registry } from '../../src/pipeline/registry';
import { planSlugs } from '../../src/pipeline/slugs';
import type { Entity, SeedFile } from '../../src/pipeline/types';
import { seed } from './helpers';

const pack = await loadPack();

const talks = seed('talks.txt', 'Kitui Senator Jane Mwende Kilonzi met Nyeri governor Peter Kamau Mwangi on Monday.');
const rally = seed('rally.txt', 'Lurambi MP Joseph Wafula Mukhwana addressed a rally in Shinyalu on Sunday.');

/** One build: the published slugs, what was retired, and the registry it leaves. */
function build(files: SeedFile[], registry: Registry, editorial = '') {
  const parsed = parseEditorial(editorial, 'editorial.yaml');
  if (!parsed.ok) throw new Error('bad editorial fixture');
  const publication = publishCorpus(analyseCorpus(files, pack, parsed.editorial), '/', registry);
  return {
    people: publication.entries.people.map((person) => person.slug),
    retired: publication.entries.retired
      .filter((row) => row.kind === 'person')
      .map(({ slug, target }) => (target ? `${slug} → ${target}` : `${slug} (gone)`)),
    retiredArticles: publication.entries.retired.filter((row) => row.kind === 'article').map((row) => row.slug),
    articles: publication.entries.articles.map((article) => article.slug),
    registry: publication.registry,
  };
}

function person(id: string, name: string, role: { title: string; organisation: string }): Entity {
  return {
    id,
    kind: 'person',
    name,
    aliases: [],
    acronym: null,
    roles: [{ ...role, evidence: { source: 'x.txt', sentence: 'x' } }],
    ties: [],
    quotes: [],
    coalitions: [],
    mentions: new Map(),
  };
}

const slugsOf = (registry: Registry) => [...registry.person, ...registry.party, ...registry.article].map((row) => row.slug).sort();

describe('entities', () => {
  const first = build([talks], EMPTY_REGISTRY);

  it('get their name’s slug on the first build', () => {
    expect(first.people).toEqual(['jane-mwende-kilonzi', 'peter-kamau-mwangi']);
  });

  it('keep their slugs when articles are added', () => {
    expect(build([talks, rally], first.registry).people).toEqual(['jane-mwende-kilonzi', 'joseph-wafula-mukhwana', 'peter-kamau-mwangi']);
  });

  it('keep their address when renamed, since the old name stays an alias', () => {
    const renamed = build([talks], first.registry, 'entities:\n  - name: Jane Kilonzi\n    same_as: [Jane Mwende Kilonzi]\n');
    expect(renamed.people).toEqual(['jane-mwende-kilonzi', 'peter-kamau-mwangi']);
    expect(renamed.retired).toEqual([]);
  });

  it('get their full name’s address when a surname alone is given its full name, and the old one redirects', () => {
    const titleOnly = seed('title-only.txt', 'Senator Wambui spoke on Friday.');
    const before = build([titleOnly], EMPTY_REGISTRY);
    const named = build([titleOnly], before.registry, 'entities:\n  - name: Grace Wambui Njoroge\n    same_as: [Wambui]\n');
    expect([before.people, named.people, named.retired]).toEqual([['wambui'], ['grace-wambui-njoroge'], ['wambui → grace-wambui-njoroge']]);
  });

  it('keep one page when merged, and the other address redirects to it', () => {
    const merged = build([talks], first.registry, 'entities:\n  - name: Peter Kamau Mwangi\n    same_as: [Jane Mwende Kilonzi]\n');
    expect(merged.people).toEqual(['peter-kamau-mwangi']);
    expect(merged.retired).toEqual(['jane-mwende-kilonzi → peter-kamau-mwangi']);
  });

  it('get their old address back when a merge is undone', () => {
    const merged = build([talks], first.registry, 'entities:\n  - name: Peter Kamau Mwangi\n    same_as: [Jane Mwende Kilonzi]\n');
    const undone = build([talks], merged.registry);
    expect(undone.people).toEqual(['jane-mwende-kilonzi', 'peter-kamau-mwangi']);
    expect(undone.retired).toEqual([]);
  });

  it('keep their address when a rename is reverted', () => {
    const renamed = build([talks], first.registry, 'entities:\n  - name: Jane Kilonzi\n    same_as: [Jane Mwende Kilonzi]\n');
    const reverted = build([talks], renamed.registry);
    expect(reverted.people).toEqual(['jane-mwende-kilonzi', 'peter-kamau-mwangi']);
    expect(reverted.retired).toEqual([]);
  });

  it('keep their address when their canonical name grows but the old one is still an alias', () => {
    const longer = build([talks, seed('more.txt', 'Senator Jane Mwende Wavinya Kilonzi spoke on Friday.')], first.registry, 'entities:\n  - name: Jane Mwende Wavinya Kilonzi\n    same_as: [Jane Mwende Kilonzi]\n');
    expect(longer.people).toEqual(['jane-mwende-kilonzi', 'peter-kamau-mwangi']);
  });

  it('leave a "gone" address when no article names them any more, and get it back when one does', () => {
    const both = build([talks, rally], first.registry);
    const without = build([talks], both.registry);
    expect(without.retired).toEqual(['joseph-wafula-mukhwana (gone)']);
    expect(build([talks, rally], without.registry).people).toContain('joseph-wafula-mukhwana');
  });

  it('settle a clash once: the first keeps the bare slug, the newcomer is qualified by its role', () => {
    // Two people the editor keeps apart, whose names make the same slug.
    const jane = person('person:jane kilonzi', 'Jane Kilonzi', { title: 'Senator', organisation: 'Kitui' });
    const namesake = person('person:jane kilonzi (makueni)', 'Jane Kilonzi', { title: 'MCA', organisation: 'Makueni' });
    const first = planSlugs([jane], []);
    const later = planSlugs([namesake, jane], [], first.registry);
    expect(Object.fromEntries(later.entities)).toEqual({ 'person:jane kilonzi': 'jane-kilonzi', 'person:jane kilonzi (makueni)': 'jane-kilonzi-makueni' });
    // Whatever order they come in afterwards, each keeps what it was given.
    expect(Object.fromEntries(planSlugs([jane, namesake], [], later.registry).entities)).toEqual(Object.fromEntries(later.entities));
  });
});

describe('articles', () => {
  const first = build([talks, rally], EMPTY_REGISTRY);

  it('keep their slug when the file is renamed', () => {
    const renamed = seed('renamed.txt', new TextDecoder().decode(talks.bytes));
    expect(build([renamed, rally], first.registry).articles).toEqual(first.articles);
  });

  it('keep their slug when the text is edited under the same file name', () => {
    const edited = seed('talks.txt', 'Kitui Senator Jane Mwende Kilonzi met Nyeri governor Peter Kamau Mwangi on Tuesday instead.');
    expect(build([edited, rally], first.registry).articles).toEqual(first.articles);
  });

  it('leave a "gone" address when removed', () => {
    expect(build([rally], first.registry).retiredArticles).toEqual([first.articles[1]]);
  });
});

describe('the registry', () => {
  it('only grows: every slug issued stays a row', () => {
    let registry = EMPTY_REGISTRY;
    const seen = new Set<string>();
    for (const [files, editorial] of [
      [[talks, rally], ''],
      [[talks], 'entities:\n  - name: Peter Kamau Mwangi\n    same_as: [Jane Mwende Kilonzi]\n'],
      [[rally], ''],
    ] as const) {
      registry = build([...files], registry, editorial).registry;
      for (const slug of seen) expect(slugsOf(registry)).toContain(slug);
      for (const slug of slugsOf(registry)) seen.add(slug);
    }
  });

  it('round-trips through its file, sorted and one row per line', () => {
    const { registry } = build([talks, rally], EMPTY_REGISTRY);
    const text = serializeRegistry(registry);
    expect(parseRegistry(text, 'slugs.lock.json')).toEqual(parseRegistry(serializeRegistry(parseRegistry(text, 'x')), 'x'));
    expect(text.split('\n').filter((line) => line.includes('"slug"'))).toHaveLength(slugsOf(registry).length);
  });

  it('says how to recover from a damaged file', () => {
    expect(() => parseRegistry('{ nope', 'slugs.lock.json')).toThrow(/^slugs\.lock\.json is not valid JSON .*restore it from version control$/);
    expect(() => parseRegistry('{"version": 2}', 'slugs.lock.json')).toThrow('slugs.lock.json is not a slug registry of version 1; restore it from version control');
  });
});
