/**
 * The ingest: `seeds/` in, `content/` out. The I/O edge of the pipeline:
 * it lists and reads the seed files, runs the pure stages, and emits.
 */
import { statSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseExtractions, publishCorpus, type FileExtraction } from './corpus';
import { forgetCacheStores } from './cache-store';
import { forgetSeedIndexes, NO_CACHE, openExtractionCache, type ExtractionCache, type SeedStat } from './extraction-cache';
import { renderVersion } from './body-key';
import { io } from './io-limit';
import { extractFiles } from './parallel';
import type { Progress } from './progress';
import { EMPTY_EDITORIAL, parseEditorial, type ParsedEditorial } from './editorial/index';
import { emitContent, emitRegistry, forgetWritten } from './emit';
import { EMPTY_REGISTRY, parseRegistry, type Registry, type RegistryRow } from './registry';
import type { ContentEntries } from './records';
import { parsePack, type CountryPack } from './pack';
import { forgetPreviews, rememberForPreview } from './preview';
import type { ReviewNote } from './resolve/index';
import { forgetResolveMemory } from './resolve/memo';
import { forgetRecords } from './records-memo';
import type { Problem, SeedFile } from './types';

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
}

export const DEFAULT_PACK = fileURLToPath(new URL('../packs/ke.yaml', import.meta.url));

/** Seeds are articles: `.txt`, `.md`, `.markdown`, saved pages (`.html`, `.htm`). Hidden files, editor backups and a folder's README are not. */
export function isSeedName(name: string): boolean {
  return /\.(?:txt|md|markdown|html?)$/i.test(name) && !isIgnoredName(name);
}

/** Files no one would take for an article: hidden files, editor backups and lock files, a README, the editorial file. */
function isIgnoredName(name: string): boolean {
  return /^(?:[.#~]|readme\.)/i.test(name) || /[~#]$|\.(?:bak|swp|tmp)$/i.test(name) || name === EDITORIAL_FILE;
}

export interface SeedFolder {
  files: SeedFile[];
  /** Files that are neither articles nor ignorable: said once, so that a `.docx` dropped in is not silently lost. */
  strangers: string[];
}

/** Reads the seed folder's article files, in name order. */
export async function readSeedFolder(folder: string): Promise<SeedFile[]> {
  return (await scanSeedFolder(folder)).files;
}

export async function scanSeedFolder(folder: string): Promise<SeedFolder> {
  const { names, strangers } = await listSeedFolder(folder);
  const files = await Promise.all(names.map((name) => io(async () => ({ name, bytes: await readFile(path.join(folder, name)) }))));
  return { files, strangers };
}

/** The seed folder's article names, in name order, and the files that are neither articles nor ignorable. */
async function listSeedFolder(folder: string): Promise<{ names: string[]; strangers: string[] }> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile());
  const names = entries.map((entry) => entry.name).filter(isSeedName).sort();
  const strangers = entries.map((entry) => entry.name).filter((name) => !isSeedName(name) && !isIgnoredName(name)).sort();
  return { names, strangers };
}

/** The name of the editorial file in a seed folder. */
export const EDITORIAL_FILE = 'editorial.yaml';

/** Reads and checks an editorial file; a missing file is an empty one. */
export async function loadEditorial(file: string | false): Promise<ParsedEditorial> {
  if (file === false) return { ok: true, editorial: EMPTY_EDITORIAL };
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return { ok: true, editorial: EMPTY_EDITORIAL };
  return parseEditorial(text, path.basename(file));
}

/** The slug registry's file name, at the project's root. */
export const REGISTRY_FILE = 'slugs.lock.json';

/** Reads the slug registry; a missing file is an empty registry (the first build). */
export async function loadRegistry(file: string): Promise<Registry> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? EMPTY_REGISTRY : parseRegistry(text, path.basename(file));
}

export async function loadPack(file = DEFAULT_PACK): Promise<CountryPack> {
  return parsePack(await readFile(file, 'utf8'));
}

/**
 * Extracts every seed: from the cache where the file, the pack and the
 * extraction code are unchanged, on all cores for the rest. A seed whose
 * stat is as when it was last read is not even read: at 10,000 articles,
 * reading and hashing every file costs a second.
 */
async function extractAll(folder: string, names: string[], pack: CountryPack, packText: string, cacheFolder: string | false, onProgress: (progress: Progress) => void): Promise<FileExtraction[]> {
  // Opened here, so that nothing holds it once the extractions are out: its shards are the
  // extractions' stored forms, a third of the heap after this stage in a build.
  const cache: ExtractionCache = cacheFolder ? await openExtractionCache(cacheFolder, packText) : NO_CACHE;
  const cached: (FileExtraction | undefined)[] = [];
  const unknown: number[] = [];
  names.forEach((name, index) => {
    const stat = statOf(path.join(folder, name));
    const hit = stat && cache.known(name, stat);
    cached.push(hit);
    if (!hit) unknown.push(index);
  });
  const missing: SeedFile[] = [];
  const missingAt: number[] = [];
  await Promise.all(
    unknown.map((index) =>
      io(async () => {
        const name = names[index] as string;
        const file = { name, bytes: await readFile(path.join(folder, name)) };
        const stat = statOf(path.join(folder, name));
        if (stat) cache.saw(file, stat);
        const hit = cache.get(file);
        cached[index] = hit;
        if (hit) return;
        missing.push(file);
        missingAt.push(index);
      }),
    ),
  );
  const hits = names.length - missing.length;
  onProgress({ stage: 'extract', done: hits, total: names.length });
  const fresh = await extractFiles(missing, pack, (done) => onProgress({ stage: 'extract', done: hits + done, total: names.length }));
  missing.forEach((file, index) => {
    cache.set(file, fresh[index] as FileExtraction);
    // The cache's own object for it, as the next run in this process will get: resolve's memos know
    // an unchanged article by that object, so the run after a cold one need not resolve everything afresh.
    cached[missingAt[index] as number] = cache.get(file) ?? fresh[index];
  });
  await cache.flush();
  return cached as FileExtraction[];
}

function statOf(file: string): SeedStat | undefined {
  try {
    const { size, mtimeMs, ctimeMs, ino } = statSync(file);
    return { size, mtimeMs, ctimeMs, ino };
  } catch {
    return undefined;
  }
}

/**
 * Lets go of what the ingest keeps in memory for its next run in this process
 * (the caches' shards, the seed index, resolve's memos, the kept records, the emitted texts): the dev server
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
  // No name holds the extractions: once resolved, what the pages need of them is in the resolution.
  const analysis = analyseExtractions(
    await extractAll(options.seeds, folder.names, pack, packText, options.cache ?? false, onProgress).then((extracted) => {
      if (options.once) {
        forgetCacheStores();
        forgetSeedIndexes();
      }
      time('extract');
      onProgress({ stage: 'resolve', done: 0, total: folder.names.length });
      return extracted;
    }),
    pack,
    editorial.editorial,
  );
  if (options.once) forgetResolveMemory();
  onProgress({ stage: 'resolve', done: folder.names.length, total: folder.names.length });
  time('resolve');
  const problems = [
    ...folder.strangers.map((name) => ({ file: name, message: `${name} is not an article (.txt, .md, .markdown, .html or .htm); it is ignored` })),
    ...analysis.problems,
    ...analysis.editorialWarnings,
  ];
  if (options.strict && problems.length > 0) return stop(problems, `--strict: ${plural(problems.length, 'problem')} in the seeds`);
  // Bodies are rendered by the emit, only those whose key is not as on disk: no render cache.
  if (options.cache) await rm(path.join(options.cache, 'render'), { recursive: true, force: true });
  const { entries, registry: nextRegistry, links } = publishCorpus(analysis, options.base ?? '/', registry, undefined, { memo: !options.once, renderVersion: await renderVersion() });
  time('publish');
  const counts = {
    articles: entries.articles.length,
    skipped: analysis.skipped,
    people: entries.people.length,
    parties: entries.parties.length,
    ...changesSince(registry, entries, options.registry !== false),
    reviewOpen: analysis.resolution.review.length,
    reviewSettled: analysis.settled.length,
  };
  if (counts.articles === 0) return { ...stop(problems, `no article could be read in ${options.seeds}`), counts };
  if (!options.dryRun) {
    await emitContent(options.content, entries, { keep: !options.once });
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
    `${plural(analysis.resolution.heldBack, 'fact')} held back by the evidence check, ` +
    `${counts.reviewOpen} review items open (${counts.reviewSettled} settled), in ${seconds} s`;
  return { ok: true, problems, review: analysis.resolution.review, counts, summary, timings };
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
