/**
 * Structured data: the schema.org nodes built from content entries, checked
 * against the schema.org vocabulary, and the serializer that keeps untrusted
 * strings from ending their script element.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleSchema, partySchema, personSchema } from '../../src/schemas';
import { breadcrumbTrail } from '../../src/site/breadcrumbs';
import {
  articleNode,
  breadcrumbList,
  jsonLdDocument,
  partyNode,
  personNode,
  serializeJsonLd,
  webSiteNode,
  type PageUrl,
} from '../../src/site/structured-data';
import { checkJsonLd, loadVocabulary } from '../support/schema-org';
import { fixtureText } from './helpers';

const person = personSchema.parse(JSON.parse(fixtureText('site', 'person.json')));
const party = partySchema.parse(JSON.parse(fixtureText('site', 'party.json')));
const article = articleSchema.parse(JSON.parse(fixtureText('site', 'article.json')));
const sections = { person: 'people', party: 'parties', article: 'articles' } as const;
const url: PageUrl = (kind, slug) => `https://example.org/kenya/${sections[kind]}/${slug}/`;

describe('serializeJsonLd', () => {
  it('writes "<" so that "</script>" and "<!--" cannot end the element', () => {
    const text = serializeJsonLd({ headline: 'a </script><script>alert(1)</script> <!-- b' });
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(text).not.toContain('<');
  });

  it('round-trips: the parsed text is the original data', () => {
    const data = jsonLdDocument([articleNode(article, url)]);
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe('personNode', () => {
  const node = personNode(person, url);

  it('names the person, their aliases and their page', () => {
    expect(node).toMatchObject({
      '@type': 'Person',
      '@id': 'https://example.org/kenya/people/amina-wekesa/#person',
      name: 'Amina Wekesa',
      url: 'https://example.org/kenya/people/amina-wekesa/',
      alternateName: ['Mama Amina', 'Wekesa'],
      description: 'Woman Representative for Bungoma County.',
    });
  });

  it('links the Wikidata item as sameAs', () => {
    expect(node.sameAs).toBe('https://www.wikidata.org/wiki/Q123456');
  });

  it('gives each current role once as a job title, and no former one', () => {
    expect(node.jobTitle).toEqual(['Woman Representative, Bungoma', 'Chairperson, UPA']);
  });

  it('gives every office outside a party as a Role, saying its tense and when it was reported', () => {
    expect(node.hasOccupation).toEqual([
      {
        '@type': 'Role',
        hasOccupation: { '@type': 'Occupation', name: 'Woman Representative, Bungoma' },
        roleName: 'Woman Representative',
        description: 'Current, as reported on 2024-03-05.',
      },
      {
        '@type': 'Role',
        hasOccupation: { '@type': 'Occupation', name: 'MCA, Kimilili Ward' },
        roleName: 'MCA',
        description: 'Former, as reported in an undated article.',
      },
    ]);
  });

  it('gives every party tie, former ones too, as a Role in the party', () => {
    expect(node.memberOf).toEqual([
      expect.objectContaining({ '@type': 'OrganizationRole', roleName: 'Chairperson', memberOf: expect.objectContaining({ name: 'Umoja Progressive Alliance' }) }),
      expect.objectContaining({ roleName: 'member', description: 'Current, added by an editor.' }),
      expect.objectContaining({ roleName: 'member', memberOf: expect.objectContaining({ name: 'Haki Party' }), description: 'Former, as reported in an undated article.' }),
    ]);
  });

  it('gives a party the person left as one former membership, dated by the leaving', () => {
    const evidence = (date: string) => ({ article: 'a', articleTitle: 'A', sentence: 'x', date });
    const tie = (slug: string, relation: string, date: string) => ({ slug, name: slug.toUpperCase(), relation, tense: 'current' as const, evidence: evidence(date) });
    const switched = personNode({ ...person, parties: [tie('jdc', 'member', '2022-03-14'), tie('jdc', 'left', '2025-06-02'), tie('upa', 'joined', '2025-06-02')] }, url);
    expect((switched.memberOf as { roleName: string; description: string; memberOf: { name: string } }[]).map((role) => [role.memberOf.name, role.roleName, role.description])).toEqual([
      ['UPA', 'member', 'Current, as reported on 2025-06-02.'],
      ['JDC', 'member', 'Former, as reported on 2025-06-02.'],
    ]);
    expect(switched.affiliation).toEqual([expect.objectContaining({ name: 'UPA' })]);
  });

  it('claims no start or end date: an article’s date is when an office was reported, not when it began', () => {
    expect(JSON.stringify(node)).not.toMatch(/startDate|endDate/);
  });

  it('lists an office the newest report calls former under no current property', () => {
    const senator = {
      ...person,
      roles: [
        { title: 'Woman Representative', organisation: 'Nakuru', tense: 'current' as const, evidence: { article: 'a', articleTitle: 'A', sentence: 'x', date: '2022-03-14' } },
        { title: 'Woman Representative', organisation: 'Nakuru', tense: 'former' as const, evidence: { article: 'b', articleTitle: 'B', sentence: 'y', date: '2025-06-02' } },
        { title: 'Senator', organisation: 'Nakuru', tense: 'current' as const, evidence: { article: 'b', articleTitle: 'B', sentence: 'y', date: '2025-06-02' } },
      ],
    };
    expect(personNode(senator, url).jobTitle).toEqual(['Senator, Nakuru']);
  });

  it('points each current party tie, once per party, at the party’s node, by its @id and name only', () => {
    expect(node.affiliation).toEqual([
      {
        '@type': 'PoliticalParty',
        '@id': 'https://example.org/kenya/parties/umoja-progressive-alliance/#party',
        name: 'Umoja Progressive Alliance',
      },
    ]);
  });

  it('leaves out what is unknown rather than writing it empty', () => {
    const bare = personNode({ ...person, aliases: [], roles: [], parties: [], description: undefined, wikidata: undefined }, url);
    expect(Object.keys(bare).sort()).toEqual(['@id', '@type', 'name', 'url']);
  });
});

describe('partyNode', () => {
  const node = partyNode(party, url);

  it('lists the acronym among the other names, and as members only the people tied to it now', () => {
    expect(node.alternateName).toEqual(['UPA', 'Umoja Progressive']);
    // Tom Barasa, its former treasurer, is not a member.
    expect(node.member).toEqual([expect.objectContaining({ '@type': 'Person', name: 'Amina Wekesa' })]);
  });

  it('says which coalition it belongs to', () => {
    expect(node.memberOf).toEqual([expect.objectContaining({ '@type': 'PoliticalParty', name: 'Mwangaza Coalition' })]);
  });
});

describe('articleNode', () => {
  it('gives the headline, the date, the outlet as publisher, the source and whom it mentions', () => {
    expect(articleNode(article, url)).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.title,
      datePublished: '2024-03-05',
      publisher: { '@type': 'Organization', name: 'Daily <Example> & Co' },
      isBasedOn: 'https://news.example/budget?id=1&lang=en',
      mentions: [
        expect.objectContaining({ '@type': 'Person', name: 'Amina Wekesa' }),
        expect.objectContaining({ '@type': 'Person', name: 'Tom Barasa' }),
        expect.objectContaining({ '@type': 'PoliticalParty', name: 'Umoja Progressive Alliance' }),
      ],
    });
  });

  it('claims no date, author or publisher the seed does not give', () => {
    const node = articleNode({ ...article, date: undefined, outlet: undefined, url: undefined }, url);
    expect(node).not.toHaveProperty('datePublished');
    expect(node).not.toHaveProperty('author');
    expect(node).not.toHaveProperty('publisher');
    expect(node).not.toHaveProperty('isBasedOn');
  });

  it('names the writer as the author when the seed does', () => {
    expect(articleNode({ ...article, author: 'Wanjiku Achieng' }, url).author).toEqual({ '@type': 'Person', name: 'Wanjiku Achieng' });
  });

  it('leaves the description to the page’s meta description, and each mention’s address to its @id', () => {
    const node = articleNode(article, url);
    expect(node).not.toHaveProperty('description');
    expect(node.mentions).toContainEqual({ '@type': 'Person', '@id': 'https://example.org/kenya/people/amina-wekesa/#person', name: 'Amina Wekesa' });
  });
});

describe('in a Kiswahili build', () => {
  // The modules loaded in Kiswahili stay loaded in this process, which the next test file shares (vitest.config.ts).
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('words the relations and the roles’ descriptions in Kiswahili, and keeps titles as written', async () => {
    vi.resetModules();
    vi.stubEnv('SIASA_LANG', 'sw');
    const structured = await import('../../src/site/structured-data');
    const node = structured.personNode(person, url);
    const roles = [...(node.hasOccupation as { roleName: string; description: string }[]), ...(node.memberOf as { roleName: string; description: string }[])];
    expect(roles).toContainEqual(expect.objectContaining({ roleName: 'Woman Representative', description: 'Nafasi ya sasa, kama ilivyoripotiwa tarehe 2024-03-05.' }));
    expect(roles).toContainEqual(expect.objectContaining({ roleName: 'mwanachama', description: 'Nafasi ya sasa, imeongezwa na mhariri.' }));
    expect(JSON.stringify(roles)).not.toMatch(/\b(Current|Former|as reported|added by|member)\b/);
    expect(structured.webSiteNode({ name: 'siasa', description: 'x', url: 'https://example.org/', searchUrl: 'https://example.org/search/' }).inLanguage).toBe('sw');
  });
});

describe('breadcrumbTrail', () => {
  it('goes from home through the section to the page', () => {
    expect(breadcrumbTrail('people/amina-wekesa/', 'Amina Wekesa', 'siasa')).toEqual([
      { name: 'siasa', path: '' },
      { name: 'People', path: 'people' },
      { name: 'Amina Wekesa', path: 'people/amina-wekesa' },
    ]);
  });

  it('ends a section’s own list at the section', () => {
    expect(breadcrumbTrail('parties/', 'Parties', 'siasa').map((step) => step.name)).toEqual(['siasa', 'Parties']);
  });
});

describe('the vocabulary', () => {
  it('has every type, property and value type these nodes use', async () => {
    const document = jsonLdDocument([
      personNode(person, url),
      partyNode(party, url),
      articleNode({ ...article, author: 'Wanjiku Achieng' }, url),
      breadcrumbList([{ name: 'siasa', url: 'https://example.org/kenya/' }, { name: 'Page not found' }]),
      webSiteNode({ name: 'siasa', description: 'Who is who.', url: 'https://example.org/kenya/', searchUrl: 'https://example.org/kenya/search/' }),
    ]);
    expect(checkJsonLd(JSON.parse(serializeJsonLd(document)), await loadVocabulary())).toEqual([]);
  });
});
