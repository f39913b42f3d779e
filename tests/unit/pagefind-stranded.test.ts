/**
 * When Pagefind's service dies mid-index (the kernel's OOM killer took it at
 * 100,000 articles), the build must fail with a sentence, not exit 0 with a
 * site that has no search index: its API's promises never settle then, and
 * Node, with nothing left to wait for, would exit as if all were well.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

describe('indexing with Pagefind', () => {
  it('fails with a sentence when the Pagefind service is killed mid-index, instead of exiting 0 without an index', async () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(script)}).then((m) => m.indexSite(${JSON.stringify(site)}, () => {})).catch((error) => { console.error(error.message); process.exitCode = 1; })`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Kill the service as soon as it is there, as the kernel would.
    let killed = false;
    for (let tries = 0; tries < 200 && !killed; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const pid of pagefindChildren(child.pid as number)) {
        process.kill(pid, 'SIGKILL');
        killed = true;
      }
    }
    expect(killed).toBe(true);
    expect(await exited).toBe(1);
    expect(stderr).toMatch(/Pagefind stopped before it had written the search index/);
  }, 60_000);
});
