/**
 * Search without a browser: the names a profile is indexed under, which of
 * them other profiles contest, and a search's round trip through the URL.
 */
import { describe, expect, it } from 'vitest';
import { contestedNames, foldName, nameForms, nameWords, spellingVariants, type NamedEntity } from '../../src/search/names';
import { ranking } from '../../src/search/options';
import { pagefindOptions, paramsFromState, resultSummary, stateFromParams, type SearchState } from '../../src/search/state';

describe('foldName', () => {
  it('drops straight, curly and modifier-letter apostrophes', () => {
    expect(["Matiang'i", 'Matiang’i', 'Matiangʼi'].map(foldName)).toEqual(['matiangi', 'matiangi', 'matiangi']);
  });

  it('drops accents and lower-cases', () => {
    expect(foldName('Ruth  Ōmondi')).toBe('ruth omondi');
  });
});

describe('nameWords', () => {
  it('indexes a hyphenated name whole and in parts, as Pagefind does', () => {
    expect(nameWords('Everlyne Rwigi-Mogaka')).toEqual(['everlyne', 'rwigimogaka', 'rwigi', 'mogaka']);
  });
});

describe('nameForms and spellingVariants', () => {
  it('lists the canonical name, the acronym and the aliases once each', () => {
    expect(nameForms({ name: 'Orange Democratic Movement', acronym: 'ODM', aliases: ['ODM', 'Orange'] })).toEqual([
      'Orange Democratic Movement',
      'ODM',
      'Orange',
    ]);
  });

  it('adds the folded spelling only when it differs', () => {
    expect(spellingVariants("Okong'o Moraa")).toEqual(['okongo moraa']);
    expect(spellingVariants('Raila Odinga')).toEqual([]);
  });
});

describe('contestedNames', () => {
  const entity = (key: string, name: string, aliases: string[] = []): NamedEntity => ({ key, name, aliases });
  const contested = contestedNames([
    entity('person:raila-odinga', 'Raila Odinga', ['Odinga', 'Raila']),
    entity('person:oburu-oginga', 'Oburu Oginga', ['Oburu', 'Oburu Odinga']),
    entity('person:tom-wekesa', 'Tom Wekesa'),
    entity('person:tom-wekesa-barasa', 'Tom Wekesa Barasa'),
    entity('person:jane-mwende', 'Jane Mwende'),
    entity('person:janet-mwende', 'Janet Mwende'),
  ]);

  it('marks an alias that is a word of another profile’s names', () => {
    expect(contested.get('person:raila-odinga')).toEqual({ name: undefined, aliases: ['Odinga'] });
  });

  it('marks a canonical name that another name contains', () => {
    expect(contested.get('person:tom-wekesa')?.name).toBe('Tom Wekesa');
    expect(contested.get('person:tom-wekesa-barasa')?.name).toBeUndefined();
  });

  it('matches words by prefix, as Pagefind does: "Jane" is contested by "Janet", not the reverse', () => {
    expect(contested.get('person:jane-mwende')?.name).toBe('Jane Mwende');
    expect(contested.get('person:janet-mwende')?.name).toBeUndefined();
  });

  it('leaves a name nobody else shares alone', () => {
    expect(contested.get('person:oburu-oginga')).toEqual({ name: undefined, aliases: [] });
  });
});

describe('ranking weights', () => {
  it('give a shorter contested name more weight than a longer one, by more than an alias and a body add', () => {
    const weights = ranking.metaWeights as Record<string, number>;
    const tiers = [1, 2, 3, 4].map((words) => weights[`exact_name_${words}`]!);
    for (let i = 0; i + 1 < tiers.length; i++) expect(tiers[i]! - tiers[i + 1]!).toBeGreaterThan(weights.exact_alias! + 4.3);
  });
});

describe('search state in the URL', () => {
  const parties = [{ slug: 'orange-democratic-movement', name: 'Orange Democratic Movement' }];

  it('reads a shared link, ignoring what it does not know', () => {
    const params = new URLSearchParams('q=+odinga+&kind=person&party=orange-democratic-movement&sort=sideways');
    expect(stateFromParams(params, parties)).toEqual({
      q: 'odinga',
      kind: 'person',
      party: 'orange-democratic-movement',
      sort: 'relevance',
    });
  });

  it('accepts a party by name, as older links gave it', () => {
    expect(stateFromParams(new URLSearchParams('party=Orange Democratic Movement'), parties).party).toBe('orange-democratic-movement');
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    const state: SearchState = { q: 'odinga', kind: 'person', sort: 'newest' };
    expect(paramsFromState(state).toString()).toBe('q=odinga&kind=person&sort=newest');
    expect(paramsFromState({ q: '', sort: 'relevance' }).toString()).toBe('');
  });

  it('turns filters and order into Pagefind options, the party by its indexed name', () => {
    const state: SearchState = { q: 'x', kind: 'article', party: 'orange-democratic-movement', sort: 'oldest' };
    expect(pagefindOptions(state, parties)).toEqual({
      filters: { kind: 'article', party: 'Orange Democratic Movement' },
      sort: { date: 'asc' },
    });
  });

  it('sums up the results for the live region', () => {
    expect(resultSummary(1, { q: 'odinga', kind: 'person', sort: 'relevance' })).toBe('1 person for “odinga”');
    expect(resultSummary(3, { q: '', sort: 'newest' }, 'ODM')).toBe('3 dated articles in ODM, newest first');
    expect(resultSummary(0, { q: 'zzz', sort: 'relevance' })).toBe('0 results for “zzz”');
  });
});
