/**
 * The incremental test's reference ingests, in a process of its own, forked
 * once per test file (`node --import tsx tests/unit/cold-ingest.ts`). Each
 * message is an IngestOptions; the answer is `{ ok, summary }`.
 *
 * In another process, nothing the test's process keeps in memory can reach
 * the reference: an ingest there would share the memos the runs under test
 * keep, and a memo that served stale data would then agree with itself. Each
 * ingest here first lets go of everything an earlier one kept (the same
 * `forgetIngestMemory` a build calls before it renders pages) and ingests
 * `once`, as a build does, so that each starts as a fresh process would.
 * One process for all of them, not one each: its start (loading the pipeline
 * through tsx) cost ~4 s a step, most of the test's time on CI's two cores.
 */
import { forgetIngestMemory, ingest, type IngestOptions } from '../../src/pipeline/ingest';

process.on('message', async (options: IngestOptions) => {
  forgetIngestMemory();
  try {
    const report = await ingest({ ...options, once: true });
    process.send!({ ok: report.ok, summary: report.summary });
  } catch (error) {
    process.send!({ ok: false, summary: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
