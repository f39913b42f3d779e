/**
 * When Pagefind's service dies mid-index (the kernel's OOM killer took it at
 * 100,000 articles), the build must fail with a sentence, not exit 0 with a
 * site that has no search index: its API's promises never settle then, and
 * Node, with nothing left to wait for, would exit as if all were well.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/pagefind.mjs', import.meta.url));
let site = '';

beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'siasa-pagefind-'));
  // Enough pages that indexing takes a while: time to kill the service under it.
  for (let page = 0; page < 3000; page++) {
    const folder = path.join(site, 'articles', `a-${page}`);
    await mkdir(folder, { recursive: true });
    const words = Array.from({ length: 400 }, (_, word) => `word${(page * 7 + word * 13) % 5000}`).join(' ');
    await writeFile(path.join(folder, 'index.html'), `<!doctype html><html lang="en"><head><title>Article ${page}</title></head><body><main data-pagefind-body><h1>Article ${page}</h1><p>${words}</p></main></body></html>`);
  }
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

/** The pids of `parent`'s children whose command names Pagefind (from /proc: no procps needed). */
function pagefindChildren(parent: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …"; comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent && comm.includes('pagefind')) found.push(Number(entry));
    } catch {
      // Gone since the listing.
    }
  }
  return found;
}

/** Runs indexSite over `site` in a child process; resolves to its exit code and what it wrote to stderr. */
function indexInChild(env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(script)}).then((m) => m.indexSite(${JSON.stringify(site)}, () => {})).catch((error) => { console.error(error.message); process.exitCode = 1; })`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const result = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { pid: child.pid as number, result };
}

describe('indexing with Pagefind', () => {
  it('fails with a sentence when the Pagefind service is killed mid-index, instead of exiting 0 without an index', async () => {
    const { pid, result } = indexInChild();
    // Kill the service once it is at work, as the kernel would: its promises then never settle.
    let killed = false;
    for (let tries = 0; tries < 1000 && !killed; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const pids = pagefindChildren(pid);
      if (pids.length === 0) continue;
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const service of pids) {
        process.kill(service, 'SIGKILL');
        killed = true;
      }
    }
    expect(killed).toBe(true);
    const { code, stderr } = await result;
    expect(code).toBe(1);
    expect(stderr).toMatch(/Pagefind stopped before it had written the search index/);
  }, 60_000);

  it('says the same when the service is gone before it reads a word (its API then answers "backend closed")', async () => {
    // A stand-in service that shuts its input and lingers: the API's first
    // write fails with EPIPE, which CI met when the kill came that early.
    const service = path.join(site, 'gone-service.sh');
    await writeFile(service, '#!/bin/sh\nexec 0<&-\nsleep 5\n');
    await chmod(service, 0o755);
    const { result } = indexInChild({ ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: service });
    const { code, stderr } = await result;
    expect(code).toBe(1);
    expect(stderr).toMatch(/Pagefind stopped before it had written the search index/);
  }, 60_000);
});
