/**
 * The machine-readable export's contract, version 1: one zod schema per file
 * in `/data/`, from which the published JSON Schemas are generated, so the
 * documented shape and the checked shape cannot drift apart.
 * Additive changes keep version 1; anything that breaks a reader is version 2.
 */
import { z } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';

/** The files of the export, each with its schema. */
export const exportNames = ['people', 'parties', 'articles', 'graph'] as const;
export type ExportName = (typeof exportNames)[number];

export const EXPORT_VERSION = 1;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('Stable address segment: never reused, never removed.');
const url = z.string().url().describe('Absolute URL of the page on the published site.');
const isoDate = z.string().date().describe('Publication date, YYYY-MM-DD.');
const wikidata = z.string().regex(/^Q\d+$/).describe('Wikidata item id, given by an editor.');

const evidence = z
  .object({
    article: slug.describe('The article the sentence is in.'),
    sentence: z.string(),
    date: isoDate
      .optional()
      .describe("The article's publication date, when it has one: the fact is as reported on this day. Not the day an office or tie began or ended. Added in version 1 (additive)."),
  })
  .describe('Where a fact was read: an article and the sentence, verbatim.');

const tense = z
  .enum(['current', 'former', 'incoming', 'acting', 'aspiring'])
  .optional()
  .describe(
    'How the sentence places the role or tie in time: current, former ("former", "ex-"), incoming ("-elect", "designate"), acting, aspiring ("candidate", "seeking"). ' +
      'The newest report of an office or tie says whether it holds now. Added in version 1 (additive); files written before it have none, which reads as current.',
  );

const header = {
  schema: z.string().url().describe('The JSON Schema this file follows.'),
  version: z.literal(EXPORT_VERSION).describe('The export format version; additive changes keep it.'),
};

const retiredAddress = z
  .object({
    slug,
    name: z.string().describe('The name (or title) the address was last issued for.'),
    target: slug.optional().describe('The live slug the address now redirects to; absent when nothing does.'),
  })
  .describe('An address that once had a page and has none now.');

const entityCommon = {
  slug,
  url,
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string().optional(),
  wikidata: wikidata.optional(),
  articles: z.array(slug).describe('Slugs of the articles that mention it, newest first.'),
  mentionCount: z.number().int().nonnegative(),
};

const person = z.object({
  ...entityCommon,
  roles: z.array(
    z.object({
      title: z.string(),
      organisation: z.string().optional(),
      party: slug.optional().describe('The party, when the organisation is one on the site.'),
      tense,
      evidence,
    }),
  ),
  parties: z.array(z.object({ slug, relation: z.string(), tense, evidence: evidence.optional() })),
  quotes: z.array(z.object({ text: z.string(), evidence })),
});

const party = z.object({
  ...entityCommon,
  acronym: z.string().optional(),
  people: z.array(z.object({ slug, relation: z.string(), tense, evidence: evidence.optional() })),
  coalitions: z.array(z.object({ slug, relation: z.enum(['member of', 'includes']), evidence })),
});

const entityCount = z.object({ slug, count: z.number().int().positive().describe('Mentions in this article.') });

const article = z.object({
  slug,
  url,
  title: z.string(),
  date: isoDate.optional(),
  outlet: z.string().optional(),
  sourceUrl: z.string().url().optional().describe('Where the article was first published.'),
  excerpt: z.string(),
  wordCount: z.number().int().nonnegative(),
  people: z.array(entityCount),
  parties: z.array(entityCount),
});

const nodeId = z.string().regex(/^(person|party):[a-z0-9-]+$/).describe('`person:<slug>` or `party:<slug>`.');

const graph = z.object({
  nodes: z.array(z.object({ id: nodeId, kind: z.enum(['person', 'party']), slug, name: z.string(), url })),
  edges: z.array(
    z
      .object({
        source: nodeId,
        target: nodeId,
        count: z.number().int().positive().describe('How many articles mention both.'),
        articles: z.array(slug),
      })
      .describe('Two entities mentioned in the same articles; source sorts before target.'),
  ),
});

/** The schema of each export file. */
export const exportSchemas = {
  people: z.object({ ...header, people: z.array(person), retired: z.array(retiredAddress) }),
  parties: z.object({ ...header, parties: z.array(party), retired: z.array(retiredAddress) }),
  articles: z.object({ ...header, articles: z.array(article), retired: z.array(retiredAddress) }),
  graph: z.object({ ...header, ...graph.shape }),
} satisfies Record<ExportName, z.ZodTypeAny>;

export type PeopleExport = z.infer<typeof exportSchemas.people>;
export type PartiesExport = z.infer<typeof exportSchemas.parties>;
export type ArticlesExport = z.infer<typeof exportSchemas.articles>;
export type GraphExport = z.infer<typeof exportSchemas.graph>;

const titles: Record<ExportName, string> = {
  people: 'siasa people export, version 1',
  parties: 'siasa parties export, version 1',
  articles: 'siasa articles export, version 1',
  graph: 'siasa co-mention graph export, version 1',
};

/** One export file's published JSON Schema, identified by its own URL. */
export function exportJsonSchema(name: ExportName, schemaUrl: string): Record<string, unknown> {
  // Inlined definitions ($refStrategy none): a reader sees each shape where it is used.
  const generated = zodToJsonSchema(exportSchemas[name], { $refStrategy: 'none', target: 'jsonSchema7' });
  const { $schema, ...body } = generated as Record<string, unknown>;
  return { $schema, $id: schemaUrl, title: titles[name], ...body };
}
