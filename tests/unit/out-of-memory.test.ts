/** `npm run build` turns a heap exhaustion into one sentence, and passes everything else through. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { heapExhaustionMessage, heapFlagBytes, isTraceStart, stepOf } from '../../scripts/out-of-memory.mjs';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`fixtures/out-of-memory/${name}`, import.meta.url)), 'utf8').split('\n');
const v8Report = fixture('v8-heap-report.txt');
const buildOutput = fixture('build-output.txt');
const fourGigabytes = 4 * 1024 ** 3;

describe('heapExhaustionMessage', () => {
  it('names what ran out, its limit, the last step and what to do, in one sentence', () => {
    const message = heapExhaustionMessage({ lines: [...buildOutput, ...v8Report], code: 134, signal: null, heapLimitBytes: fourGigabytes });
    expect(message).toBe(
      'npm run build stopped because the JavaScript heap ran out of memory (its limit, about 4.0 GB) at the step "[siasa:ingest] resolve: 50000/100000 articles": ' +
        'build fewer articles at a time, or give Node more heap with NODE_OPTIONS=--max-old-space-size=8192 npm run build if the machine has that much free memory, ' +
        'and if it still runs out, report it with this sentence.',
    );
  });

  it('recognises a child killed by SIGABRT as well as one that exited 134', () => {
    expect(heapExhaustionMessage({ lines: v8Report, code: null, signal: 'SIGABRT', heapLimitBytes: fourGigabytes })).toContain('ran out of memory');
  });

  it('says so when no step was reported before the heap ran out, and leaves the limit out when unknown', () => {
    const message = heapExhaustionMessage({ lines: v8Report, code: 134, signal: null });
    expect(message).toContain('ran out of memory before any step was reported');
    expect(message).not.toContain('its limit');
    expect(message).toContain('--max-old-space-size=8192');
  });

  it('stays silent for a success, another failure, or another abort', () => {
    expect(heapExhaustionMessage({ lines: buildOutput, code: 0, signal: null })).toBeUndefined();
    // An article or a log may quote the words; only an abort makes them V8's.
    expect(heapExhaustionMessage({ lines: [...buildOutput, 'Error: JavaScript heap out of memory in the article text'], code: 1, signal: null })).toBeUndefined();
    const otherAbort = ['FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal', '----- Native stack trace -----'];
    expect(heapExhaustionMessage({ lines: otherAbort, code: 134, signal: null })).toBeUndefined();
  });

  it('suggests twice the limit in whole gigabytes, at least one', () => {
    expect(heapExhaustionMessage({ lines: v8Report, code: 134, signal: null, heapLimitBytes: 6 * 1024 ** 3 })).toContain('--max-old-space-size=12288');
    expect(heapExhaustionMessage({ lines: v8Report, code: 134, signal: null, heapLimitBytes: 16 * 1024 ** 2 })).toContain('about 16 MB');
    expect(heapExhaustionMessage({ lines: v8Report, code: 134, signal: null, heapLimitBytes: 16 * 1024 ** 2 })).toContain('--max-old-space-size=1024');
  });
});

describe('stepOf', () => {
  it("reads Astro's logger lines, with or without time, level and colours", () => {
    expect(stepOf('14:04:30 [siasa:ingest] resolve: 50000/100000 articles')).toBe('[siasa:ingest] resolve: 50000/100000 articles');
    expect(stepOf('\u001b[2m14:05:01\u001b[22m \u001b[34m[build]\u001b[39m Building static entrypoints...')).toBe('[build] Building static entrypoints...');
    expect(stepOf('14:03:02 [WARN] [siasa:ingest] seeds/04711-budget.txt: no politician named')).toBe('[siasa:ingest] seeds/04711-budget.txt: no politician named');
    expect(stepOf('[siasa:pagefind] Indexing https://example.org/ with Pagefind…')).toBe('[siasa:pagefind] Indexing https://example.org/ with Pagefind…');
  });

  it('reads the page phase and the route being generated', () => {
    expect(stepOf(' generating static routes ')).toBe('generating static routes');
    expect(stepOf('14:06:00 ▶ src/pages/people/[slug].astro')).toBe('generating static routes (src/pages/people/[slug].astro)');
  });

  it("takes neither V8's GC log nor a page written for a step", () => {
    expect(v8Report.map(stepOf).filter(Boolean)).toEqual([]);
    expect(stepOf('14:06:01   ├─ /people/jane-mwende/index.html (+3ms)')).toBeUndefined();
    expect(stepOf('')).toBeUndefined();
  });
});

describe('isTraceStart', () => {
  it("opens on each line that starts V8's report", () => {
    for (const line of ['<--- Last few GCs --->', '<--- JS stacktrace --->', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', '----- Native stack trace -----', ' 1: 0xb78db3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]']) {
      expect(isTraceStart(line), line).toBe(true);
    }
  });

  it('lets ordinary errors and warnings through', () => {
    for (const line of ['14:03:02 [WARN] [siasa:ingest] seeds/04711-budget.txt: no politician named', 'Error: ENOENT: no such file or directory', '    at async main (file:///x.js:1:1)', '']) {
      expect(isTraceStart(line), line).toBe(false);
    }
  });
});

describe('heapFlagBytes', () => {
  it('reads --max-old-space-size from a command line or NODE_OPTIONS', () => {
    expect(heapFlagBytes(['--max-old-space-size=16', '-e', 'x'])).toBe(16 * 1024 ** 2);
    expect(heapFlagBytes(['astro.js', 'build', '--max_old_space_size=8192'])).toBe(8192 * 1024 ** 2);
    expect(heapFlagBytes(['astro.js', 'build'])).toBeUndefined();
  });
});

/** Runs scripts/build.mjs with `child` (Node arguments) in place of `astro build`. */
function runBuildWrapper(child: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const wrapper = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, SIASA_BUILD_CHILD: JSON.stringify(child) };
  delete env.NODE_OPTIONS;
  const run = spawn(process.execPath, [wrapper], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  run.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => run.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run build (scripts/build.mjs)', () => {
  it("prints one sentence instead of V8's report when its child runs out of heap, and fails", async () => {
    const exhaust = 'console.log("12:00:00 [siasa:ingest] extract: 10/20 articles"); console.error("an ordinary warning"); const a = []; for (;;) a.push(new Array(1e5).fill(1));';
    const { code, stdout, stderr } = await runBuildWrapper(['--max-old-space-size=16', '-e', exhaust]);
    expect(code).toBe(134);
    expect(stdout).toBe('12:00:00 [siasa:ingest] extract: 10/20 articles\n');
    expect(stderr).toBe(
      'an ordinary warning\n' +
        'npm run build stopped because the JavaScript heap ran out of memory (its limit, about 16 MB) at the step "[siasa:ingest] extract: 10/20 articles": ' +
        'build fewer articles at a time, or give Node more heap with NODE_OPTIONS=--max-old-space-size=1024 npm run build if the machine has that much free memory, ' +
        'and if it still runs out, report it with this sentence.\n',
    );
    expect(stderr).not.toContain('JS stacktrace');
  }, 30_000);

  it("passes another failure's output and exit code through unchanged", async () => {
    const fail = 'process.stdout.write("partial"); console.error("Error: no seeds\\n\\n    at main"); process.exit(3);';
    const { code, stdout, stderr } = await runBuildWrapper(['-e', fail]);
    expect(code).toBe(3);
    expect(stdout).toBe('partial');
    expect(stderr).toBe('Error: no seeds\n\n    at main\n');
  }, 30_000);
});
