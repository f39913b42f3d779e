/**
 * The ingest: `seeds/` in, `content/` out. The I/O edge of the pipeline:
 * it lists and reads the seed files, runs the pure stages, and emits.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { analyseExtractions, publishCorpus, type Analysis } from './corpus';
import { forgetCacheStores } from './cache-store';
import { forgetSeedIndexes } from './extraction-cache';
import { extractAll } from './extract-all';
import { renderVersion } from './body-key';
import { emitContent, emitRegistry, forgetWritten } from './emit';
import { DEFAULT_PACK, EDITORIAL_FILE, listSeedFolder, loadEditorial, loadRegistry } from './inputs';
import { EMPTY_REGISTRY, type Registry, type RegistryRow } from './registry';
import type { ContentEntries } from './records';
import { parsePack, type CountryPack } from './pack';
import type { Progress } from './progress';
import { forgetPreviews, rememberForPreview } from './preview';
import type { ReviewNote } from './resolve/index';
import { forgetResolveMemory } from './resolve/memo';
import { forgetRecords } from './records-memo';
import { forgetCoMentions } from './co-mentions';
import { forgetSlugPlans } from './slug-memo';
import { forgetArticleSlugs } from './article-slug-memo';
import type { Problem } from './types';
import type { MentionLink } from '../plugins/rehype-link-mentions';
import type { EditorialFile } from './editorial/index';

// The inputs' readers, for callers that read seeds, the pack or the registry as the ingest does.
export { DEFAULT_PACK, EDITORIAL_FILE, isSeedName, loadEditorial, loadPack, loadRegistry, readSeedFolder, REGISTRY_FILE, scanSeedFolder, type SeedFolder } from './inputs';

export type { Problem } from './types';

export interface IngestOptions {
  /** The folder of seed articles. */
  seeds: string;
  /** The folder of content collections to write. */
  content: string;
  /** The site's base path, which every link in article HTML starts with. Default `/`. */
  base?: string;
  /** The country pack's YAML file. Default: the Kenyan pack shipped in `src/packs/`. */
  pack?: string;
  /** The editorial file; default `editorial.yaml` in the seed folder; `false` for none. */
  editorial?: string | false;
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** Stop at the first problem with any seed, instead of skipping the file with a warning. */
  strict?: boolean;
  /** A folder to keep each article's extraction in between runs; `false` (default) keeps none. */
  cache?: string | false;
  /** Told how far each stage has got, for a progress display. */
  onProgress?: (progress: Progress) => void;
  /** The slug registry file, read (and updated when `publish`); `false` for a throwaway build with none. */
  registry: string | false;
  /**
   * Record this build's slugs in the registry. Only a publishing build does:
   * the dev server, checks and experiments read the registry (so old
   * addresses keep their slugs) but never write it.
   */
  publish?: boolean;
  /**
   * This process ingests once (a build, `npm run ingest`): each cache's memory
   * is let go of as soon as its stage has used it, not kept for a next run as
   * the dev server keeps it. At 100,000 articles the extraction cache's shards
   * alone are hundreds of megabytes, beside the extractions revived from them.
   */
  once?: boolean;
  log?: (line: string) => void;
  /** Told as each stage ends, with its name: where a benchmark looks at the heap (npm run bench:memory). */
  onStage?: (stage: string) => void;
}

export interface IngestReport {
  ok: boolean;
  problems: Problem[];
  review: ReviewNote[];
  counts: {
    articles: number;
    skipped: number;
    people: number;
    parties: number;
    /** People and parties whose slug the registry had never issued: pages this build adds. */
    newPeople: number;
    newParties: number;
    /** People and parties the registry had live that have no page now (merged, renamed or gone). */
    removed: number;
    /** Review items still open, and those the editorial file settled. */
    reviewOpen: number;
    reviewSettled: number;
  };
  summary: string;
  /** Seconds each stage took, in order: where an ingest's time goes (npm run bench:ingest prints them). */
  timings: Record<string, number>;
  /** The files of `content/` this run wrote and removed, as `folder/name`; none when it wrote nothing (a check, a stop). */
  changed: { written: string[]; removed: string[] };
}

/**
 * Lets go of what the ingest keeps in memory for its next run in this process
 * (the caches' shards, the seed index, resolve's memos, the kept records, co-mention shares and slug plans, the emitted texts): the dev server
 * ingests on every save and keeps them; a build ingests once and then
 * generates its pages in the same process, where they were a few hundred
 * megabytes at 10,000 articles and gigabytes at 100,000.
 */
export function forgetIngestMemory(): void {
  forgetCacheStores();
  forgetSeedIndexes();
  forgetWritten();
  forgetResolveMemory();
  forgetRecords();
  forgetCoMentions();
  forgetSlugPlans();
  forgetArticleSlugs();
  forgetPreviews();
}

/** Runs the whole ingest and says how it went; writes nothing unless it succeeds. */
export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let lap = started;
  const time = (stage: string) => {
    const now = performance.now();
    timings[stage] = Number(((now - lap) / 1000).toFixed(3));
    options.onStage?.(stage);
    lap = performance.now();
  };
  const stop = (problems: Problem[], why: string): IngestReport => ({
    ok: false,
    problems,
    review: [],
    counts: { articles: 0, skipped: 0, people: 0, parties: 0, newPeople: 0, newParties: 0, removed: 0, reviewOpen: 0, reviewSettled: 0 },
    summary: `ingest: ${why}; content/ was left as it was`,
    timings,
    changed: { written: [], removed: [] },
  });

  const folder = await listSeedFolder(options.seeds).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (!folder) return stop([], `there is no seed folder at ${options.seeds}`);
  const packText = await readFile(options.pack ?? DEFAULT_PACK, 'utf8');
  const pack = parsePack(packText);
  const editorial = await loadEditorial(options.editorial ?? path.join(options.seeds, EDITORIAL_FILE));
  if (!editorial.ok) return stop(editorial.problems, `the editorial file has ${plural(editorial.problems.length, 'mistake')}`);
  let registry: Registry = EMPTY_REGISTRY;
  if (options.registry !== false) {
    try {
      registry = await loadRegistry(options.registry);
    } catch (error) {
      return stop([{ file: path.basename(options.registry), message: (error as Error).message }], 'the slug registry cannot be read');
    }
  }

  const onProgress = options.onProgress ?? (() => {});
  time('list');
  // Bodies are rendered by the emit, only those whose key is not as on disk: no render cache.
  if (options.cache) await rm(path.join(options.cache, 'render'), { recursive: true, force: true });
  const version = await renderVersion();
  // Nothing here names the extractions nor their resolution: the emit needs only the entries made of them
  // (at 100,000 articles the resolution is a gigabyte of the heap, and the emit reached the ingest's peak).
  const published = publishAnalysis(
    await extractAndResolve(options, folder.names, { pack, packText, editorial: editorial.editorial }, onProgress, () => time('extract')),
    { base: options.base ?? '/', registry, once: options.once ?? false, renderVersion: version, strict: options.strict ?? false, strangers: folder.strangers },
    (stage) => {
      if (stage === 'resolve') onProgress({ stage: 'resolve', done: folder.names.length, total: folder.names.length });
      time(stage);
    },
  );
  const { problems } = published;
  if (!published.entries) return stop(problems, `--strict: ${plural(problems.length, 'problem')} in the seeds`);
  const { entries, nextRegistry, links, review, heldBack } = published;
  const counts = {
    articles: entries.articles.length,
    skipped: published.skipped,
    people: entries.people.length,
    parties: entries.parties.length,
    ...changesSince(registry, entries, options.registry !== false),
    reviewOpen: review.length,
    reviewSettled: published.settled,
  };
  if (counts.articles === 0) return { ...stop(problems, `no article could be read in ${options.seeds}`), counts };
  let changed: IngestReport['changed'] = { written: [], removed: [] };
  if (!options.dryRun) {
    ({ changed } = await emitContent(options.content, entries, { keep: !options.once }));
    if (options.registry !== false && options.publish) await emitRegistry(options.registry, nextRegistry);
    // Only a process that ingests again (the dev server) previews a saved article.
    if (!options.once) {
      const articles = new Map(entries.articles.map((entry) => [entry.source, { slug: entry.slug, links: links.get(entry.source) ?? [] }]));
      rememberForPreview(options.seeds, { content: options.content, articles });
    }
  }
  time('emit');
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const registryNote = options.registry === false ? '' : `, ${counts.newPeople} new people, ${counts.newParties} new parties, ${counts.removed} removed`;
  const summary =
    `${options.dryRun ? 'check' : 'ingest'}: ${counts.articles} articles (${counts.skipped} skipped), ${plural(counts.people, 'person', 'people')}, ` +
    `${plural(counts.parties, 'party', 'parties')}${registryNote}, ${plural(problems.length, 'warning')}, ` +
    `${plural(heldBack, 'fact')} held back by the evidence check, ` +
    `${counts.reviewOpen} review items open (${counts.reviewSettled} settled), in ${seconds} s`;
  return { ok: true, problems, review, counts, summary, timings, changed };
}

/**
 * Extracts every seed and resolves the corpus. A function of its own so that
 * the extractions are let go of as it returns: nothing of the ingest's own
 * frame holds them while the entries are made.
 */
async function extractAndResolve(
  options: IngestOptions,
  names: string[],
  { pack, packText, editorial }: { pack: CountryPack; packText: string; editorial: EditorialFile },
  onProgress: (progress: Progress) => void,
  extracted: () => void,
): Promise<Analysis> {
  const extractions = await extractAll(options.seeds, names, pack, packText, { cache: options.cache ?? false, once: options.once ?? false }, onProgress);
  if (options.once) {
    forgetCacheStores();
    forgetSeedIndexes();
  }
  extracted();
  onProgress({ stage: 'resolve', done: 0, total: names.length });
  return analyseExtractions(extractions, pack, editorial);
}

interface PublishInputs {
  base: string;
  registry: Registry;
  once: boolean;
  renderVersion: string;
  strict: boolean;
  /** Files of the seed folder that are not articles: a warning each. */
  strangers: string[];
}

/** What the emit and the report need of resolve and publish; no extraction, no resolved entity. */
interface Published {
  problems: Problem[];
  /** None when `strict` and there were problems: nothing is published. */
  entries?: ContentEntries;
  nextRegistry: Registry;
  links: ReadonlyMap<string, MentionLink[]>;
  review: ReviewNote[];
  settled: number;
  skipped: number;
  heldBack: number;
}

/**
 * Shapes a resolved corpus into entries, telling `lap` as resolve (just done)
 * and publish end. Its caller keeps what this returns, never the analysis.
 */
function publishAnalysis(analysis: Analysis, inputs: PublishInputs, lap: (stage: 'resolve' | 'publish') => void): Published {
  if (inputs.once) forgetResolveMemory();
  lap('resolve');
  const problems = [
    ...inputs.strangers.map((name) => ({ file: name, message: `${name} is not an article (.txt, .md, .markdown, .html or .htm); it is ignored` })),
    ...analysis.problems,
    ...analysis.editorialWarnings,
  ];
  const { review, heldBack } = analysis.resolution;
  const outline = { problems, review, heldBack, settled: analysis.settled.length, skipped: analysis.skipped };
  if (inputs.strict && problems.length > 0) return { ...outline, nextRegistry: inputs.registry, links: new Map() };
  const { entries, registry, links } = publishCorpus(analysis, inputs.base, inputs.registry, undefined, { memo: !inputs.once, renderVersion: inputs.renderVersion });
  lap('publish');
  return { ...outline, entries, nextRegistry: registry, links };
}

/** What this build changes against the registry: people and parties it adds, and live pages it retires. */
function changesSince(registry: Registry, entries: ContentEntries, tracked: boolean): Pick<IngestReport['counts'], 'newPeople' | 'newParties' | 'removed'> {
  if (!tracked) return { newPeople: 0, newParties: 0, removed: 0 };
  const fresh = (rows: RegistryRow[], live: { slug: string }[]) => {
    const issued = new Set(rows.map((row) => row.slug));
    return live.filter((entry) => !issued.has(entry.slug)).length;
  };
  const now = new Set([...entries.people, ...entries.parties].map((entry) => entry.slug));
  const wasLive = [...registry.person, ...registry.party].filter((row) => row.status === 'live');
  return {
    newPeople: fresh(registry.person, entries.people),
    newParties: fresh(registry.party, entries.parties),
    removed: wasLive.filter((row) => !now.has(row.slug)).length,
  };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
