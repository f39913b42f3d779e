/**
 * The machine-readable export (`/data/*.json`): the site's content reshaped for
 * other tools, by pure functions over the loaded collections. The shapes are
 * the versioned contract in `export-schema.ts`.
 */
import type { ArticleEntry, Evidence, PartyEntry, PersonEntry, PersonSummary, RetiredEntry } from '../schemas';
import {
  EXPORT_VERSION,
  type ArticlesExport,
  type GraphExport,
  type PartiesExport,
  type PeopleExport,
} from './export-schema';
import type { PageUrl } from './structured-data';

/** What every export needs besides the content: page URLs, and the URL of its own schema. */
export interface ExportContext {
  url: PageUrl;
  schemaUrl: string;
}

/** Every person, with roles, ties and quotes and the sentence each was read in. */
export function peopleExport(people: PersonEntry[], retired: RetiredEntry[], { url, schemaUrl }: ExportContext): PeopleExport {
  return {
    schema: schemaUrl,
    version: EXPORT_VERSION,
    people: people.map((person) => ({
      ...entityCommon(person, url('person', person.slug)),
      roles: person.roles.map((role) => ({
        title: role.title,
        ...(role.organisation ? { organisation: role.organisation } : {}),
        ...(role.organisationSlug ? { party: role.organisationSlug } : {}),
        tense: role.tense,
        evidence: evidenceOf(role.evidence),
      })),
      parties: person.parties.map((tie) => ({
        slug: tie.slug,
        relation: tie.relation,
        tense: tie.tense,
        ...(tie.evidence ? { evidence: evidenceOf(tie.evidence) } : {}),
      })),
      quotes: person.quotes.map((quote) => ({ text: quote.text, evidence: evidenceOf(quote.evidence) })),
    })),
    retired: retiredOf('person', retired),
  };
}

/** Every party and coalition, with the people tied to it and its coalitions. */
export function partiesExport(parties: PartyEntry[], retired: RetiredEntry[], { url, schemaUrl }: ExportContext): PartiesExport {
  return {
    schema: schemaUrl,
    version: EXPORT_VERSION,
    parties: parties.map((party) => ({
      ...entityCommon(party, url('party', party.slug)),
      ...(party.acronym ? { acronym: party.acronym } : {}),
      people: party.people.map((tie) => ({
        slug: tie.slug,
        relation: tie.relation,
        tense: tie.tense,
        ...(tie.evidence ? { evidence: evidenceOf(tie.evidence) } : {}),
      })),
      coalitions: party.coalitions.map((link) => ({ slug: link.slug, relation: link.relation, evidence: evidenceOf(link.evidence) })),
    })),
    retired: retiredOf('party', retired),
  };
}

/** Every article, without its body: where it came from and whom it mentions how often. */
export function articlesExport(articles: ArticleEntry[], retired: RetiredEntry[], { url, schemaUrl }: ExportContext): ArticlesExport {
  return {
    schema: schemaUrl,
    version: EXPORT_VERSION,
    articles: articles.map((article) => ({
      slug: article.slug,
      url: url('article', article.slug),
      title: article.title,
      ...(article.date ? { date: article.date } : {}),
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.url ? { sourceUrl: article.url } : {}),
      excerpt: article.excerpt,
      wordCount: article.wordCount,
      people: article.people.map(({ slug, count }) => ({ slug, count })),
      parties: article.parties.map(({ slug, count }) => ({ slug, count })),
    })),
    retired: retiredOf('article', retired),
  };
}

/**
 * Who is mentioned with whom: people and parties as nodes, and an edge for
 * every pair that shares an article, with those articles.
 */
export function coMentionGraph(
  content: { people: PersonSummary[]; parties: PartyEntry[]; articles: ArticleEntry[] },
  { url, schemaUrl }: ExportContext,
): GraphExport {
  const nodes = [
    ...content.people.map((person) => ({ id: `person:${person.slug}`, kind: 'person' as const, slug: person.slug, name: person.name, url: url('person', person.slug) })),
    ...content.parties.map((party) => ({ id: `party:${party.slug}`, kind: 'party' as const, slug: party.slug, name: party.name, url: url('party', party.slug) })),
  ].sort((a, b) => compare(a.id, b.id));
  const known = new Set(nodes.map((node) => node.id));

  const shared = new Map<string, { source: string; target: string; articles: string[] }>();
  for (const article of [...content.articles].sort((a, b) => compare(a.slug, b.slug))) {
    const present = [...new Set([...article.people.map((ref) => `person:${ref.slug}`), ...article.parties.map((ref) => `party:${ref.slug}`)])]
      .filter((id) => known.has(id))
      .sort(compare);
    for (const [index, source] of present.entries()) {
      for (const target of present.slice(index + 1)) {
        const key = `${source} ${target}`;
        const edge = shared.get(key) ?? { source, target, articles: [] };
        edge.articles.push(article.slug);
        shared.set(key, edge);
      }
    }
  }
  const edges = [...shared.values()]
    .map((edge) => ({ source: edge.source, target: edge.target, count: edge.articles.length, articles: edge.articles }))
    .sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
  return { schema: schemaUrl, version: EXPORT_VERSION, nodes, edges };
}

function entityCommon(entity: PersonSummary | PartyEntry, pageUrl: string) {
  return {
    slug: entity.slug,
    url: pageUrl,
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
    articles: entity.articles.map((article) => article.slug),
    mentionCount: entity.mentionCount,
  };
}

/**
 * The export names an article by slug only (its title and outlet are one lookup
 * away in articles.json), and gives its date, so that each fact says when it was reported.
 */
function evidenceOf(evidence: Evidence): { article: string; sentence: string; date?: string } {
  return { article: evidence.article, sentence: evidence.sentence, ...(evidence.date ? { date: evidence.date } : {}) };
}

function retiredOf(kind: RetiredEntry['kind'], retired: RetiredEntry[]) {
  return retired
    .filter((entry) => entry.kind === kind)
    .map((entry) => ({ slug: entry.slug, name: entry.name, ...(entry.target ? { target: entry.target } : {}) }))
    .sort((a, b) => compare(a.slug, b.slug));
}

/** Code-point order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
