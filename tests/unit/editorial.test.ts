/**
 * The editorial file: every kind of entry changes the corpus as documented,
 * and every kind of mistake is one sentence naming the file and the line.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { EMPTY_EDITORIAL, parseEditorial, settleReview, type EditorialFile } from '../../src/pipeline/editorial/index';
import type { ReviewNote } from '../../src/pipeline/resolve/index';
import { settlementsOf } from '../../src/pipeline/review-items';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { fixtureSeed, fixtureText } from './helpers';

const pack = await loadPack();
const corpus = ['a-coalition-talks.txt', 'b-brothers.txt', 'c-title-only.txt'].map((name) => fixtureSeed('corpus', name));

function editorial(name: string): EditorialFile {
  const parsed = parseEditorial(fixtureText('editorial', name), name);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return parsed.editorial;
}

function messages(name: string): string[] {
  const parsed = parseEditorial(fixtureText('editorial', name), name);
  if (parsed.ok) return analyseCorpus(corpus, pack, parsed.editorial).editorialWarnings.map((problem) => problem.message);
  return parsed.problems.map((problem) => problem.message);
}

describe('entries', () => {
  const report = summarise(analyseCorpus(corpus, pack, editorial('valid.yaml')));
  const person = (name: string) => report.people.find((one) => one.name === name);

  it('renames an entity and keeps its old name as an alias', () => {
    expect(person('Jane Kilonzi')?.aliases).toEqual(['Jane Mwende Kilonzi', 'Kilonzi', 'Mama Kitui']);
    expect(person('Jane Mwende Kilonzi')).toBeUndefined();
  });

  it('merges two entities into one, with the mentions of both', () => {
    expect(person('Omollo Atieno')).toMatchObject({ aliases: ['Chebet Kiprop'], mentions: 2 });
    expect(person('Chebet Kiprop')).toBeUndefined();
  });

  it('adds a party tie without evidence, a description and a Wikidata id', () => {
    const analysis = analyseCorpus(corpus, pack, editorial('valid.yaml'));
    const jane = analysis.resolution.entities.find((entity) => entity.name === 'Jane Kilonzi');
    expect(jane).toMatchObject({ description: 'Senator for Kitui County.', wikidata: 'Q123456' });
    expect(jane?.ties).toContainEqual({ party: 'party:democratic renewal party', relation: 'patron' });
  });

  it('drops a name the editor says is no entity', () => {
    expect(person('Abdi Hassan Noor')).toBeUndefined();
  });

  it('renames a party, found by its short form', () => {
    expect(report.parties.map((party) => party.name)).toContain('Umoja');
  });
});

describe('stale entries: warnings and review items, never a stop', () => {
  it('names an entity that is not in the articles', () => {
    expect(messages('unknown-entity.yaml')).toEqual(['unknown-entity.yaml:2 names no person or party found in the articles: “Nobody Atall”, “Nobody”; the entry is skipped']);
  });

  it('asks "did you mean" for a typo and for a name written surname first', () => {
    expect(messages('typo.yaml')).toEqual([
      'typo.yaml:3 names no person or party found in the articles: “Omollo Atieon” (“Omollo Atieon”: did you mean “Omollo Atieno”?); the entry is skipped',
      'typo.yaml:6 names no person or party found in the articles: “Atieno Omollo”, “Atieno” (“Atieno Omollo”: did you mean “Omollo Atieno”?); the entry is skipped',
    ]);
  });

  it('puts each stale entry on the review page, with a way to keep it', () => {
    const analysis = analyseCorpus(corpus, pack, editorial('unknown-entity.yaml'));
    const note = analysis.resolution.review.find((item) => item.kind === 'stale-editorial');
    expect(note).toMatchObject({ names: ['Nobody Atall'], fixes: ['confirmed: [Nobody Atall]'] });
    expect(note?.message).toMatch(/^Stale: unknown-entity\.yaml:2 matches nothing in the articles/);
  });

  it('says nothing of a stale entry the editor has confirmed', () => {
    const parsed = parseEditorial(`${fixtureText('editorial', 'unknown-entity.yaml')}confirmed: [Nobody Atall]\n`, 'kept.yaml');
    if (!parsed.ok) throw new Error('the fixture should parse');
    const analysis = analyseCorpus(corpus, pack, parsed.editorial);
    expect(analysis.editorialWarnings).toEqual([]);
    expect(analysis.resolution.review.some((item) => item.kind === 'stale-editorial')).toBe(false);
  });

  it('ties a person to a party that is not in the articles', () => {
    expect(messages('unknown-party.yaml')).toEqual([
      'unknown-party.yaml:2 ties “Omollo Atieno” to “Imaginary Party”, but no party of that name is found in the articles; the tie is skipped',
    ]);
  });
});

describe('confirmed', () => {
  it('settles the review items of confirmed names for good, and counts them as settled', () => {
    const before = analyseCorpus(corpus, pack);
    const after = analyseCorpus(corpus, pack, editorial('confirmed.yaml'));
    const open = (analysis: typeof before) => analysis.resolution.review.map((item) => `${item.kind} ${item.names.join()}`);
    expect(open(before)).toEqual(expect.arrayContaining(['weak-evidence Chebet Kiprop', 'title-only Otieno']));
    expect(open(after)).not.toContain('weak-evidence Chebet Kiprop');
    expect(open(after)).not.toContain('title-only Otieno');
    expect(open(after)).toContain('weak-evidence Omollo Atieno');
    expect(after.settled.map((item) => `${item.kind} ${item.names.join()}`).sort()).toEqual(['title-only Otieno', 'weak-evidence Chebet Kiprop']);
  });
});

describe('mistakes', () => {

  it('merges a name into itself', () => {
    expect(messages('self-merge.yaml')).toEqual(['self-merge.yaml:2 merges “Omollo Atieno” into itself']);
  });

  it('makes a loop of merges', () => {
    expect(messages('merge-loop.yaml')[0]).toMatch(/^merge-loop\.yaml:2 “Omollo Atieno” is merged into “Chebet Kiprop” \(line 4\)/);
  });

  it('merges one name into two entities', () => {
    expect(messages('merged-twice.yaml')).toEqual(['merged-twice.yaml:4 merges “Chebet Kiprop” into “Abdi Hassan Noor”, but line 2 already merges it into “Omollo Atieno”']);
  });

  it('is not valid YAML: one slip, one message', () => {
    const found = messages('bad-yaml.yaml');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^bad-yaml\.yaml:3 is not valid YAML: /);
  });

  it('suggests the key an unknown one misspells', () => {
    expect(messages('unknown-key.yaml')).toEqual([
      'unknown-key.yaml:3 `entities[0]` has unknown key `descripton` (did you mean `description`?); allowed here: `name`, `same_as`, `aliases`, `kind`, `wikidata`, `description`, `parties`',
      'unknown-key.yaml:4 the file has unknown key `not_entity` (did you mean `not_entities`?); allowed here: `entities`, `not_entities`, `keep_apart`, `confirmed`',
    ]);
  });

  it('has values of the wrong type, a missing name and an unknown key, each on its line', () => {
    expect(messages('wrong-types.yaml')).toEqual([
      'wrong-types.yaml:3 `entities[0].same_as` must be a list, not text',
      'wrong-types.yaml:4 `entities[0].wikidata` must be text, not a number',
      'wrong-types.yaml:5 `entities[1].name` is required',
      'wrong-types.yaml:6 `not_entities` must be a list, not a mapping',
      'wrong-types.yaml:7 the file has unknown key `colour`; allowed here: `entities`, `not_entities`, `keep_apart`, `confirmed`',
    ]);
  });

});

describe('confirmed by id', () => {
  const note = (kind: ReviewNote['kind'], names: string[]): ReviewNote => ({ kind, message: kind, names, sources: [], evidence: [], fixes: [] });
  const heldBack = note('held-back-fact', ['Amina Wekesa', 'Umoja Progressive Alliance']);
  const weak = note('weak-evidence', ['Amina Wekesa']);
  const settle = (confirmed: string[]) => settleReview([heldBack, weak], { ...EMPTY_EDITORIAL, confirmed });

  it('settles a held-back fact by its id alone, leaving other items about the same person open', () => {
    expect(settlementsOf(heldBack).map((offer) => offer.yaml)).toEqual(['confirmed: [held-back-fact-amina-wekesa-umoja-progressive-alliance]']);
    expect(settle(['held-back-fact-amina-wekesa-umoja-progressive-alliance'])).toEqual({ open: [weak], settled: [heldBack] });
  });

  it('does not settle a held-back fact by the names it mentions', () => {
    expect(settle(['Amina Wekesa', 'Umoja Progressive Alliance'])).toEqual({ open: [heldBack], settled: [weak] });
  });
});
