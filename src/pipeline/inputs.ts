/**
 * The ingest's inputs, read from disk: the seed folder (which files are
 * articles), the editorial file, the slug registry and the country pack.
 * Scripts, benchmarks and tests read seeds through these, as the ingest does.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMPTY_EDITORIAL, parseEditorial, type ParsedEditorial } from './editorial/index';
import { io } from './io-limit';
import { parsePack, type CountryPack } from './pack';
import { EMPTY_REGISTRY, parseRegistry, type Registry } from './registry';
import type { SeedFile } from './types';

export const DEFAULT_PACK = fileURLToPath(new URL('../packs/ke.yaml', import.meta.url));

/** Seeds are articles: `.txt`, `.md`, `.markdown`, saved pages (`.html`, `.htm`). Hidden files, editor backups and a folder's README are not. */
export function isSeedName(name: string): boolean {
  return /\.(?:txt|md|markdown|html?)$/i.test(name) && !isIgnoredName(name);
}

/** Files no one would take for an article: hidden files, editor backups and lock files, a README, the editorial file. */
function isIgnoredName(name: string): boolean {
  return /^(?:[.#~]|readme\.)/i.test(name) || /[~#]$|\.(?:bak|swp|tmp)$/i.test(name) || name === EDITORIAL_FILE;
}

export interface SeedFolder {
  files: SeedFile[];
  /** Files that are neither articles nor ignorable: said once, so that a `.docx` dropped in is not silently lost. */
  strangers: string[];
}

/** Reads the seed folder's article files, in name order. */
export async function readSeedFolder(folder: string): Promise<SeedFile[]> {
  return (await scanSeedFolder(folder)).files;
}

export async function scanSeedFolder(folder: string): Promise<SeedFolder> {
  const { names, strangers } = await listSeedFolder(folder);
  const files = await Promise.all(names.map((name) => io(async () => ({ name, bytes: await readFile(path.join(folder, name)) }))));
  return { files, strangers };
}

/** The seed folder's article names, in name order, and the files that are neither articles nor ignorable. */
export async function listSeedFolder(folder: string): Promise<{ names: string[]; strangers: string[] }> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile());
  const names = entries.map((entry) => entry.name).filter(isSeedName).sort();
  const strangers = entries.map((entry) => entry.name).filter((name) => !isSeedName(name) && !isIgnoredName(name)).sort();
  return { names, strangers };
}

/** The name of the editorial file in a seed folder. */
export const EDITORIAL_FILE = 'editorial.yaml';

/** Reads and checks an editorial file; a missing file is an empty one. */
export async function loadEditorial(file: string | false): Promise<ParsedEditorial> {
  if (file === false) return { ok: true, editorial: EMPTY_EDITORIAL };
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return { ok: true, editorial: EMPTY_EDITORIAL };
  return parseEditorial(text, path.basename(file));
}

/** The slug registry's file name, at the project's root. */
export const REGISTRY_FILE = 'slugs.lock.json';

/** Reads the slug registry; a missing file is an empty registry (the first build). */
export async function loadRegistry(file: string): Promise<Registry> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? EMPTY_REGISTRY : parseRegistry(text, path.basename(file));
}

export async function loadPack(file = DEFAULT_PACK): Promise<CountryPack> {
  return parsePack(await readFile(file, 'utf8'));
}
