/** The synthetic corpus of a given size and seed, kept in os.tmpdir() so that benchmarks share it between runs. */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSeedFolder } from '../../src/pipeline/ingest';
import { corpusTruth, generateCorpusInto, GENERATOR_VERSION, TRUTH_FILE, type CorpusTruth } from './index';

export interface CachedCorpus {
  /** The folder of article files, with `corpus.json` beside them. */
  folder: string;
  truth: CorpusTruth;
  /** Whether an earlier run's corpus was found complete and used as it was. */
  reused: boolean;
}

/** The corpus in os.tmpdir() for this size and seed: reused when it is complete and from this generator, else written afresh. */
export async function ensureCorpus(count: number, seed: string): Promise<CachedCorpus> {
  const folder = path.join(os.tmpdir(), `siasa-bench-corpus-${count}-seed-${seed}`);
  const cached = await readFile(path.join(folder, TRUTH_FILE), 'utf8')
    .then((text) => JSON.parse(text) as CorpusTruth)
    .catch(() => undefined);
  if (cached && cached.generator === GENERATOR_VERSION && cached.seed === seed && cached.articles.length === count) {
    const present = await readSeedFolder(folder);
    if (present.length === count) return { folder, truth: cached, reused: true };
  }
  const corpus = await generateCorpusInto(folder, count, seed);
  return { folder, truth: corpusTruth(corpus), reused: false };
}
