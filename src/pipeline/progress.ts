/**
 * Shows how far the ingest has got: a progress bar on a terminal, plain log
 * lines elsewhere (CI logs, Astro's logger), and nothing for small corpora,
 * which finish before anyone would look.
 */
import { SingleBar } from 'cli-progress';

export type Stage = 'extract' | 'resolve' | 'render' | 'emit';

export interface Progress {
  stage: Stage;
  done: number;
  total: number;
}

/** Corpora below this size get no progress display. */
const WORTH_SHOWING = 300;

export interface ProgressOptions {
  /** True to draw a bar (an interactive terminal). */
  tty: boolean;
  /** Where plain lines go when there is no bar. */
  log: (line: string) => void;
}

/** A progress handler for the ingest's `onProgress`, and `stop()` to clear the bar. */
export function progressReporter(options: ProgressOptions): { onProgress: (progress: Progress) => void; stop: () => void } {
  let bar: SingleBar | undefined;
  let stage: Stage | undefined;
  let lastLogged = 0;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    stop,
    onProgress(progress) {
      if (progress.total < WORTH_SHOWING) return;
      if (progress.stage !== stage) {
        stop();
        stage = progress.stage;
        lastLogged = 0;
        if (options.tty) {
          bar = new SingleBar({ format: `${progress.stage.padEnd(8)} [{bar}] {value}/{total} articles, {eta}s left`, hideCursor: true, clearOnComplete: true });
          bar.start(progress.total, progress.done);
          return;
        }
      }
      if (bar) bar.update(progress.done);
      else if (progress.done === progress.total || progress.done - lastLogged >= progress.total / 4) {
        lastLogged = progress.done;
        options.log(`${progress.stage}: ${progress.done}/${progress.total} articles`);
      }
    },
  };
}
