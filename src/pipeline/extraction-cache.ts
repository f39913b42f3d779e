/**
 * Remembers what read and extract made of each seed file, keyed by the file's
 * name and bytes and by the pipeline's own code and pack, so that a rebuild
 * after changing one article reads and extracts only that article. Resolution
 * always runs again over all of it: it is what joins articles up.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileExtraction } from './corpus';
import { io } from './io-limit';
import type { Mention, QuoteCue, SeedFile } from './types';

/** The folders whose code decides what a file's extraction is. */
const CODE = ['read', 'extract', 'text'];

export interface ExtractionCache {
  get(file: SeedFile): Promise<FileExtraction | undefined>;
  set(file: SeedFile, result: FileExtraction): Promise<void>;
  /** Removes the entries no file of this run asked for. */
  prune(): Promise<void>;
}

/** A cache that never remembers: for one-off runs. */
export const NO_CACHE: ExtractionCache = { get: async () => undefined, set: async () => {}, prune: async () => {} };

/** Opens the cache in `folder`; `packText` is the country pack, which extraction depends on too. */
export async function openExtractionCache(folder: string, packText: string): Promise<ExtractionCache> {
  const version = await codeVersion(packText);
  const root = path.join(folder, 'extract', version);
  await mkdir(root, { recursive: true });
  const used = new Set<string>();
  const fileOf = (file: SeedFile) => {
    const key = createHash('sha256').update(file.name).update('\0').update(file.bytes).digest('hex').slice(0, 32);
    used.add(`${key}.json`);
    return path.join(root, `${key}.json`);
  };
  return {
    async get(file) {
      const text = await io(() => readFile(fileOf(file), 'utf8')).catch(() => undefined);
      if (text === undefined) return undefined;
      try {
        return revive(JSON.parse(text) as StoredExtraction);
      } catch {
        return undefined;
      }
    },
    async set(file, result) {
      await io(() => writeFile(fileOf(file), JSON.stringify(store(result))));
    },
    async prune() {
      const present = await readdir(root).catch(() => [] as string[]);
      await Promise.all(present.filter((name) => !used.has(name)).map((name) => io(() => rm(path.join(root, name), { force: true }))));
      const versions = await readdir(path.dirname(root)).catch(() => [] as string[]);
      await Promise.all(versions.filter((name) => name !== version).map((name) => rm(path.join(path.dirname(root), name), { recursive: true, force: true })));
    },
  };
}

/** A hash of the code that reads and extracts, and of the pack: any change to either empties the cache. */
async function codeVersion(packText: string): Promise<string> {
  const hash = createHash('sha256').update(packText);
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const folder of CODE) {
    const names = (await readdir(path.join(here, folder))).filter((name) => name.endsWith('.ts')).sort();
    for (const name of names) hash.update(name).update(await readFile(path.join(here, folder, name)));
  }
  hash.update(await readFile(path.join(here, 'types.ts')));
  return hash.digest('hex').slice(0, 16);
}

/** JSON cannot hold a quote's reference to its speaker's mention: it is stored as the mention's index. */
type StoredQuote = Omit<QuoteCue, 'speaker'> & { speaker?: number };
type StoredExtraction = Omit<FileExtraction, 'extraction'> & {
  extraction?: Omit<NonNullable<FileExtraction['extraction']>, 'quotes'> & { quotes: StoredQuote[] };
};

function store(result: FileExtraction): StoredExtraction {
  if (!result.extraction) return { file: result.file, problems: result.problems };
  const { mentions } = result.extraction;
  const quotes = result.extraction.quotes.map(({ speaker, ...quote }) => (speaker ? { ...quote, speaker: mentions.indexOf(speaker) } : quote));
  return { ...result, extraction: { ...result.extraction, quotes } };
}

function revive(stored: StoredExtraction): FileExtraction {
  if (!stored.extraction) return { file: stored.file, problems: stored.problems };
  const mentions: Mention[] = stored.extraction.mentions;
  const quotes: QuoteCue[] = stored.extraction.quotes.map(({ speaker, ...quote }) => {
    const mention = speaker === undefined ? undefined : mentions[speaker];
    return mention ? { ...quote, speaker: mention } : quote;
  });
  return { ...stored, extraction: { ...stored.extraction, quotes } };
}
