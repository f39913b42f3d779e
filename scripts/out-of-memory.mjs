// @ts-check
/**
 * Recognises a Node process that died of JavaScript heap exhaustion, from its
 * exit and its output, and says so in one sentence: what ran out, at which
 * step, what to do. V8's own report (GC log, stack traces) helps nobody who
 * only ran `npm run build`. Pure: no I/O, so that it is tested line by line.
 */

/** Lines that open V8's fatal report; everything the process prints on stderr after one belongs to it. */
const TRACE_STARTS = [/^\s*<--- Last few GCs --->/, /^\s*<--- JS stacktrace --->/, /^FATAL ERROR:/, /^\s*----- Native stack trace -----/, /^\s*\d+: 0x[0-9a-f]+/i];

/** What V8 says when the heap, not something else, ran out. */
const HEAP_EXHAUSTED = /heap out of memory|Reached heap limit/;

/** Terminal colours, which Astro adds when it writes to a terminal. */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * True when `line` opens V8's fatal report (and so must not reach the terminal).
 *
 * @param {string} line
 */
export function isTraceStart(line) {
  return TRACE_STARTS.some((start) => start.test(line));
}

/**
 * The build step a line of Astro's output announces, or undefined: a logger
 * line ("12:00:01 [siasa:ingest] resolve: 500/2000 articles", but not V8's
 * "[4242:0x5f8c2d0] 731 ms: Mark-Compact"), the page
 * phase ("generating static routes") or the route being generated ("▶ src/pages/people/[slug].astro").
 *
 * @param {string} line
 * @returns {string | undefined}
 */
export function stepOf(line) {
  const text = line.replace(ANSI, '').trim();
  const route = /▶ (src\/pages\/\S+)/.exec(text);
  if (route) return `generating static routes (${route[1]})`;
  if (/^generating static routes$/i.test(text)) return 'generating static routes';
  const labelled = /^(?:\d{1,2}:\d{2}:\d{2}\s+)?(?:\[(?:WARN|ERROR)\]\s+)?(\[[a-z@][^\]\s]*\]\s+\S.*)$/i.exec(text);
  return labelled?.[1];
}

/**
 * The heap limit a Node command line sets with --max-old-space-size, in bytes, or undefined.
 *
 * @param {readonly string[]} args
 */
export function heapFlagBytes(args) {
  const flag = /--max[-_]old[-_]space[-_]size[= ](\d+)/.exec(args.join(' '));
  return flag ? Number(flag[1]) * 1024 * 1024 : undefined;
}

/**
 * "4.0 GB", or "16 MB" under a tenth of a gigabyte.
 *
 * @param {number} bytes
 */
function size(bytes) {
  const gigabytes = bytes / 1024 ** 3;
  return gigabytes >= 0.1 ? `${gigabytes.toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/**
 * One sentence for a child that died of heap exhaustion, or undefined when it
 * did not: it exited 134 or by SIGABRT (how V8 aborts) and its output says the
 * heap ran out. `lines` are its output lines in order (stdout and stderr, or
 * only those that matter: the last step line and V8's report); `heapLimitBytes`
 * is the limit it ran with.
 *
 * @param {{ lines: readonly string[], code: number | null, signal: string | null, heapLimitBytes?: number, command?: string }} exit
 * @returns {string | undefined}
 */
export function heapExhaustionMessage({ lines, code, signal, heapLimitBytes, command = 'npm run build' }) {
  const aborted = code === 134 || signal === 'SIGABRT';
  if (!aborted || !lines.some((line) => HEAP_EXHAUSTED.test(line))) return undefined;
  const step = lines.map(stepOf).filter((found) => found !== undefined).at(-1);
  const limit = heapLimitBytes ? ` (its limit, about ${size(heapLimitBytes)})` : '';
  // Twice the limit in whole gigabytes, written in megabytes as the flag wants; 8 GB when the limit is unknown.
  const more = heapLimitBytes ? Math.max(1, Math.round((2 * heapLimitBytes) / 1024 ** 3)) * 1024 : 8192;
  return (
    `${command} stopped because the JavaScript heap ran out of memory${limit} ${step ? `at the step "${step}"` : 'before any step was reported'}: ` +
    `build fewer articles at a time, or give Node more heap with NODE_OPTIONS=--max-old-space-size=${more} ${command} if the machine has that much free memory, ` +
    'and if it still runs out, report it with this sentence.'
  );
}
