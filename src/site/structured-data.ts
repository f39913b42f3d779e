/**
 * schema.org structured data (JSON-LD) for every page: pure functions from
 * content entries to plain objects, and the one serializer that makes them
 * safe to print inside a `<script>` element.
 */
import type { ArticleEntry, Evidence, PartyEntry, PersonEntry } from '../schemas';
import { lang, t } from '../i18n';
import { relationWord, titleWithTense } from './fact-words';
import { roleLine } from './format';
import { groupRoles, groupTies, officeWords, personOffices, type Tense } from './roles';

/** One schema.org node: a `@type`, usually an `@id`, and its properties. */
export interface JsonLdNode {
  '@type': string;
  '@id'?: string;
  [property: string]: unknown;
}

/** The kinds of page a node can point at. */
export type LinkedKind = 'person' | 'party' | 'article';

/** Absolute URLs of pages: the one thing the builders need besides the content. */
export type PageUrl = (kind: LinkedKind, slug: string) => string;

/** One step of a breadcrumb trail; `url` is absolute, absent for a page without an address. */
export interface Crumb {
  name: string;
  url?: string;
}

// The fragment tells the thing (a person) from the page about it, so both can have an id.
const fragments = { person: '#person', party: '#party', article: '#article' } as const satisfies Record<LinkedKind, string>;

/**
 * The `@id` of what a page is about.
 * @example nodeId('https://example.org/people/x/', 'person') // 'https://example.org/people/x/#person'
 */
export function nodeId(pageUrl: string, kind: LinkedKind): string {
  return `${pageUrl}${fragments[kind]}`;
}

/**
 * A short reference to a person's or party's node, for use inside another node.
 * No `url`: the `@id` is the page's address with a fragment, and the page's own node gives it.
 */
export function entityReference(kind: 'person' | 'party', slug: string, name: string, url: PageUrl): JsonLdNode {
  return { '@type': kind === 'person' ? 'Person' : 'PoliticalParty', '@id': nodeId(url(kind, slug), kind), name };
}

/** A Wikidata id as the URL schema.org's `sameAs` expects. */
export function wikidataUrl(qid: string): string {
  return `https://www.wikidata.org/wiki/${qid}`;
}

/**
 * A person: names, the titles the articles give them, and the parties they are
 * tied to. Every office and tie is a schema.org Role (`hasOccupation`, or
 * `memberOf` for a party), each by its newest report, saying in its
 * description whether that report calls it current or former and when it was
 * reported. No `startDate` or `endDate`: an article's date is when a fact was
 * reported, not when an office began or ended, and the content holds no other.
 * Only what holds now is a `jobTitle` or a plain `affiliation`.
 */
export function personNode(person: PersonEntry, url: PageUrl): JsonLdNode {
  const page = url('person', person.slug);
  const offices = personOffices(person.roles);
  const ties = groupTies(person.parties);
  const currentTies = uniqueBySlug(ties.current.map((standing) => standing.latest));
  return withoutEmpty({
    '@type': 'Person',
    '@id': nodeId(page, 'person'),
    name: person.name,
    url: page,
    alternateName: person.aliases,
    description: person.description,
    jobTitle: [...new Set(groupRoles(person.roles).current.map((office) => roleLine({ ...office, title: titleWithTense(office.title, office.tense) })))],
    // A party office is said once, as a tie to the party (memberOf), not again as an occupation.
    hasOccupation: offices
      .filter((office) => office.organisationSlug === undefined)
      .map((office) =>
        role('hasOccupation', { '@type': 'Occupation', name: roleLine(office) }, office.title, office.tense, office.latest.evidence),
      ),
    // Newest first within each group, so that of two reports of one role the newer is kept.
    memberOf: uniqueBy([...ties.current, ...ties.former, ...ties.prospective], (standing) => `${standing.latest.slug} ${roleNameOf(standing.latest.relation)}`).map(
      (standing) =>
        role('memberOf', entityReference('party', standing.latest.slug, standing.latest.name, url), roleNameOf(standing.latest.relation), standing.tense, standing.latest.evidence),
    ),
    affiliation: currentTies.map((party) => entityReference('party', party.slug, party.name, url)),
    sameAs: person.wikidata && wikidataUrl(person.wikidata),
  });
}

/**
 * The role a tie names: joining and leaving are events, and the role they start
 * or end is membership ("left" a party: a former member).
 */
function roleNameOf(relation: string): string {
  return relationWord(['joined', 'left'].includes(officeWords(relation)) ? 'member' : relation);
}

/**
 * schema.org's Role pattern: the Role stands where the value would, holds the
 * value under the same property, and says what the plain value cannot: the
 * role's name, and its tense as of the report it was read in.
 */
function role(property: 'hasOccupation' | 'memberOf', value: JsonLdNode, roleName: string, tense: Tense, evidence: Evidence | undefined): JsonLdNode {
  const standing = t(`structured.role.${tense}`);
  const description =
    evidence === undefined
      ? t('structured.role.editor', { tense: standing })
      : evidence.date
        ? t('structured.role.reportedOn', { tense: standing, date: evidence.date })
        : t('structured.role.reportedUndated', { tense: standing });
  return { '@type': property === 'hasOccupation' ? 'Role' : 'OrganizationRole', [property]: value, roleName, description };
}

/** A party or coalition: names, the people tied to it, and the coalitions it is part of or includes. */
export function partyNode(party: PartyEntry, url: PageUrl): JsonLdNode {
  const page = url('party', party.slug);
  const memberOf = party.coalitions.filter((link) => link.relation === 'member of');
  const includes = party.coalitions.filter((link) => link.relation === 'includes');
  return withoutEmpty({
    '@type': 'PoliticalParty',
    '@id': nodeId(page, 'party'),
    name: party.name,
    url: page,
    alternateName: [...new Set([party.acronym, ...party.aliases])].filter(
      (name): name is string => typeof name === 'string' && name !== '' && name !== party.name,
    ),
    description: party.description,
    sameAs: party.wikidata && wikidataUrl(party.wikidata),
    // Only people whose newest report of the tie says it holds: someone who left is no member.
    member: [
      ...uniqueBySlug(groupTies(party.people).current.map((standing) => standing.latest)).map((person) =>
        entityReference('person', person.slug, person.name, url),
      ),
      ...uniqueBySlug(includes).map((member) => entityReference('party', member.slug, member.name, url)),
    ],
    memberOf: uniqueBySlug(memberOf).map((coalition) => entityReference('party', coalition.slug, coalition.name, url)),
  });
}

/**
 * A news article: what an article's rich result reads (headline, date, author,
 * publisher), where it was first published, and who it mentions. No
 * `description`: the page's meta description already says it.
 */
export function articleNode(article: ArticleEntry, url: PageUrl): JsonLdNode {
  const page = url('article', article.slug);
  return withoutEmpty({
    '@type': 'NewsArticle',
    '@id': nodeId(page, 'article'),
    headline: article.title,
    url: page,
    datePublished: article.date,
    wordCount: article.wordCount,
    // Only what the seed says: a writer's and an outlet's names, never a guessed person or organisation.
    author: article.author && { '@type': 'Person', name: article.author },
    publisher: article.outlet && { '@type': 'Organization', name: article.outlet },
    isBasedOn: article.url,
    mentions: [
      ...article.people.map((person) => entityReference('person', person.slug, person.name, url)),
      ...article.parties.map((party) => entityReference('party', party.slug, party.name, url)),
    ],
  });
}

/**
 * The trail from the home page to this page. Each step names its page as a
 * WebPage node: `item` expects a Thing, and a bare URL string is only a Text.
 */
export function breadcrumbList(crumbs: Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) =>
      withoutEmpty({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: crumb.url && { '@type': 'WebPage', '@id': crumb.url },
      }),
    ),
  };
}

/** The site itself, on its home page, with the search a reader can run. */
export function webSiteNode(site: { name: string; description: string; url: string; searchUrl: string }): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': `${site.url}#website`,
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` },
      // schema.org's Action annotation: names the placeholder in urlTemplate.
      'query-input': 'required name=search_term_string',
    },
  };
}

/** One JSON-LD document for a page: every node in one `@graph`. */
export function jsonLdDocument(nodes: JsonLdNode[]): { '@context': string; '@graph': JsonLdNode[] } {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON text that cannot end its `<script>` element early: `<`, `>` and `&` are
 * written as JSON escapes, so `</script>` or `<!--` in any string (an article
 * title is untrusted text) stays inside the string.
 * @example serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(document: unknown): string {
  return JSON.stringify(document)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

/** Drops properties that say nothing: undefined, empty strings and empty lists. */
function withoutEmpty(node: JsonLdNode): JsonLdNode {
  const isEmpty = (value: unknown) =>
    value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return Object.fromEntries(Object.entries(node).filter(([, value]) => !isEmpty(value))) as JsonLdNode;
}

/** The first of each slug, in order: a person tied to a party twice is one affiliation. */
function uniqueBySlug<T extends { slug: string }>(entries: readonly T[]): T[] {
  return uniqueBy(entries, (entry) => entry.slug);
}

/** The first entry of each key, in order. */
function uniqueBy<T>(entries: readonly T[], keyOf: (entry: T) => string): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(keyOf(entry)) && seen.add(keyOf(entry)));
}
