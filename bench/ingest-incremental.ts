/**
 * `npm run bench:ingest -- [--articles N] [--runs R] [--seed S] [--keep]`: times
 * the ingest after one changed article on a synthetic corpus (default 10,000
 * articles), against a cold ingest of the same seeds.
 *
 * Two incremental figures: in one process that ingested before (what the dev
 * server does on every save; its caches are in memory) and in a fresh process
 * (what `npm run ingest` does; its caches are on disk). Every run is a
 * publishing run, so the slug registry is written too. At the end the last
 * incremental result is compared, byte for byte, with a cold ingest of the
 * same seeds into fresh folders.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ingest, isSeedName, type IngestReport } from '../src/pipeline/ingest';
import { ensureCorpus } from './corpus/cache';
import { readCommandLine } from '../scripts/command-line';

const USAGE = 'usage: npm run bench:ingest -- [--articles N] [--runs R] [--seed S] [--keep]';

/** The folders one ingest reads and writes. */
interface Place {
  seeds: string;
  content: string;
  cache: string;
  registry: string;
}

const { values } = readCommandLine({
  options: {
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    child: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
}, USAGE);

async function runIngest(place: Place): Promise<{ seconds: number; report: IngestReport }> {
  const started = performance.now();
  const report = await ingest({ seeds: place.seeds, content: place.content, cache: place.cache, registry: place.registry, publish: true, editorial: false });
  if (!report.ok) throw new Error(report.summary);
  return { seconds: (performance.now() - started) / 1000, report };
}

/** A fresh process's ingest: this script again, told where by `--child`. */
async function runChild(place: Place): Promise<{ seconds: number; wall: number; timings: Record<string, number> }> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', process.argv[1] as string, '--child', JSON.stringify(place)], { maxBuffer: 1 << 24 });
  const result = JSON.parse(stdout.trim().split('\n').pop() as string) as { seconds: number; timings: Record<string, number> };
  return { ...result, wall: (performance.now() - started) / 1000 };
}

/** Edits one sentence of the `run`-th article picked, as an editor would. */
async function editOne(seeds: string, names: string[], run: number): Promise<string> {
  const name = names[Math.floor(((run * 2654435761) % 2 ** 32) / 2 ** 32 * names.length)] as string;
  const file = path.join(seeds, name);
  const text = await readFile(file, 'utf8');
  const at = text.indexOf('. ', text.indexOf('\n\n') + 2);
  if (at < 0) throw new Error(`${name} has no sentence to edit`);
  await writeFile(file, `${text.slice(0, at)}, the county assembly heard on day ${run}${text.slice(at)}`);
  return name;
}

/** Every file under `folder`, by relative path, with its bytes. */
async function tree(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), await readFile(file));
  }
  return files;
}

/** What differs between two trees, as a short list of paths. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((file) => !a.get(file)?.equals(b.get(file) ?? Buffer.alloc(0)) || !a.has(file) || !b.has(file)).sort();
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');
const s = (value: number) => `${value.toFixed(2)} s`;

async function main(): Promise<number> {
  if (values.child) {
    const { seconds, report } = await runIngest(JSON.parse(values.child) as Place);
    console.log(JSON.stringify({ seconds, timings: report.timings }));
    return 0;
  }
  const count = Number(values.articles);
  const runs = Number(values.runs);
  if (values.help || !Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const corpus = await ensureCorpus(count, values.seed);
  const work = await mkdtemp(path.join(os.tmpdir(), 'siasa-bench-ingest-'));
  try {
    const place = (name: string): Place => ({
      seeds: path.join(work, 'seeds'),
      content: path.join(work, name, 'content'),
      cache: path.join(work, name, 'cache'),
      registry: path.join(work, name, 'slugs.lock.json'),
    });
    const warm = place('warm');
    await cp(corpus.folder, warm.seeds, { recursive: true, filter: (source) => source === corpus.folder || isSeedName(path.basename(source)) });
    const names = (await readdir(warm.seeds)).filter(isSeedName).sort();
    console.log(`bench:ingest: ${names.length} articles (seed ${values.seed}) in ${work}; node ${process.version}, ${os.availableParallelism()} cores; load average ${load()}`);

    const cold = await runIngest(warm);
    console.log(`cold ingest, in this process: ${s(cold.seconds)}  ${JSON.stringify(cold.report.timings)}`);
    const inProcess: number[] = [];
    const fresh: number[] = [];
    const freshWall: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const edited = await editOne(warm.seeds, names, run);
      const again = await runIngest(warm);
      inProcess.push(again.seconds);
      console.log(`run ${run}: ${edited} edited; in this process ${s(again.seconds)}  ${JSON.stringify(again.report.timings)}  load ${load()}`);
      await editOne(warm.seeds, names, run + runs);
      const child = await runChild(warm);
      fresh.push(child.seconds);
      freshWall.push(child.wall);
      console.log(`run ${run}: another article edited; fresh process ${s(child.seconds)} (${s(child.wall)} with Node's start)  ${JSON.stringify(child.timings)}`);
    }

    // The same seeds, cold, into folders no run has seen (and a registry started afresh, as the warm one was).
    const check = { ...place('cold'), seeds: warm.seeds };
    const reference = await runChild(check);
    console.log(`cold ingest, fresh process, fresh cache: ${s(reference.seconds)} (${s(reference.wall)} with Node's start)  ${JSON.stringify(reference.timings)}`);
    const contentDiff = differences(await tree(warm.content), await tree(check.content));
    const registrySame = (await readFile(warm.registry)).equals(await readFile(check.registry));

    console.log(`\nmedians of ${runs} runs, ${names.length} articles, load average ${load()}:`);
    console.log(`  cold ingest (in process)                    ${s(cold.seconds)}`);
    console.log(`  after one changed article, same process     ${s(median(inProcess))}   (the dev server's case)`);
    console.log(`  after one changed article, fresh process    ${s(median(fresh))}   (${s(median(freshWall))} with Node's start; npm run ingest's case)`);
    console.log(`  content/ byte-identical to a cold ingest:   ${contentDiff.length === 0 ? 'yes' : `NO, ${contentDiff.length} files differ: ${contentDiff.slice(0, 5).join(', ')}`}`);
    console.log(`  registry byte-identical to a cold ingest:   ${registrySame ? 'yes' : 'NO'}`);
    return contentDiff.length === 0 && registrySame ? 0 : 1;
  } finally {
    if (values.keep) console.log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
