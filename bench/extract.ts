/**
 * `npm run bench:extract -- [--articles N] [--runs R] [--seed S]`: times the
 * pipeline's pure core (read → extract → resolve) on a synthetic corpus, on
 * one thread and then with read and extract on worker threads, one per core,
 * as the ingest runs them; and checks the people it finds against the
 * corpus's ground truth.
 */
import os from 'node:os';
import { analyseCorpus, analyseExtractions, type Analysis } from '../src/pipeline/corpus';
import { extractFiles } from '../src/pipeline/parallel';
import { extractArticle } from '../src/pipeline/extract/index';
import { loadPack, readSeedFolder } from '../src/pipeline/ingest';
import type { CountryPack } from '../src/pipeline/pack';
import { readArticle } from '../src/pipeline/read/index';
import { resolveCorpus } from '../src/pipeline/resolve/index';
import type { Article, SeedFile } from '../src/pipeline/types';
import { ensureCorpus } from './corpus/cache';
import { TRUTH_FILE, type CorpusTruth } from './corpus/index';
import { readCommandLine } from '../scripts/command-line';

const USAGE = 'usage: npm run bench:extract -- [--articles N] [--runs R] [--seed S]';

interface RunTimes {
  /** `analyseCorpus`: read + extract + resolve (+ the editorial steps, empty here). */
  total: number;
  read: number;
  extract: number;
  resolve: number;
}

async function main(): Promise<number> {
  const { values } = readCommandLine({
    options: {
      articles: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  }, USAGE);
  const count = Number(values.articles);
  const runs = Number(values.runs);
  if (values.help || !Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }

  const { folder, truth, reused } = await ensureCorpus(count, values.seed);
  const files = await readSeedFolder(folder);
  const pack = await loadPack();
  const megabytes = files.reduce((sum, file) => sum + file.bytes.length, 0) / 1e6;
  console.log(`bench:extract: ${files.length} articles (${megabytes.toFixed(1)} MB) ${reused ? 'reused from' : 'generated in'} ${folder}`);
  console.log(`node ${process.version}, one thread, ${runs} run${runs === 1 ? '' : 's'}\n`);

  console.log('run   read+extract+resolve    articles/s   |   read   extract   resolve   extract+resolve');
  const times: RunTimes[] = [];
  let analysis: Analysis | undefined;
  for (let run = 1; run <= runs; run++) {
    const timed = timeRun(files, pack);
    analysis = timed.analysis;
    times.push(timed.times);
    console.log(row(String(run), timed.times, files.length));
  }
  const median = (pick: (t: RunTimes) => number) => medianOf(times.map(pick));
  const middle: RunTimes = { total: median((t) => t.total), read: median((t) => t.read), extract: median((t) => t.extract), resolve: median((t) => t.resolve) };
  console.log(row('median', middle, files.length));
  console.log('(the left column times analyseCorpus; the right columns time the stages called one by one, in a second pass)\n');

  const cores = Math.min(os.availableParallelism(), 8);
  console.log(`on ${cores} cores: read + extract on ${cores} worker threads (start-up and copying results back included), then resolve on this one`);
  console.log('run   read+extract+resolve    articles/s   |   read+extract (workers)   resolve');
  const parallel: { total: number; extract: number; resolve: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    const timed = await timeParallelRun(files, pack);
    parallel.push(timed);
    console.log(parallelRow(String(run), timed, files.length));
  }
  const middleOf = (pick: (t: (typeof parallel)[number]) => number) => medianOf(parallel.map(pick));
  console.log(parallelRow('median', { total: middleOf((t) => t.total), extract: middleOf((t) => t.extract), resolve: middleOf((t) => t.resolve) }, files.length));
  console.log('');

  if (analysis) console.log(scoreReport(analysis, truth).join('\n'));
  return 0;
}

/** One timed run: `analyseCorpus` whole, then read, extract and resolve one by one. */
function timeRun(files: SeedFile[], pack: CountryPack): { times: RunTimes; analysis: Analysis } {
  let start = performance.now();
  const analysis = analyseCorpus(files, pack);
  const total = performance.now() - start;

  start = performance.now();
  const articles: Article[] = [];
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const { article } = readArticle(file);
    if (article) articles.push(article);
  }
  const read = performance.now() - start;
  start = performance.now();
  const extractions = articles.map((article) => extractArticle(article, pack));
  const extract = performance.now() - start;
  start = performance.now();
  resolveCorpus(extractions, pack);
  const resolve = performance.now() - start;
  return { times: { total, read, extract, resolve }, analysis };
}

/** Read and extract on worker threads whatever the corpus's size, then resolve: the ingest's own path for a large archive. */
async function timeParallelRun(files: SeedFile[], pack: CountryPack): Promise<{ total: number; extract: number; resolve: number }> {
  const start = performance.now();
  const extracted = await extractFiles(files, pack, () => {}, 0);
  const extract = performance.now() - start;
  analyseExtractions(extracted, pack);
  const total = performance.now() - start;
  return { total, extract, resolve: total - extract };
}

function parallelRow(label: string, t: { total: number; extract: number; resolve: number }, articles: number): string {
  return `${rowStart(label, t.total, articles)} | ${ms(t.extract).padStart(24)} ${ms(t.resolve)}`;
}

function row(label: string, t: RunTimes, articles: number): string {
  return `${rowStart(label, t.total, articles)} | ${ms(t.read)} ${ms(t.extract)} ${ms(t.resolve)} ${ms(t.extract + t.resolve).padStart(13)}`;
}

/** A row's label, whole time and articles per second: the columns both tables share. */
function rowStart(label: string, total: number, articles: number): string {
  const rate = ((articles / total) * 1000).toFixed(0).padStart(8);
  return `${label.padEnd(6)}${ms(total).padStart(18)}    ${rate}    `;
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(9);

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[half] as number) : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

/** Case and apostrophe folded, as the names are compared. */
const fold = (name: string) => name.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

interface PairScore {
  found: number;
  correct: number;
  expected: number;
  recalled: number;
  wrong: Map<string, number>;
  missed: Map<string, number>;
}

/**
 * Precision and recall of (article, name) pairs: an entity found in an article
 * counts when its name is, case-insensitively, a name the ground truth gives
 * for that article. `expected` maps each article to its folded names and the
 * full name each stands for.
 */
function scorePairs(analysis: Analysis, kind: 'person' | 'party', expected: Map<string, Map<string, string>>): PairScore {
  const score: PairScore = { found: 0, correct: 0, expected: 0, recalled: 0, wrong: new Map(), missed: new Map() };
  const hits = new Set<string>();
  for (const entity of analysis.resolution.entities) {
    if (entity.kind !== kind) continue;
    for (const source of entity.mentions.keys()) {
      score.found++;
      const match = expected.get(source)?.get(fold(entity.name));
      if (match) {
        score.correct++;
        hits.add(`${source}\n${match}`);
      } else {
        score.wrong.set(entity.name, (score.wrong.get(entity.name) ?? 0) + 1);
      }
    }
  }
  for (const [source, names] of expected) {
    for (const name of new Set(names.values())) {
      score.expected++;
      if (hits.has(`${source}\n${name}`)) score.recalled++;
      else score.missed.set(name, (score.missed.get(name) ?? 0) + 1);
    }
  }
  return score;
}

/** People and parties found, against the ground truth; someone named only as "Governor Chebet" may be found as "Chebet". */
function scoreReport(analysis: Analysis, truth: CorpusTruth): string[] {
  const people = new Map<string, Map<string, string>>();
  const parties = new Map<string, Map<string, string>>();
  for (const article of truth.articles) {
    const names = new Map(article.people.map((name) => [fold(name), name]));
    for (const [name, written] of Object.entries(article.titleOnly)) names.set(fold(written), name);
    people.set(article.file, names);
    parties.set(article.file, new Map(article.parties.map((name) => [fold(name), name])));
  }
  const count = (kind: string) => analysis.resolution.entities.filter((entity) => entity.kind === kind).length;
  const top = (counts: Map<string, number>) =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([name, n]) => `${name} (${n})`)
      .join('; ') || 'none';
  const lines = [`against ${TRUTH_FILE}, per article, names compared case-insensitively:`];
  const report = (label: string, score: PairScore, entities: number, cast: number) =>
    lines.push(
      `${label}: precision ${ratio(score.correct, score.found)} (${score.correct} of ${score.found} found), ` +
        `recall ${ratio(score.recalled, score.expected)} (${score.recalled} of ${score.expected} expected); ${entities} entities, cast ${cast}`,
      `  wrong names, most frequent: ${top(score.wrong)}`,
      `  missed, most often: ${top(score.missed)}`,
    );
  report('people ', scorePairs(analysis, 'person', people), count('person'), truth.cast.people.length);
  report('parties', scorePairs(analysis, 'party', parties), count('party'), truth.cast.parties.length);
  return lines;
}

const ratio = (part: number, whole: number) => (whole === 0 ? '—' : (part / whole).toFixed(3));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:extract failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
