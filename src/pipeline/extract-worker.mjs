// A worker thread that reads and extracts a share of the seed files. It is
// plain JavaScript so that Node can start it; tsx then lets it load the
// pipeline's TypeScript, whether the ingest runs under tsx or inside Astro.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractFile } = await import('./corpus.ts');
const results = workerData.files.map((file, index) => {
  if (index % 50 === 49) parentPort.postMessage({ done: index + 1 });
  return extractFile(file, workerData.pack);
});
parentPort.postMessage({ results });
