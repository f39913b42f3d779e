/**
 * Reads and extracts many seed files on every core: each file is independent,
 * so the corpus is cut into small batches that this thread and one worker
 * thread per other core take in turn until none is left. This thread works
 * too, so a worker's start-up (loading the pipeline and the word lists) is
 * time this thread spends extracting, not waiting; and batches, not fixed
 * shares, keep every core busy to the end.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractFile, type FileExtraction } from './corpus';
import type { CountryPack } from './pack';
import type { SeedFile } from './types';

/** Below this many files, starting a worker costs more than it saves (npm run bench:extract, 2 cores). */
const WORKER_THRESHOLD = 1000;
/** Files per batch: small enough to share the last ones out evenly, large enough that messages cost little. */
const BATCH = 64;

type Batch = { start: number; end: number };

/**
 * Reads and extracts `files`, in parallel when there are at least `threshold` of them; results in the order of `files`,
 * each as `keep` makes it as its batch comes in (the cache keeps it, interned): not all the raw results at once.
 */
export async function extractFiles(
  files: SeedFile[],
  pack: CountryPack,
  onDone: (count: number) => void = () => {},
  threshold = WORKER_THRESHOLD,
  keep: (file: SeedFile, result: FileExtraction, index: number) => FileExtraction = (_file, result) => result,
): Promise<FileExtraction[]> {
  const results: FileExtraction[] = new Array(files.length);
  const queue: Batch[] = [];
  for (let start = 0; start < files.length; start += BATCH) queue.push({ start, end: Math.min(files.length, start + BATCH) });
  let done = 0;
  const finish = (batch: Batch, extracted: FileExtraction[]) => {
    extracted.forEach((result, offset) => (results[batch.start + offset] = keep(files[batch.start + offset] as SeedFile, result, batch.start + offset)));
    done += extracted.length;
    onDone(done);
  };
  const here = (batch: Batch) => finish(batch, files.slice(batch.start, batch.end).map((file) => extractFile(file, pack)));

  const helpers = Math.min(availableParallelism(), 8) - 1;
  const workers = files.length < threshold ? [] : Array.from({ length: helpers }, () => runWorker(files, pack, queue, finish));
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    here(batch);
    // Let the workers' messages in: each asks for its next batch.
    if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  // A worker that failed gave its batch back to the queue: this thread does what is left.
  await Promise.all(workers);
  for (let batch = queue.shift(); batch; batch = queue.shift()) here(batch);
  return results;
}

/**
 * Batches a worker holds at once: the one it works on and the next, so that it
 * never waits for this thread, busy with a batch of its own, to hand it more.
 * With one at a time a worker idled about a quarter of the extract stage
 * (a CPU profile of a 10,000-article ingest).
 */
const IN_FLIGHT = 2;

/** One worker taking batches from `queue` until it is empty; never rejects: on failure its batches go back. */
function runWorker(files: SeedFile[], pack: CountryPack, queue: Batch[], finish: (batch: Batch, extracted: FileExtraction[]) => void): Promise<void> {
  return new Promise((resolve) => {
    // Sent and not yet answered, in the order sent: the worker answers in that order.
    const sent: Batch[] = [];
    let worker: Worker;
    const stop = () => {
      queue.unshift(...sent.splice(0));
      void worker?.terminate();
      resolve();
    };
    const fill = () => {
      while (sent.length < IN_FLIGHT) {
        const batch = queue.shift();
        if (!batch) break;
        sent.push(batch);
        worker.postMessage(files.slice(batch.start, batch.end));
      }
      if (sent.length === 0) stop();
    };
    try {
      worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), { workerData: { pack } });
    } catch {
      return resolve();
    }
    worker.on('message', (message: 'ready' | FileExtraction[]) => {
      if (message !== 'ready') finish(sent.shift() as Batch, message);
      fill();
    });
    worker.once('error', stop);
    worker.once('exit', stop);
  });
}
