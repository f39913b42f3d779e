/**
 * Remembers what read and extract made of each seed file, keyed by the file's
 * name and bytes and by the pipeline's own code and pack, so that a rebuild
 * after changing one article reads and extracts only that article. Resolution
 * always runs again over all of it: it is what joins articles up.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCacheStore } from './cache-store';
import type { FileExtraction } from './corpus';
import type { Mention, QuoteCue, SeedFile } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ExtractionCache {
  get(file: SeedFile): FileExtraction | undefined;
  set(file: SeedFile, result: FileExtraction): void;
  /** Writes what changed, without the entries no file of this run asked for. */
  flush(): Promise<void>;
}

/** A cache that never remembers: for one-off runs. */
export const NO_CACHE: ExtractionCache = { get: () => undefined, set: () => {}, flush: async () => {} };

/** Opens the cache in `folder`; `packText` is the country pack, which extraction depends on too. */
export async function openExtractionCache(folder: string, packText: string): Promise<ExtractionCache> {
  const version = await codeVersion([path.join(here, 'read'), path.join(here, 'extract'), path.join(here, 'text'), path.join(here, 'types.ts')], packText);
  const store = await openCacheStore<StoredExtraction>(path.join(folder, 'extract'), version);
  const keyOf = (file: SeedFile) => createHash('sha256').update(file.name).update('\0').update(file.bytes).digest('hex').slice(0, 32);
  return {
    get(file) {
      const stored = store.get(keyOf(file));
      return stored && revive(stored);
    },
    set(file, result) {
      store.set(keyOf(file), toStored(result));
    },
    flush: () => store.flush(),
  };
}

/**
 * A hash of the code in `sources` (files, or folders of `.ts` files) and of
 * any extra text: a change to either starts a cache afresh.
 */
export async function codeVersion(sources: string[], ...extra: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const text of extra) hash.update(text).update('\0');
  for (const source of sources) {
    const names = source.endsWith('.ts') ? [''] : (await readdir(source)).filter((name) => name.endsWith('.ts')).sort();
    for (const name of names) hash.update(path.basename(path.join(source, name))).update(await readFile(path.join(source, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** JSON cannot hold a quote's reference to its speaker's mention: it is stored as the mention's index. */
type StoredQuote = Omit<QuoteCue, 'speaker'> & { speaker?: number };
type StoredExtraction = Omit<FileExtraction, 'extraction'> & {
  extraction?: Omit<NonNullable<FileExtraction['extraction']>, 'quotes'> & { quotes: StoredQuote[] };
};

function toStored(result: FileExtraction): StoredExtraction {
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
