/**
 * The import command's one door to the disk: reads each archive file, plans
 * its seeds (feed.ts, seed.ts) and writes only the seeds that are new or
 * changed. Nothing else in the seed folder is read for its text or touched.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from './feed';
import { hashOfSeedName, itemWarnings, planImport, summarise, type Outcome } from './seed';

export interface ImportReport {
  /** The summary, a few lines per file. */
  lines: string[];
  /** One line each: a file that could not be read, an item that could not become a seed. */
  warnings: string[];
  /** Files that could not be read at all. */
  failed: number;
  outcomes: Outcome[];
}

/** Imports `files` (RSS, Atom or WordPress export) into the seed folder `into`. */
export async function importArchives(files: string[], into: string): Promise<ImportReport> {
  await mkdir(into, { recursive: true });
  const report: ImportReport = { lines: [], warnings: [], failed: 0, outcomes: [] };
  for (const file of files) {
    const name = path.basename(file);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => error);
    const parsed = typeof text === 'string' ? parseFeed(text.replace(/^\uFEFF/, '')) : { ok: false as const, message: `cannot be read (${text.code ?? text.message})` };
    if (!parsed.ok) {
      report.warnings.push(`${name}${parsed.line ? `:${parsed.line}` : ''} ${parsed.message}; skipped`);
      report.failed++;
      continue;
    }
    // Read afresh for each file: an earlier file of this run may have added seeds.
    const existing = new Map<string, string>();
    for (const seed of await readdir(into)) {
      const hash = hashOfSeedName(seed);
      if (hash && !existing.has(hash)) existing.set(hash, seed);
    }
    const current = new Map<string, string | undefined>();
    for (const seed of new Set(existing.values())) current.set(seed, await readFile(path.join(into, seed), 'utf8').catch(() => undefined));
    const outcomes = planImport(parsed.feed, existing, (seed) => current.get(seed));
    for (const outcome of outcomes) {
      if (outcome.kind === 'added' || outcome.kind === 'updated') await writeFile(path.join(into, outcome.file), outcome.text);
    }
    report.lines.push(...summarise(name, parsed.feed.kind, outcomes));
    report.warnings.push(...itemWarnings(name, outcomes));
    report.outcomes.push(...outcomes);
  }
  return report;
}
