/**
 * The catalogue's sites (tests/support/site-catalogue.ts), built in the
 * background of the end-to-end run, the global setup's side. Every site is
 * copied at once, so that all are built from the same state of the checkout,
 * then built one after another, each outcome written to a small JSON file in
 * a folder the setup provides to the test files, which wait for it
 * (tests/support/background-sites.ts). Files in Vitest's workers cannot await
 * a promise of the main process: a file in a folder both can see is the handshake.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { joinOtherLane } from './priority';
import { buildCopy, checkoutRoot, copySite, removeSite, type BuiltSite } from './site-build';
import { siteCatalogue, type CatalogueName, type CatalogueSite, type MadeSeeds } from './site-catalogue';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder where the background builds write `NAME.json` as each finishes. */
    backgroundSites: string;
  }
}

/** What a finished background build leaves for its test file, as `NAME.json`. */
export type Outcome = { site: BackgroundSite } | { error: string };

/** A catalogue site, built; `madeSeeds` is the folder of its made seeds, if it has any. */
export interface BackgroundSite extends BuiltSite {
  madeSeeds?: string;
}

export interface BackgroundBuilds {
  /** The folder to provide to the test files. */
  folder: string;
  /**
   * Builds the copies in the background, one at a time and below the
   * browser's queue (tests/support/priority.ts), in the catalogue's order but
   * those a file waits for first; settles when every build has finished,
   * failed or not.
   */
  start(): Promise<void>;
  /** Stops the build under way and those not begun, then deletes every copy and the folder. */
  remove(): Promise<void>;
}

/** Copies every site of the catalogue, to build when `start` is called. */
export async function copyBackgroundSites(): Promise<BackgroundBuilds> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'siasa-e2e-sites-'));
  const copies = new Map<CatalogueName, BuiltSite | Error>();
  const made = new Map<MadeSeeds, string>();
  for (const [name, entry] of Object.entries(siteCatalogue) as [CatalogueName, CatalogueSite][]) {
    try {
      if (entry.reindexOf) {
        // Its content and registry are the other site's (tests read them); its dist/ its own.
        const source = copies.get(entry.reindexOf as CatalogueName);
        if (!source) throw new Error(`the ${name} site is made from the "${entry.reindexOf}" site, which is not before it in the catalogue`);
        if (source instanceof Error) throw source;
        const root = await mkdtemp(path.join(os.tmpdir(), 'siasa-site-'));
        copies.set(name, { ...source, root, dist: path.join(root, 'dist'), options: entry.options });
        continue;
      }
      const extra = entry.made && (await madeSeeds(entry.made, folder, made));
      const seeds = [entry.options.seeds ?? 'seeds', extra ?? []].flat();
      copies.set(name, await copySite({ ...entry.options, seeds }));
    } catch (error) {
      copies.set(name, error as Error);
    }
  }

  const stop = new AbortController();
  const outcomes = new Map<CatalogueName, Outcome>();
  async function build(): Promise<void> {
    const pending = [...copies.keys()];
    while (pending.length > 0 && !stop.signal.aborted) {
      // A file already waiting comes first: when only some files run, their sites are not queued behind the others'.
      let next = pending.find((name) => existsSync(wantedMark(folder, name))) ?? pending[0]!;
      // A site made from another's pages waits for that one.
      const first = (siteCatalogue[next] as CatalogueSite).reindexOf as CatalogueName | undefined;
      if (first && pending.includes(first)) next = first;
      pending.splice(pending.indexOf(next), 1);
      const copy = copies.get(next)!;
      const entry: CatalogueSite = siteCatalogue[next];
      const source = entry.reindexOf as CatalogueName | undefined;
      let outcome: Outcome;
      try {
        if (copy instanceof Error) throw copy;
        if (source) await reindex(outcomes.get(source)!, copy, stop.signal);
        else await buildCopy(copy, { signal: stop.signal, background: true });
        outcome = { site: { ...copy, ...(entry.made && { madeSeeds: made.get(entry.made) }) } };
      } catch (error) {
        outcome = { error: `the ${next} site did not build: ${(error as Error).message}` };
      }
      outcomes.set(next, outcome);
      await writeFile(`${outcomeFile(folder, next)}.part`, JSON.stringify(outcome));
      await rename(`${outcomeFile(folder, next)}.part`, outcomeFile(folder, next));
    }
  }

  let settled: Promise<void> | undefined;
  return {
    folder,
    start: () => (settled ??= build()),
    async remove() {
      // Sites no file has asked for by now never will be: a run of some files only stops here.
      stop.abort();
      await settled;
      await Promise.all([...copies.values()].map((copy) => !(copy instanceof Error) && removeSite(copy)));
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Makes `copy` of the built site of `source`: its dist/ without the search
 * bundles, indexed again by scripts/pagefind.mjs with `copy`'s environment, in
 * a process of the other lane (the Pagefind binary it starts inherits the lane).
 */
async function reindex(source: Outcome, copy: BuiltSite, signal: AbortSignal): Promise<void> {
  if ('error' in source) throw new Error(`its pages are another site's, which failed: ${source.error}`);
  const from = source.site.dist;
  await cp(from, copy.dist, { recursive: true, filter: (file) => !/^pagefind(-\d+)?$/.test(path.relative(from, file)) });
  const script = `import { indexSite } from ${JSON.stringify(path.join(checkoutRoot, 'scripts', 'pagefind.mjs'))}; await indexSite(${JSON.stringify(copy.dist)}, () => {});`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...copy.options.env }, stdio: ['ignore', 'ignore', 'pipe'], signal });
    if (child.pid !== undefined) joinOtherLane(child.pid);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`indexing it again exited with code ${code}: ${errors.trim()}`))));
  });
}

/** The file a site's outcome is written to. */
export const outcomeFile = (folder: string, name: CatalogueName) => path.join(folder, `${name}.json`);

/** The file a test file leaves when it starts waiting for a site, so that it is built next. */
export const wantedMark = (folder: string, name: CatalogueName) => path.join(folder, `${name}.wanted`);

/** Makes a kind of seeds once per run, in its own folder under `folder`. */
async function madeSeeds(kind: MadeSeeds, folder: string, made: Map<MadeSeeds, string>): Promise<string> {
  const known = made.get(kind);
  if (known) return known;
  const seeds = path.join(folder, kind);
  await mkdir(seeds);
  if (kind === 'synthetic-200') {
    const { generateCorpus, writeCorpus } = await import('../../bench/corpus/index');
    await writeCorpus(seeds, generateCorpus(200, '1'));
  } else {
    const { importArchives } = await import('../../src/import/index');
    const archives = path.join(checkoutRoot, 'tests/fixtures/import');
    await importArchives(['courier-politics.rss', 'observer-counties.atom', 'herald-wordpress.xml'].map((name) => path.join(archives, name)), seeds);
  }
  made.set(kind, seeds);
  return seeds;
}
