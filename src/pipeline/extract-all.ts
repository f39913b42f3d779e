/**
 * The extract stage over a seed folder, with its cache: a seed whose file,
 * pack and extraction code are as when it was last extracted is taken from
 * the cache, the rest is extracted on all cores.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileExtraction } from './corpus';
import { NO_CACHE, openExtractionCache, type ExtractionCache, type SeedStat } from './extraction-cache';
import { io } from './io-limit';
import type { CountryPack } from './pack';
import { extractFiles } from './parallel';
import type { Progress } from './progress';
import type { SeedFile } from './types';

/**
 * Extracts every seed: from the cache where the file, the pack and the
 * extraction code are unchanged, on all cores for the rest. A seed whose
 * stat is as when it was last read is not even read: at 10,000 articles,
 * reading and hashing every file costs a second.
 */
export async function extractAll(
  folder: string,
  names: string[],
  pack: CountryPack,
  packText: string,
  { cache: cacheFolder, once }: { cache: string | false; once: boolean },
  onProgress: (progress: Progress) => void,
): Promise<FileExtraction[]> {
  // Opened here, so that nothing holds it once the extractions are out: its shards are the
  // extractions' stored forms, a third of the heap after this stage in a build.
  const cache: ExtractionCache = cacheFolder ? await openExtractionCache(cacheFolder, packText, { once }) : NO_CACHE;
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
  const fresh = await extractFiles(
    missing,
    pack,
    (done) => onProgress({ stage: 'extract', done: hits + done, total: names.length }),
    undefined,
    (file, result, index) => {
      // Its bytes are no longer needed once extracted: at 100,000 articles they are half a gigabyte outside the heap.
      missing[index] = { name: file.name, bytes: EMPTY };
      return cache.set(file, result);
    },
  );
  missingAt.forEach((at, index) => (cached[at] = fresh[index]));
  await cache.flush();
  return cached as FileExtraction[];
}

const EMPTY = Buffer.alloc(0);

function statOf(file: string): SeedStat | undefined {
  try {
    const { size, mtimeMs, ctimeMs, ino } = statSync(file);
    return { size, mtimeMs, ctimeMs, ino };
  } catch {
    return undefined;
  }
}
