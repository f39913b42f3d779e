/**
 * Small builders shared by the unit tests: seed files from text, from the
 * fixtures beside the tests, or from the checkout's `seeds/` (read-only).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Article, SeedFile } from '../../src/pipeline/types';

/** The checkout's seed folder; tests only ever read it. */
export const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** A seed file named `name` holding `text` as UTF-8. */
export function seed(name: string, text: string): SeedFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** The text of `tests/unit/fixtures/<folder>/<name>`. */
export function fixtureText(folder: string, name: string): string {
  return readFileSync(new URL(`./fixtures/${folder}/${name}`, import.meta.url), 'utf8');
}

/** A fixture file as a seed file of the same name. */
export function fixtureSeed(folder: string, name: string): SeedFile {
  return { name, bytes: readFileSync(new URL(`./fixtures/${folder}/${name}`, import.meta.url)) };
}

/** One of the checkout's real seeds, e.g. `002_6972000eb6e45fbc.txt`. */
export function repoSeed(name: string): SeedFile {
  return { name, bytes: readFileSync(new URL(name, new URL('../../seeds/', import.meta.url))) };
}

/** An article as the read stage would give it, for stages that start after reading. */
export function article(source: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return { source, title: source, titleDerived: false, paragraphs, hash: source, ...extra };
}

/**
 * Temporary folders for one test file, all removed after its tests: call at
 * the top of the file, then `await folder()` for each fresh folder.
 */
export function useTemporaryFolders(prefix: string): () => Promise<string> {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true }))));
  return async () => {
    const folder = await mkdtemp(path.join(tmpdir(), `siasa-${prefix}-`));
    made.push(folder);
    return folder;
  };
}

/** Every file under `root`, relative path → its text: two folders compare as two maps. */
export async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file), await readFile(file, 'utf8'));
  }
  return files;
}
