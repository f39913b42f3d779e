/** `/data/schema/v1/<name>.json`: the JSON Schema of each export file, generated from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchema, exportNames, type ExportName } from '../../../../site/export-schema';
import { absoluteUrl, assetHref } from '../../../../site/urls';
import { inThisPart } from '../../../../site/shard';

export const getStaticPaths = inThisPart('data/schema/v1/[name].json', () => exportNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params.name as ExportName;
  const schema = exportJsonSchema(name, absoluteUrl(assetHref(`data/schema/v1/${name}.json`)));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
