/** Runs a command and measures its whole process tree from /proc: wall time, CPU time, and peak RSS of the largest single process, overall and between marked lines of its output. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** /proc counts CPU in clock ticks; 100 a second on every Linux the project runs on (`getconf CLK_TCK`). */
const TICK_MS = 10;
const POLL_MS = 100;
/** GNU time reports the tree's exact CPU (reaped descendants included) and the largest process's ru_maxrss. */
const GNU_TIME = '/usr/bin/time';

/** One reading of the tree. `cpuMs` sums, over live processes, their own and their reaped children's CPU, so processes that ended still count. */
interface Sample {
  at: number;
  cpuMs: number;
  /** pid → [name, VmRSS bytes, VmHWM bytes]. */
  processes: Map<number, [string, number, number]>;
}

export interface Mark {
  /** The marker's name, as given to `runMeasured`. */
  name: string;
  /** Milliseconds since the start. */
  at: number;
  line: string;
}

export interface Usage {
  wallMs: number;
  cpuMs: number;
  /** The largest resident set of any one process of the tree, in bytes. */
  peakRss: number;
}

export interface Measured extends Usage {
  marks: Mark[];
  output: string;
  /** The wall, CPU and peak RSS between two moments of the run (ms since its start). */
  between(from: number, to: number): Usage;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Output lines to timestamp, each sampled on arrival so that phases end exactly there. */
  markers: Record<string, RegExp>;
  timeoutMs: number;
}

/** Runs `command` to the end; throws with the end of its output if it fails. */
export async function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'siasa-bench-time-'));
  const timeFile = path.join(scratch, 'time.txt');
  const wrapped = existsSync(GNU_TIME) ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] as const : [command, args] as const;
  const started = performance.now();
  // Its own process group, so that a timeout or Ctrl-C ends the whole tree, Pagefind's service included.
  const child = spawn(wrapped[0], wrapped[1], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stopGroup = () => child.pid && tryKill(-child.pid);
  process.once('exit', stopGroup);
  const samples: Sample[] = [];
  const marks: Mark[] = [];
  const sample = () => {
    const reading = child.pid ? readTree(child.pid, performance.now() - started) : undefined;
    // Once the tree has ended there is nothing to read, and an empty reading would zero its CPU.
    if (reading && reading.processes.size > 0) samples.push(reading);
  };
  const poller = setInterval(sample, POLL_MS);
  const timer = setTimeout(stopGroup, options.timeoutMs);
  let output = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    output += chunk;
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      for (const [name, pattern] of Object.entries(options.markers)) {
        if (!pattern.test(line)) continue;
        sample();
        marks.push({ name, at: performance.now() - started, line });
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  sample();
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => {
    clearInterval(poller);
    clearTimeout(timer);
    process.off('exit', stopGroup);
  });
  const wallMs = performance.now() - started;
  const exact = await readFile(timeFile, 'utf8').catch(() => '');
  await rm(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}\n${output.trimEnd().split('\n').slice(-40).join('\n')}`);

  const polled = usageBetween(samples, 0, wallMs);
  const [user, system, maxKb] = exact.trim().split(/\s+/).slice(-3).map(Number);
  const timed = Number.isFinite(maxKb) ? { cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, peakRss: (maxKb ?? 0) * 1024 } : undefined;
  return {
    wallMs,
    // Each misses some: GNU time the esbuild services that outlive Astro's process (never reaped in the tree), the polls the last 100 ms.
    cpuMs: Math.max(timed?.cpuMs ?? 0, polled.cpuMs),
    peakRss: Math.max(timed?.peakRss ?? 0, polled.peakRss),
    marks,
    output,
    between: (from, to) => usageBetween(samples, from, to),
  };
}

/** CPU spent and the largest single process's peak between two moments, from the samples around them. */
function usageBetween(samples: Sample[], from: number, to: number): Usage {
  const before = [...samples].reverse().find((s) => s.at <= from) ?? samples[0];
  const inside = samples.filter((s) => s.at > from && s.at <= to);
  const last = inside.at(-1) ?? before;
  let peakRss = 0;
  for (const s of inside) {
    for (const [pid, [, rss, hwm]] of s.processes) {
      // A high-water mark that rose inside the window is this window's peak, even if it fell between polls.
      const rose = hwm > (before?.processes.get(pid)?.[2] ?? 0);
      peakRss = Math.max(peakRss, rose ? hwm : rss);
    }
  }
  return { wallMs: to - from, cpuMs: Math.max(0, (last?.cpuMs ?? 0) - (before?.cpuMs ?? 0)), peakRss };
}

/** The root and all its descendants, found through each thread's `children` list. */
function readTree(root: number, at: number): Sample {
  const processes = new Map<number, [string, number, number]>();
  let cpuMs = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    const stat = readProc(`${pid}/stat`);
    if (!stat) continue;
    // The name may hold spaces and parentheses; the fields after the last ')' do not.
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime: fields 14 to 17 of proc(5), 12 to 15 here.
    cpuMs += fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) * TICK_MS;
    const status = readProc(`${pid}/status`) ?? '';
    processes.set(pid, [name, kilobytes(status, 'VmRSS'), kilobytes(status, 'VmHWM')]);
    for (const task of listProc(`${pid}/task`)) {
      for (const child of (readProc(`${pid}/task/${task}/children`) ?? '').split(' ')) if (child) queue.push(Number(child));
    }
  }
  return { at, cpuMs, processes };
}

function kilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** A process may end between listing and reading: then it is simply gone from this sample. */
function readProc(file: string): string | undefined {
  try {
    return readFileSync(`/proc/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

function listProc(folder: string): string[] {
  try {
    return readdirSync(`/proc/${folder}`);
  } catch {
    return [];
  }
}

function tryKill(target: number): void {
  try {
    process.kill(target, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
