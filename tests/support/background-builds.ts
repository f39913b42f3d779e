/**
 * The catalogue's sites (tests/support/site-catalogue.ts), built in the
 * background of the end-to-end run, the global setup's side. Every site is
 * copied at once, so that all are built from the same state of the checkout,
 * then built one after another, each outcome written to a small JSON file in
 * a folder the setup provides to the test files, which wait for it
 * (tests/support/background-sites.ts). Files in Vitest's workers cannot await
 * a promise of the main process: a file in a folder both can see is the handshake.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
      const extra = entry.made && (await madeSeeds(entry.made, folder, made));
      const seeds = [entry.options.seeds ?? 'seeds', extra ?? []].flat();
      copies.set(name, await copySite({ ...entry.options, seeds }));
    } catch (error) {
      copies.set(name, error as Error);
    }
  }

  const stop = new AbortController();
  async function build(): Promise<void> {
    const pending = [...copies.keys()];
    while (pending.length > 0 && !stop.signal.aborted) {
      // A file already waiting comes first: when only some files run, their sites are not queued behind the others'.
      const next = pending.find((name) => existsSync(wantedMark(folder, name))) ?? pending[0]!;
      pending.splice(pending.indexOf(next), 1);
      const copy = copies.get(next)!;
      const entry: CatalogueSite = siteCatalogue[next];
      let outcome: Outcome;
      try {
        if (copy instanceof Error) throw copy;
        await buildCopy(copy, { signal: stop.signal, background: true });
        outcome = { site: { ...copy, ...(entry.made && { madeSeeds: made.get(entry.made) }) } };
      } catch (error) {
        outcome = { error: `the ${next} site did not build: ${(error as Error).message}` };
      }
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
