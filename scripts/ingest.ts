/**
 * `npm run ingest [-- --check] [--publish] [--seeds DIR] [--content DIR] [--base PATH]`:
 * the command-line face of the pipeline. Turns seeds/ into content/ (what
 * `npm run build` does first), or with --check validates the seeds and the
 * editorial file without writing anything, for a newsroom's own CI.
 * It reads the slug registry but writes it only with --publish: `npm run build`
 * is the publishing build, and an ingest run by hand is a look, not a release.
 * Exit code 0 when all is well, 1 when the ingest stopped or --check found problems.
 */
import path from 'node:path';
import { ingest, REGISTRY_FILE } from '../src/pipeline/ingest';
import { progressReporter } from '../src/pipeline/progress';
import { readCommandLine } from './command-line';

const USAGE = 'usage: npm run ingest -- [--check] [--strict] [--publish] [--seeds DIR] [--content DIR] [--base PATH]';

const { values } = readCommandLine({
  options: {
    check: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: 'content' },
    base: { type: 'string', default: process.env.SIASA_BASE ?? '/' },
    help: { type: 'boolean', default: false },
  },
}, USAGE);

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const progress = progressReporter({ tty: process.stderr.isTTY === true, log: (line) => console.error(line) });
const report = await ingest({
  onProgress: progress.onProgress,
  seeds: path.resolve(values.seeds),
  content: path.resolve(values.content),
  base: values.base,
  dryRun: values.check,
  strict: values.strict,
  registry: path.resolve(REGISTRY_FILE),
  publish: values.publish && !values.check,
  cache: path.resolve('node_modules/.astro/siasa'),
  once: true,
});
progress.stop();
for (const problem of report.problems) console.error(`${report.ok ? 'warning' : 'error'}: ${problem.message}`);
console.log(report.summary);
process.exit(report.ok && !(values.check && report.problems.length > 0) ? 0 : 1);
