// @ts-check
/**
 * Runs one Node child of `npm run build` (an `astro build`, an `astro sync`,
 * a part of the site) with its output passed through as it comes, except that
 * when its heap runs out the user reads one sentence (scripts/out-of-memory.mjs)
 * instead of V8's GC log and stack traces. Children run side by side (the
 * parts of a split build) have their lines labelled, so that one can tell
 * them apart and the sentence says which part ran out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { heapExhaustionMessage, heapFlagBytes, isTraceStart, stepOf } from './out-of-memory.mjs';
import { withV8Flags } from './v8-flags.mjs';

/**
 * Calls `onLine` with each complete line of a stream, and the rest at its end.
 *
 * @param {NodeJS.ReadableStream} stream
 * @param {(line: string) => void} onLine
 * @returns {Promise<void>}
 */
function eachLine(stream, onLine) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (/** @type {string} */ chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  return new Promise((resolve) => {
    stream.on('end', () => {
      if (rest) onLine(rest);
      resolve();
    });
  });
}

/**
 * The heap limit a child with these arguments and this environment runs with:
 * its --max-old-space-size if it has one, else what V8 reports in a Node
 * started the same way (NODE_OPTIONS included).
 *
 * @param {readonly string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function heapLimitOf(args, env) {
  const flagged = heapFlagBytes([...args, env.NODE_OPTIONS ?? '']);
  if (flagged) return flagged;
  const probe = spawnSync(process.execPath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit'], { env, encoding: 'utf8' });
  const bytes = Number(probe.stdout.trim());
  return Number.isFinite(bytes) && bytes > 0 ? bytes : undefined;
}

/** The children running now: Ctrl-C and SIGTERM must reach each, and be waited for. */
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
const ignore = () => {};
const terminate = () => {
  for (const child of running) child.kill('SIGTERM');
};

/**
 * Runs `node <args>`; resolves with the exit code to leave with. Unlabelled,
 * stdout passes through byte for byte and stderr line by line, holding back
 * V8's fatal report; labelled, every line of both is prefixed with the label.
 *
 * @param {readonly string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {{ label?: string, signal?: AbortSignal, onLine?: (line: string) => void }} [options] `signal` stops the child (SIGTERM);
 *   `onLine` hears every line of its stdout
 * @returns {Promise<number>}
 */
export async function runGuarded(args, env, { label, signal: abort, onLine } = {}) {
  // Piped output loses Astro's colours unless asked for; a terminal user keeps them.
  const childEnv = process.stdout.isTTY && env.FORCE_COLOR === undefined ? { ...env, FORCE_COLOR: '1' } : env;
  const child = spawn(process.execPath, withV8Flags(args, env), { env: childEnv, stdio: ['inherit', 'pipe', 'pipe'], signal: abort });
  // A stopped child is reported by its exit, below; the AbortError adds nothing.
  child.on('error', (error) => {
    if (error.name !== 'AbortError') throw error;
  });
  if (running.size === 0) {
    // Ctrl-C reaches the children too (same process group): wait for them to stop rather than leave them behind.
    process.on('SIGINT', ignore);
    process.on('SIGTERM', terminate);
  }
  running.add(child);

  const prefix = label ? `[${label}] ` : '';
  let lastStep = '';
  let blanks = 0;
  /** @type {string[]} */
  const report = [];
  const stdout = /** @type {NodeJS.ReadableStream} */ (child.stdout);
  const stderr = /** @type {NodeJS.ReadableStream} */ (child.stderr);
  if (!label) stdout.on('data', (chunk) => process.stdout.write(chunk));
  const outputDone = Promise.all([
    eachLine(stdout, (line) => {
      onLine?.(line);
      if (stepOf(line)) lastStep = line;
      if (label) process.stdout.write(`${prefix}${line}\n`);
    }),
    eachLine(stderr, (line) => {
      // Blank lines wait for the next line, since V8 opens its report with some.
      if (report.length > 0 || isTraceStart(line)) report.push(line);
      else if (line.trim() === '') blanks++;
      else {
        if (stepOf(line)) lastStep = line;
        process.stderr.write(`${`${prefix}\n`.repeat(blanks)}${prefix}${line}\n`);
        blanks = 0;
      }
    }),
  ]);
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise((resolve) => child.on('close', (...exit) => resolve(exit)));
  await outputDone;
  running.delete(child);
  if (running.size === 0) {
    process.off('SIGINT', ignore);
    process.off('SIGTERM', terminate);
  }

  // The sentence names the part too: "[part-2/4] generating static routes (…)".
  const found = stepOf(lastStep);
  const step = label && found ? `[${label.replace(/\s+/g, '-')}] ${found}` : lastStep;
  const message = heapExhaustionMessage({ lines: [step, ...report], code, signal, heapLimitBytes: report.length > 0 ? heapLimitOf(args, env) : undefined });
  if (message) process.stderr.write(`${message}\n`);
  else process.stderr.write(`${`${prefix}\n`.repeat(blanks)}${report.map((line) => `${prefix}${line}\n`).join('')}`);
  if (code !== null) return code;
  return 128 + (signal ? constants.signals[signal] ?? 0 : 1);
}
