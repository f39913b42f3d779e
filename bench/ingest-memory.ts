/**
 * `npm run bench:memory -- [--articles N] [--seed S]`: the heap a build's
 * ingest holds after each of its stages, cold, on a synthetic corpus (default
 * 10,000 articles), and the process's peak RSS by the end of each stage (which
 * stage reached the peak). The ingest runs as a build runs
 * it (once, with a cache folder, no registry), in a process started with
 * `--expose-gc`, so that each figure is what is still live after a full
 * collection, not garbage waiting for one, and with the V8 flags of a build's
 * processes (scripts/v8-flags.mjs), so that the peak RSS is a build's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingest } from '../src/pipeline/ingest';
import { ensureCorpus } from './corpus/cache';
import { withV8Flags } from '../scripts/v8-flags.mjs';
import { readCommandLine } from '../scripts/command-line';

const USAGE = 'usage: npm run bench:memory -- [--articles N] [--seed S]';

const { values } = readCommandLine({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
}, USAGE);

const gc = (globalThis as { gc?: () => void }).gc;
const articles = Number(values.articles);
if (values.help || !Number.isInteger(articles) || articles < 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
if (!gc) {
  // Again, in a process that can collect on demand, with the V8 flags a build's processes have.
  const child = spawnSync(process.execPath, withV8Flags(['--expose-gc', '--import', 'tsx', process.argv[1] as string, ...process.argv.slice(2)], process.env), { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;
const { folder } = await ensureCorpus(articles, values.seed);
const scratch = await mkdtemp(path.join(os.tmpdir(), 'siasa-bench-memory-'));
try {
  const rows: { stage: string; heap: number; peak: number }[] = [];
  const report = await ingest({
    seeds: folder,
    content: path.join(scratch, 'content'),
    cache: path.join(scratch, 'cache'),
    registry: false,
    editorial: false,
    once: true,
    onStage: (stage) => {
      // The peak so far, before the collection: which stage first reached the process's peak.
      const peak = process.resourceUsage().maxRSS * 1024;
      gc?.();
      rows.push({ stage, heap: process.memoryUsage().heapUsed, peak });
    },
  });
  if (!report.ok) throw new Error(report.summary);
  console.log(`${report.summary}\n`);
  console.log('| stage | seconds | heap after it | peak RSS so far |\n|---|---|---|---|');
  for (const { stage, heap, peak } of rows) console.log(`| ${stage} | ${report.timings[stage]?.toFixed(1)} | ${megabytes(heap)} | ${megabytes(peak)} |`);
  console.log(`\npeak RSS ${megabytes(process.resourceUsage().maxRSS * 1024)}; load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
