/**
 * What the site publishes besides pages, built from content entries without a
 * build: the RSS feed, the sitemap, robots.txt, _redirects and the data export.
 */
import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articleSchema, partySchema, personSchema, type ArticleEntry } from '../../src/schemas';
import { articlesExport, coMentionGraph, partiesExport, peopleExport } from '../../src/site/export';
import { exportJsonSchema, exportSchemas } from '../../src/site/export-schema';
import { articleFeed } from '../../src/site/feed';
import { redirectsFile, robotsTxt, sitemapXml } from '../../src/site/host-files';
import type { PageUrl } from '../../src/site/structured-data';
import { fixtureText } from './helpers';

const person = personSchema.parse(JSON.parse(fixtureText('site', 'person.json')));
const party = partySchema.parse(JSON.parse(fixtureText('site', 'party.json')));
const article = articleSchema.parse(JSON.parse(fixtureText('site', 'article.json')));
const sections = { person: 'people', party: 'parties', article: 'articles' } as const;
const url: PageUrl = (kind, slug) => `https://example.org/kenya/${sections[kind]}/${slug}/`;

describe('the feed', () => {
  const undated: ArticleEntry = { ...article, slug: 'undated', title: 'Quotes \'single\' & "double"', date: undefined };
  const render = () =>
    getRssString(
      articleFeed([article, undated], {
        home: 'https://example.org/kenya/',
        feed: 'https://example.org/kenya/feed.xml',
        article: (slug) => url('article', slug),
      }),
    );

  it('is well-formed XML whatever the titles hold', async () => {
    expect(XMLValidator.validate(await render())).toBe(true);
  });

  it('gives back every title and excerpt exactly', async () => {
    const feed = new XMLParser().parse(await render()) as { rss: { channel: { item: { title: string; description: string }[] } } };
    expect(feed.rss.channel.item.map((item) => item.title)).toEqual([article.title, undated.title]);
    expect(feed.rss.channel.item[0]?.description).toBe(article.excerpt);
  });

  it('dates only the dated articles, at midnight UTC', async () => {
    const xml = await render();
    expect(xml.match(/<pubDate>/g)).toHaveLength(1);
    expect(xml).toContain('<pubDate>Tue, 05 Mar 2024 00:00:00 GMT</pubDate>');
  });
});

describe('host files', () => {
  it('escapes URLs in the sitemap', () => {
    const xml = sitemapXml(['https://example.org/a/?x=1&y=<2>']);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<loc>https://example.org/a/?x=1&amp;y=&lt;2&gt;</loc>');
  });

  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt('https://example.org/kenya/sitemap.xml')).toBe('User-agent: *\nDisallow:\n\nSitemap: https://example.org/kenya/sitemap.xml\n');
  });

  it('writes one permanent redirect per moved address, under a comment', () => {
    const text = redirectsFile([{ from: '/kenya/people/old/', to: '/kenya/people/new/' }]);
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual(['/kenya/people/old/ /kenya/people/new/ 301', '']);
  });
});

describe('the data export', () => {
  const retired = [
    { id: 'person--mama-amina', kind: 'person' as const, slug: 'mama-amina', name: 'Mama Amina', target: 'amina-wekesa' },
    { id: 'article--old-story', kind: 'article' as const, slug: 'old-story', name: 'An old story' },
  ];
  const context = (name: string) => ({ url, schemaUrl: `https://example.org/kenya/data/schema/v1/${name}.json` });

  it('follows its own schema, file by file', () => {
    const files = {
      people: peopleExport([person], retired, context('people')),
      parties: partiesExport([party], retired, context('parties')),
      articles: articlesExport([article], retired, context('articles')),
      graph: coMentionGraph({ people: [person], parties: [party], articles: [article] }, context('graph')),
    };
    for (const [name, data] of Object.entries(files)) {
      const parsed = exportSchemas[name as keyof typeof files].safeParse(data);
      expect(parsed.success ? [] : parsed.error.issues, name).toEqual([]);
    }
  });

  it('gives each role and tie its tense, and the date of the article it was reported in', () => {
    const [exported] = peopleExport([person], retired, context('people')).people;
    expect(exported?.roles.map((role) => [role.title, role.tense, role.evidence.date])).toEqual([
      ['Woman Representative', 'current', '2024-03-05'],
      ['Chairperson', 'current', '2024-03-05'],
      ['Chairperson', 'current', '2024-03-05'],
      ['MCA', 'former', undefined],
    ]);
    expect(exported?.parties.map((tie) => [tie.slug, tie.relation, tie.tense, tie.evidence?.date])).toEqual([
      ['umoja-progressive-alliance', 'Chairperson', 'current', '2024-03-05'],
      ['umoja-progressive-alliance', 'member', 'current', undefined],
      ['haki-party', 'member', 'former', undefined],
    ]);
    const [exportedParty] = partiesExport([party], retired, context('parties')).parties;
    expect(exportedParty?.people.map((tie) => [tie.slug, tie.relation, tie.tense])).toContainEqual(['tom-barasa', 'Treasurer', 'former']);
  });

  it('stays version 1: a file written before tenses and dates still follows the schema', () => {
    const before = peopleExport([person], retired, context('people'));
    // The same file as the export wrote it before: no tense, no evidence date.
    const untensed = JSON.parse(JSON.stringify(before), (key, value) => (key === 'tense' || key === 'date' ? undefined : value));
    expect(JSON.stringify(untensed)).not.toMatch(/"tense"|"date"/);
    expect(exportSchemas.people.safeParse(untensed).success).toBe(true);
    expect(before.version).toBe(1);
  });

  it('lists each kind’s retired addresses with where they lead', () => {
    expect(peopleExport([person], retired, context('people')).retired).toEqual([{ slug: 'mama-amina', name: 'Mama Amina', target: 'amina-wekesa' }]);
    expect(articlesExport([article], retired, context('articles')).retired).toEqual([{ slug: 'old-story', name: 'An old story' }]);
  });

  it('joins the people and parties of the same article, once per pair, leaving out those without a page', () => {
    // A second article naming only Amina Wekesa adds no pair.
    const second = { ...article, slug: 'second', people: [{ slug: person.slug, name: person.name, count: 1 }], parties: [] };
    const graph = coMentionGraph({ people: [person], parties: [party], articles: [second, article] }, context('graph'));
    expect(graph.nodes.map((node) => node.id)).toEqual(['party:umoja-progressive-alliance', 'person:amina-wekesa']);
    // Tom Barasa is named in the article but has no page here: no node, no edge.
    expect(graph.edges).toEqual([
      { source: 'party:umoja-progressive-alliance', target: 'person:amina-wekesa', count: 1, articles: ['budget-walkout'] },
    ]);
  });

  it('publishes a JSON Schema per file that names itself', () => {
    const schema = exportJsonSchema('people', 'https://example.org/data/schema/v1/people.json');
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://example.org/data/schema/v1/people.json',
      type: 'object',
      required: expect.arrayContaining(['schema', 'version', 'people', 'retired']),
    });
  });
});
