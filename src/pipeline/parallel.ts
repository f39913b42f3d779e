/**
 * Reads and extracts many seed files on every core: each file is independent,
 * so a corpus splits into one share per worker thread. Small corpora, and
 * machines where workers cannot start, stay on this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractFile, type FileExtraction } from './corpus';
import type { CountryPack } from './pack';
import type { SeedFile } from './types';

/** Below this many files, starting workers costs more than it saves (measured by npm run bench at 1,000 and 2,000 on 2 cores). */
const WORKER_THRESHOLD = 5000;

/** Reads and extracts `files`, in parallel when there are at least `threshold` of them; results in the order of `files`. */
export async function extractFiles(
  files: SeedFile[],
  pack: CountryPack,
  onDone: (count: number) => void = () => {},
  threshold = WORKER_THRESHOLD,
): Promise<FileExtraction[]> {
  const workers = Math.min(availableParallelism(), 8);
  const inThread = () =>
    files.map((file, index) => {
      const result = extractFile(file, pack);
      onDone(index + 1);
      return result;
    });
  if (files.length < threshold || workers < 2) return inThread();
  const shares = Array.from({ length: workers }, (_, index) => files.filter((_, position) => position % workers === index));
  const done = shares.map(() => 0);
  try {
    const results = await Promise.all(
      shares.map((share, index) =>
        runWorker(share, pack, (count) => {
          done[index] = count;
          onDone(done.reduce((sum, value) => sum + value, 0));
        }),
      ),
    );
    // Put results back in the order of `files`: share i holds positions i, i + workers, …
    return files.map((_, position) => results[position % workers]?.[Math.floor(position / workers)] as FileExtraction);
  } catch {
    return inThread();
  }
}

function runWorker(files: SeedFile[], pack: CountryPack, onDone: (count: number) => void): Promise<FileExtraction[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), { workerData: { files, pack } });
    worker.on('message', (message: { done: number } | { results: FileExtraction[] }) => {
      if ('done' in message) {
        onDone(message.done);
        return;
      }
      resolve(message.results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`extraction worker stopped with code ${code}`));
    });
  });
}
