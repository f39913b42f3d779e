/**
 * Two projects, two lanes: `unit` (no browser; four files build sites or run
 * many ingests), in the forks pool a little below normal CPU priority, two
 * files at a time; and `e2e` (one seed build, shared by every file through a
 * global setup, driven in Chromium one file at a time), at normal priority, so
 * that the browser's queue is not slowed by the other lane
 * (tests/support/priority.ts). The browser's queue is what a full run waits
 * for: a file that needs no browser belongs in `unit`, whose two forks end
 * minutes earlier. `npm test`
 * (`vitest run`) runs both side by side; `--project unit` or `--project e2e`
 * picks one.
 */
import { defineConfig } from 'vitest/config';
import { SuiteSequencer } from './tests/support/sequencer';

export default defineConfig({
  test: {
    // Only possible here, not per project, in Vitest 3. It exists for the unit
    // project, whose folder may still be empty; e2e always has its files.
    passWithNoTests: true,
    // The long unit files first; the files whose sites are built in the background last.
    sequence: { sequencer: SuiteSequencer },
    // Vitest gives the forks pool one process on a 2-core machine (cores - 1):
    // the unit files then ran one after another, 1,905 s against the browser
    // queue's 1,444 s in a full run beside other work, though the files that
    // wait on the builds and ingests they start leave a core idle. Only the
    // unit project uses forks; e2e has a thread of its own.
    // And one module graph per fork, not per file (`isolate` is read from here, not from a project): most unit
    // files load the whole pipeline (its word lists and expressions) to run a second of tests, and loading it took
    // 2-3 s a file, 417 s of a full run's 198 files, which made this lane the one a full run waited for (the unit
    // files alone: 3 min 6 s against about 6 min). A file must leave no timer, environment variable or stub
    // behind (tests/unit/live-entries.test.ts waits for the store it wrote).
    poolOptions: { forks: { maxForks: 2, isolate: false } },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Many run the pipeline on real articles: under a second here, but
          // several times that on a machine as busy as CI's can be.
          testTimeout: 30_000,
          // A beforeAll that runs the pipeline over the seeds timed out at Vitest's 10 s
          // (emit.test.ts) in a full run on a machine shared with other work.
          hookTimeout: 60_000,
          setupFiles: ['tests/support/other-lane.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // `fileParallelism` is a root-only option in Vitest 3; a single thread
          // is the per-project way to run these files one after another, so that
          // only one Chromium runs at a time. Threads, not forks: Vitest 3 runs a
          // pool's files project after project, so in the unit files' `forks`
          // pool every e2e file would wait for all of them; in a pool of its own,
          // the e2e files run beside the unit files (which keep forks: their
          // extraction workers, tests/unit/parallel.test.ts, disagree with the
          // thread that starts them when that thread is one of Vitest's).
          pool: 'threads',
          poolOptions: { threads: { singleThread: true } },
          // Pages load Pagefind's index and WebAssembly; CI machines are slow.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
