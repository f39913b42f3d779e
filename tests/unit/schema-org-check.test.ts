/**
 * The JSON-LD checker the end-to-end tests rely on (tests/support/schema-org.ts):
 * it must reject what schema.org does not have, or else a passing check would
 * prove nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkJsonLd, loadVocabulary, type Vocabulary } from '../support/schema-org';

let vocabulary: Vocabulary;
beforeAll(async () => {
  vocabulary = await loadVocabulary();
});

const page = 'https://example.org/people/amina-wekesa/';
const check = (node: Record<string, unknown>) => checkJsonLd({ '@context': 'https://schema.org', '@graph': [node] }, vocabulary);

describe('checkJsonLd', () => {
  it('accepts a person with a party, a job title, another name and a Wikidata link', () => {
    expect(
      check({
        '@type': 'Person',
        '@id': `${page}#person`,
        name: 'Amina Wekesa',
        alternateName: ['Mama Amina'],
        jobTitle: 'Woman Representative',
        affiliation: { '@type': 'PoliticalParty', name: 'UPA' },
        sameAs: 'https://www.wikidata.org/wiki/Q123456',
        url: page,
      }),
    ).toEqual([]);
  });

  it('rejects a type schema.org does not have', () => {
    expect(check({ '@type': 'Politician', name: 'x' })).toEqual(["$['@graph'][0]: \"Politician\" is not a schema.org type"]);
  });

  it('rejects a data type used as a node type', () => {
    expect(check({ '@type': 'Text' })).toHaveLength(1);
  });

  it('rejects a property schema.org does not have', () => {
    expect(check({ '@type': 'Person', party: 'UPA' })).toEqual([expect.stringContaining('"party" is not a schema.org property')]);
  });

  it('rejects a property on a type it does not apply to', () => {
    expect(check({ '@type': 'Person', headline: 'x' })).toEqual([expect.stringContaining('"headline" does not apply to Person')]);
  });

  it('rejects a string where only things are expected', () => {
    expect(check({ '@type': 'Person', affiliation: 'UPA' })).toEqual([expect.stringContaining('a string where the property expects Organization')]);
  });

  it('rejects a node of the wrong class', () => {
    expect(check({ '@type': 'Person', affiliation: { '@type': 'Person', name: 'x' } })).toEqual([
      expect.stringContaining('a Person where the property expects Organization'),
    ]);
  });

  it('rejects a relative URL, a date that is not ISO and a number where text is expected', () => {
    expect(check({ '@type': 'NewsArticle', url: '/articles/x/', datePublished: '5 March 2024', headline: 5 })).toHaveLength(3);
  });

  it('rejects a superseded term', () => {
    expect(check({ '@type': 'Person', name: 'x', memberOf: { '@type': 'Organization', name: 'y' }, colleagues: { '@type': 'Person', name: 'z' } })).toEqual([
      expect.stringContaining('"colleagues" is superseded'),
    ]);
  });

  describe('the Role pattern', () => {
    const party = { '@type': 'PoliticalParty', name: 'UPA' };
    const person = (memberOf: Record<string, unknown>) => ({ '@type': 'Person', name: 'Amina Wekesa', memberOf });

    it('accepts a Role in place of a value, holding it under the same property', () => {
      expect(check(person({ '@type': 'OrganizationRole', memberOf: party, roleName: 'Chairperson', startDate: '2022-08-09' }))).toEqual([]);
      expect(check({ '@type': 'Person', hasOccupation: { '@type': 'Role', hasOccupation: { '@type': 'Occupation', name: 'Senator' }, roleName: 'Senator' } })).toEqual([]);
    });

    it('still checks the value the Role holds', () => {
      expect(check(person({ '@type': 'OrganizationRole', memberOf: { '@type': 'Place', name: 'Nakuru' } }))).toEqual([
        expect.stringContaining('a Place where the property expects'),
      ]);
    });

    it('rejects a Role that does not hold the value it stands for', () => {
      expect(check(person({ '@type': 'OrganizationRole', roleName: 'Chairperson' }))).toEqual([expect.stringContaining('must hold its value under "memberOf"')]);
    });

    it('rejects what a Role does not have', () => {
      expect(check(person({ '@type': 'OrganizationRole', memberOf: party, headline: 'x', startDate: 'last year' }))).toHaveLength(2);
    });
  });

  it('accepts a search action’s -input annotation, but only on a property the type has', () => {
    const action = (annotation: string) => ({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/search/?q={q}' },
      [annotation]: 'required name=q',
    });
    expect(check(action('query-input'))).toEqual([]);
    expect(check(action('headline-input'))).toEqual([expect.stringContaining('"headline" does not apply to SearchAction')]);
  });
});
