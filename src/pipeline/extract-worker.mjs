// A worker thread that reads and extracts the batches of seed files it is
// sent, answering each with its results. It is plain JavaScript so that Node
// can start it; tsx then lets it load the pipeline's TypeScript, whether the
// ingest runs under tsx or inside Astro.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractFile } = await import('./corpus.ts');
parentPort.on('message', (files) => parentPort.postMessage(files.map((file) => extractFile(file, workerData.pack))));
parentPort.postMessage('ready');
