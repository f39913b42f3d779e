/** Times the ingest's stages one by one (read, extract, resolve, slugs and records, render and emit), which the ingest inside `astro build` reports only in part. */
import { fileURLToPath } from 'node:url';
import { runMeasured } from './measure';
import type { Row } from './phases';

/** Bodies are rendered as the emit writes them (src/pipeline/body-key.ts). */
const LABELS: Record<string, string> = { publish: 'slugs + records', emit: 'render + emit' };

const runner = fileURLToPath(new URL('./stage-runner.ts', import.meta.url));
/** The checkout, where `--import tsx` resolves. */
const checkout = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs stage-runner.ts in a fresh process, measured like a build (so that no
 * run inherits another's heap, JIT or high-water mark), emitting into
 * `content`, a scratch folder it removes. One row per stage, from the end of
 * the previous one; start-up (Node, tsx, the country pack) is left out.
 */
export async function timeStages(seeds: string, content: string, timeoutMs: number): Promise<Row[]> {
  const run = await runMeasured(process.execPath, ['--import', 'tsx', runner, seeds, content, '/'], {
    cwd: checkout,
    env: process.env,
    markers: { stage: /^stage \w+ done$/ },
    timeoutMs,
  });
  const rows: Row[] = [];
  let from: number | undefined;
  for (const mark of run.marks) {
    const stage = /^stage (\w+)/.exec(mark.line)?.[1] ?? '';
    if (from !== undefined) rows.push({ label: LABELS[stage] ?? stage, ...run.between(from, mark.at) });
    from = mark.at;
  }
  return rows;
}
