/**
 * `npm run bench -- --articles N [--runs R] [--seed S] [--jobs J] [--keep]`: times siasa's
 * whole build as `npm run build` makes it (ingest stages, astro build, in J parts,
 * by default as many as npm run build picks; Pagefind) on a synthetic corpus, cold
 * and after a one-article change, against a bare Astro + Pagefind site on the
 * same articles (bench/baseline/), and prints wall, CPU, peak RSS and cost per article.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPhases, type BuildPhases } from './build/phases';
import { buildCopy, copyBaseline, copySiasa, dataStoreBytes, removeCopy, touchArticle, type SiteCopy } from './build/sites';
import { timeStages } from './build/stages';
import { formatTable, median, medianSections, seconds, type Section } from './build/table';
import { ensureCorpus } from './corpus/cache';
import type { CorpusTruth } from './corpus/index';
import { readCommandLine } from '../scripts/command-line';

const LEGEND = [
  "start: Node and Astro's config, with siasa's ingest (it runs in astro:config:setup); content layer: Vite's dependency scan, loaders, data store, types;",
  "bundle: the server build, data store included; pages: page generation; astro build: from the end of start to Pagefind's.",
  "CPU: user + system of the whole process tree (threads, esbuild, Pagefind's service); peak RSS: the largest single process.",
].join('\n');
const USAGE = 'usage: npm run bench -- --articles N [--runs R] [--seed S] [--jobs J] [--keep]';
/** Past this, a build is taken to hang; 10,000 articles on a busy 2-core machine take minutes, not an hour. */
const BUILD_TIMEOUT_MS = 60 * 60_000;

interface RunResult {
  sections: Section[];
  /** Bytes of Astro's data store in each copy, after its last build. */
  dataStore: { siasa: number; baseline: number };
  siasa: BuildPhases;
  baseline: BuildPhases;
  incremental: BuildPhases;
}

async function main(): Promise<number> {
  const { values } = readCommandLine({
    options: {
      articles: { type: 'string' },
      runs: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      // As npm run build picks it (scripts/build.mjs): one part per core from three cores up.
      jobs: { type: 'string', default: String(os.availableParallelism() <= 2 ? 1 : os.availableParallelism()) },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }, USAGE);
  const count = Number(values.articles);
  const runs = Number(values.runs);
  const jobs = Number(values.jobs);
  if (values.help || !Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(jobs) || jobs < 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  // Ctrl-C must still end the builds, which run in process groups of their own.
  process.on('SIGINT', () => process.exit(130));

  const corpus = await ensureCorpus(count, values.seed);
  console.log(`bench: ${count} articles (seed ${values.seed}) ${corpus.reused ? 'reused from' : 'generated in'} ${corpus.folder}`);
  console.log(
    `node ${process.version}, ${os.cpus().length} cores, siasa in ${jobs} part${jobs === 1 ? '' : 's'}, ${runs} run${runs === 1 ? '' : 's'}; ` +
      `CPU and peak RSS from /proc, polled every 100 ms and at each phase's last line${existsSync('/usr/bin/time') ? ' (whole builds: also GNU time, the larger kept)' : ''}`,
  );

  const results: RunResult[] = [];
  for (let run = 1; run <= runs; run++) {
    progress(`run ${run} of ${runs}, load average ${os.loadavg()[0]?.toFixed(1)}`);
    results.push(await benchRun(corpus.folder, corpus.truth, jobs, values.keep));
  }

  const sections = medianSections(results.map((result) => result.sections));
  console.log(`\n${runs === 1 ? 'one run' : `medians of ${runs} runs`}; ${count} articles, siasa ${results[0]?.siasa.pages} pages, baseline ${results[0]?.baseline.pages} pages\n`);
  console.log(formatTable(sections, count));
  console.log(LEGEND);
  console.log(`\n${summary(results).join('\n')}`);
  return 0;
}

/** One run: the ingest's stages one by one, then siasa cold, the baseline, and siasa again after a one-article change. */
async function benchRun(corpusFolder: string, truth: CorpusTruth, jobs: number, keep: boolean): Promise<RunResult> {
  const copies: SiteCopy[] = [];
  try {
    const siasa = await copySiasa(corpusFolder);
    copies.push(siasa);
    progress('ingest stages, one by one');
    const stages = await timeStages(siasa.seeds, path.join(siasa.root, '.bench-content'), BUILD_TIMEOUT_MS);

    progress(`siasa, cold build in ${siasa.root}`);
    const cold = buildPhases(await buildCopy(siasa, BUILD_TIMEOUT_MS, jobs), 'siasa');

    const bare = await copyBaseline(corpusFolder, truth);
    copies.push(bare);
    progress(`baseline build in ${bare.root}`);
    const baseline = buildPhases(await buildCopy(bare, BUILD_TIMEOUT_MS), 'baseline');

    const changed = await touchArticle(siasa);
    progress(`siasa, rebuild after changing ${changed}`);
    const incremental = buildPhases(await buildCopy(siasa, BUILD_TIMEOUT_MS, jobs), 'siasa');

    const ingestRow = (phases: BuildPhases) => (phases.ingestMs === undefined ? [] : [{ label: 'ingest (its own log)', wallMs: phases.ingestMs }]);
    const sections: Section[] = [
      { title: 'siasa, ingest stages one by one (one thread, own process)', rows: stages },
      { title: `siasa, cold build in ${jobs} part${jobs === 1 ? '' : 's'} (ingest included)`, rows: [...ingestRow(cold), ...cold.rows] },
      { title: 'baseline, cold astro build', rows: baseline.rows },
      { title: 'siasa, rebuild after a one-article change', rows: [...ingestRow(incremental), ...incremental.rows] },
    ];
    progress(`whole: siasa ${seconds(whole(cold))}, baseline ${seconds(whole(baseline))}, rebuild ${seconds(whole(incremental))}`);
    return { sections, dataStore: { siasa: await dataStoreBytes(siasa), baseline: await dataStoreBytes(bare) }, siasa: cold, baseline, incremental };
  } finally {
    if (keep) progress(`kept ${copies.map((copy) => copy.root).join(' and ')}`);
    else for (const copy of copies) await removeCopy(copy);
  }
}

/** The issue's ratios, each from the medians of the runs. */
function summary(results: RunResult[]): string[] {
  const of = (pick: (result: RunResult) => BuildPhases, field: 'wallMs' | 'cpuMs') => median(results.map((result) => wholeRow(pick(result))[field] ?? Number.NaN));
  const ratio = (field: 'wallMs' | 'cpuMs') => (of((r) => r.siasa, field) / of((r) => r.baseline, field)).toFixed(2);
  const share = (field: 'wallMs' | 'cpuMs') => percent(of((r) => r.incremental, field) / of((r) => r.siasa, field));
  const ingest = median(results.map((result) => result.incremental.ingestMs ?? Number.NaN));
  const store = (pick: (sizes: RunResult['dataStore']) => number) => `${(median(results.map((result) => pick(result.dataStore))) / 2 ** 20).toFixed(1)} MB`;
  return [
    `siasa / baseline, whole cold build: ${ratio('wallMs')}× wall, ${ratio('cpuMs')}× CPU`,
    `Astro's data store (bundled on every build): siasa ${store((sizes) => sizes.siasa)}, baseline ${store((sizes) => sizes.baseline)}`,
    `rebuild after one changed article: ${share('wallMs')} of the cold build's wall, ${share('cpuMs')} of its CPU; ` +
      `the ingest is ${seconds(ingest)} of it (${percent(ingest / of((r) => r.incremental, 'wallMs'))})`,
  ];
}

const wholeRow = (phases: BuildPhases) => phases.rows.find((row) => row.label === 'whole') ?? { wallMs: Number.NaN, cpuMs: Number.NaN };
const whole = (phases: BuildPhases) => wholeRow(phases).wallMs;
const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
const progress = (line: string) => console.error(`… ${line}`);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
