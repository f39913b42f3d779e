/** `/data/people.json`, `parties.json`, `articles.json`, `graph.json`: the site's content for other tools. */
import type { APIRoute, GetStaticPaths } from 'astro';
import pLimit from 'p-limit';
import { loadSite } from '../../site/data';
import { articlesExport, coMentionGraph, partiesExport, peopleExport } from '../../site/export';
import { exportNames, type ExportName } from '../../site/export-schema';
import { absoluteUrl, assetHref, pageUrl } from '../../site/urls';
import { jsonResponse } from '../../site/json-stream';
import { withDetails } from '../../site/person-details';
import { io } from '../../pipeline/io-limit';
import { inThisPart } from '../../site/shard';

export const getStaticPaths = inThisPart('data/[name].json', () => exportNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/**
 * One export at a time, from its first object to its last byte: Astro renders
 * four pages at once and holds each endpoint's body whole, and at 100,000
 * articles (people.json and graph.json are 300 MB each) the four side by side
 * took the process to 3.8 GB, against 3.5 GB one at a time.
 */
const oneExport = pLimit(1);

/** Waits for the export before this one to be written; resolves to the call that says this one is. */
function exportTurn(): Promise<() => void> {
  return new Promise((granted) => void oneExport(() => new Promise<void>((written) => granted(written))));
}

export const GET: APIRoute = async ({ params }) => {
  const written = await exportTurn();
  try {
    // Compact: files for programs, where indentation is a third of the bytes; streamed, since a
    // large archive's graph is longer than any string Node can hold (src/site/json-stream.ts).
    return jsonResponse(await exportOf(params.name as ExportName), written);
  } catch (error) {
    written();
    throw error;
  }
};

async function exportOf(name: ExportName): Promise<Record<string, unknown>> {
  const site = await loadSite();
  const context = { url: pageUrl, schemaUrl: absoluteUrl(assetHref(`data/schema/v1/${name}.json`)) };
  const data = {
    // Each person's roles and quotes are in their details file, read for this export alone.
    people: async () => peopleExport(await Promise.all(site.people.map((person) => io(() => withDetails(person)))), site.retired, context),
    parties: () => partiesExport(site.parties, site.retired, context),
    articles: () => articlesExport(site.articles, site.retired, context),
    graph: () => coMentionGraph(site, context),
  }[name]();
  return data;
}
