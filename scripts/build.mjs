// @ts-check
/**
 * `npm run build`: runs `astro build` with the user's arguments and
 * environment, its output passed through as it comes, except that when the
 * heap runs out the user reads one sentence (scripts/out-of-memory.mjs) instead
 * of V8's GC log and stack traces. Plain JavaScript, so that a build needs
 * neither tsx nor any other devDependency.
 *
 * Tests replace the child with SIASA_BUILD_CHILD, a JSON array of Node
 * arguments (`["--max-old-space-size=16", "-e", "…"]`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { heapExhaustionMessage, heapFlagBytes, isTraceStart, stepOf } from './out-of-memory.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/astro.js', import.meta.url));

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

/**
 * Runs `node <args>` with stdout passed through byte for byte and stderr line
 * by line, holding back V8's fatal report; resolves with the exit code to leave with.
 *
 * @param {readonly string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
async function runGuarded(args, env) {
  // Piped output loses Astro's colours unless asked for; a terminal user keeps them.
  const childEnv = process.stdout.isTTY && env.FORCE_COLOR === undefined ? { ...env, FORCE_COLOR: '1' } : env;
  const child = spawn(process.execPath, args, { env: childEnv, stdio: ['inherit', 'pipe', 'pipe'] });
  // Ctrl-C reaches the child too: wait for it to stop rather than leave it behind.
  const ignore = () => {};
  process.on('SIGINT', ignore);
  process.on('SIGTERM', () => child.kill('SIGTERM'));

  let lastStep = '';
  let blanks = 0;
  /** @type {string[]} */
  const report = [];
  const stdout = /** @type {NodeJS.ReadableStream} */ (child.stdout);
  const stderr = /** @type {NodeJS.ReadableStream} */ (child.stderr);
  stdout.on('data', (chunk) => process.stdout.write(chunk));
  const outputDone = Promise.all([
    eachLine(stdout, (line) => {
      if (stepOf(line)) lastStep = line;
    }),
    eachLine(stderr, (line) => {
      // Blank lines wait for the next line, since V8 opens its report with some.
      if (report.length > 0 || isTraceStart(line)) report.push(line);
      else if (line.trim() === '') blanks++;
      else {
        if (stepOf(line)) lastStep = line;
        process.stderr.write(`${'\n'.repeat(blanks)}${line}\n`);
        blanks = 0;
      }
    }),
  ]);
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise((resolve) => child.on('close', (...exit) => resolve(exit)));
  await outputDone;
  process.off('SIGINT', ignore);

  const message = heapExhaustionMessage({ lines: [lastStep, ...report], code, signal, heapLimitBytes: report.length > 0 ? heapLimitOf(args, env) : undefined });
  if (message) process.stderr.write(`${message}\n`);
  else process.stderr.write(`${'\n'.repeat(blanks)}${report.map((line) => `${line}\n`).join('')}`);
  if (code !== null) return code;
  return 128 + (signal ? constants.signals[signal] ?? 0 : 1);
}

const child = process.env.SIASA_BUILD_CHILD;
const args = child ? /** @type {string[]} */ (JSON.parse(child)) : [astro, 'build', ...process.argv.slice(2)];
process.exitCode = await runGuarded(args, process.env);
