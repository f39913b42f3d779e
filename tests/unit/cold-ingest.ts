/**
 * `node --import tsx tests/unit/cold-ingest.ts '<IngestOptions as JSON>'`: one
 * ingest in a process of its own. The incremental test's reference: an ingest
 * in the test's own process would share the memos the runs under test keep
 * in memory, and a memo that served stale data would then agree with itself.
 * It ingests `once`, as a build does, so the memos are not used at all: the
 * runs under test, which keep them, must give a build's bytes.
 */
import { ingest, type IngestOptions } from '../../src/pipeline/ingest';

const report = await ingest({ ...(JSON.parse(process.argv[2] ?? '{}') as IngestOptions), once: true });
if (!report.ok) {
  console.error(report.summary);
  process.exitCode = 1;
}
