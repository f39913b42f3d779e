import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { announce, outside, watchSeeds } from '../../src/integrations/dev-watch';

describe('outside', () => {
  it('takes a folder and everything in it, and nothing that only starts with its name', () => {
    const ignored = outside(['/site/content', '/site/seeds']);
    expect(ignored('/site/content')).toBe(true);
    expect(ignored('/site/content/articles/a.json')).toBe(true);
    expect(ignored('/site/seeds/a.txt')).toBe(true);
    expect(ignored('/site/content-old/a.json')).toBe(false);
    expect(ignored('/site/src/pages/index.astro')).toBe(false);
  });
});

describe('announce', () => {
  it("tells the watcher's listeners of the collections' files written and removed, and of no other", () => {
    const watcher = new EventEmitter();
    const told: string[] = [];
    for (const event of ['change', 'unlink', 'add']) watcher.on(event, (file: string) => told.push(`${event} ${file}`));
    const changed = { written: ['articles/a.json', 'bodies/a.html', 'people-details/x.json', 'people/x.json'], removed: ['review/r.json', 'bodies/b.html'] };
    announce({ watcher } as unknown as Parameters<typeof announce>[0], '/site/content', changed);
    expect(told).toEqual(['change /site/content/articles/a.json', 'change /site/content/people/x.json', 'unlink /site/content/review/r.json']);
  });
});

describe('watchSeeds', () => {
  it('names the saved file, and passes over editors\' swap files', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'siasa-dev-watch-'));
    const seen: (string | undefined)[] = [];
    const watcher = watchSeeds(folder, (file) => seen.push(file), (error) => seen.push(`error: ${error.message}`));
    try {
      await writeFile(path.join(folder, '.a.txt.swp'), 'x');
      await writeFile(path.join(folder, 'a.txt'), 'An article.');
      const deadline = Date.now() + 5_000;
      while (!seen.includes(path.join(folder, 'a.txt')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen).toContain(path.join(folder, 'a.txt'));
      expect(seen.filter((file) => file !== path.join(folder, 'a.txt'))).toEqual([]);
    } finally {
      watcher.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('waits for a folder made after it started, and watches it once made', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'siasa-dev-watch-'));
    const folder = path.join(parent, 'seeds');
    const seen: (string | undefined)[] = [];
    const watcher = watchSeeds(folder, (file) => seen.push(file), (error) => seen.push(`error: ${error.message}`));
    try {
      await writeFile(path.join(parent, 'README.md'), 'Not a seed.');
      await mkdir(folder);
      const deadline = Date.now() + 5_000;
      while (seen.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen).toEqual([undefined]);
      await writeFile(path.join(folder, 'a.txt'), 'An article.');
      while (!seen.includes(path.join(folder, 'a.txt')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen.slice(1).every((file) => file === path.join(folder, 'a.txt'))).toBe(true);
      expect(seen).toContain(path.join(folder, 'a.txt'));
    } finally {
      watcher.close();
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('tells of a folder whose parent is not there either, and does not throw', () => {
    const errors: string[] = [];
    const watcher = watchSeeds(path.join(os.tmpdir(), 'siasa-no-such-site', 'seeds'), () => {}, (error) => errors.push(error.message));
    watcher.close();
    expect(errors).toHaveLength(1);
  });
});
