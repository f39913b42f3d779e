/**
 * Remembers what read and extract made of each seed file, keyed by the file's
 * name and bytes and by the pipeline's own code and pack, so that a rebuild
 * after changing one article reads and extracts only that article. Resolution
 * always runs again over all of it: it is what joins articles up.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion, openCacheStore } from './cache-store';
import type { FileExtraction } from './corpus';
import type { ArticleExtraction, CoalitionCue, Mention, Place, QuoteCue, SeedFile } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Libraries whose upgrade can change what read makes of a saved page: their versions are part of the cache's key. */
const READ_LIBRARIES = ['@mozilla/readability', 'linkedom'];

async function libraryVersions(): Promise<string[]> {
  const modules = path.join(here, '..', '..', 'node_modules');
  return Promise.all(
    READ_LIBRARIES.map(async (name) => {
      const manifest = await readFile(path.join(modules, name, 'package.json'), 'utf8').catch(() => '{}');
      return `${name}@${(JSON.parse(manifest) as { version?: string }).version ?? 'unknown'}`;
    }),
  );
}

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
  // The extractor also reads resolve's list of common words: a change to it must empty the cache too.
  const sources = [path.join(here, 'read'), path.join(here, 'extract'), path.join(here, 'text'), path.join(here, 'types.ts'), path.join(here, 'resolve', 'common-words.ts')];
  const version = await codeVersion(sources, packText, ...(await libraryVersions()));
  const store = await openCacheStore<StoredExtraction>(path.join(folder, 'extract'), version);
  // A file asked for and then set (a miss) is hashed once.
  const keys = new WeakMap<SeedFile, string>();
  const keyOf = (file: SeedFile) => {
    const key = keys.get(file) ?? createHash('sha256').update(file.name).update('\0').update(file.bytes).digest('hex').slice(0, 32);
    keys.set(file, key);
    return key;
  };
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
 * How an extraction is kept: a quote's speaker, which JSON cannot hold as a
 * reference, as its mention's index; and every place's sentence as an index
 * into one table per article, since each of the article's mentions repeats
 * its sentence whole (that halves the cache, which is read on every build).
 */
type StoredPlace = Omit<Place, 'sentence'> & { sentence: number };
type Stored<T extends { place: Place }> = Omit<T, 'place'> & { place: StoredPlace };
type StoredQuote = Omit<Stored<QuoteCue>, 'speaker'> & { speaker?: number };
type StoredExtraction = Omit<FileExtraction, 'extraction'> & {
  extraction?: Omit<ArticleExtraction, 'mentions' | 'quotes' | 'coalitions'> & {
    sentences: string[];
    mentions: Stored<Mention>[];
    quotes: StoredQuote[];
    coalitions: Stored<CoalitionCue>[];
  };
};

function toStored(result: FileExtraction): StoredExtraction {
  if (!result.extraction) return { file: result.file, problems: result.problems };
  const { mentions, quotes, coalitions } = result.extraction;
  const sentences: string[] = [];
  const numbers = new Map<string, number>();
  const place = ({ paragraph, sentence }: Place): StoredPlace => {
    let number = numbers.get(sentence);
    if (number === undefined) {
      number = sentences.push(sentence) - 1;
      numbers.set(sentence, number);
    }
    return { paragraph, sentence: number };
  };
  return {
    ...result,
    extraction: {
      ...result.extraction,
      mentions: mentions.map((mention) => ({ ...mention, place: place(mention.place) })),
      quotes: quotes.map(({ speaker, ...quote }) => ({ ...quote, place: place(quote.place), ...(speaker ? { speaker: mentions.indexOf(speaker) } : {}) })),
      coalitions: coalitions.map((cue) => ({ ...cue, place: place(cue.place) })),
      sentences,
    },
  };
}

function revive(stored: StoredExtraction): FileExtraction {
  if (!stored.extraction) return { file: stored.file, problems: stored.problems };
  const { sentences, ...extraction } = stored.extraction;
  const place = ({ paragraph, sentence }: StoredPlace): Place => ({ paragraph, sentence: sentences[sentence] ?? '' });
  const mentions: Mention[] = extraction.mentions.map((mention) => ({ ...mention, place: place(mention.place) }));
  const quotes: QuoteCue[] = extraction.quotes.map(({ speaker, ...quote }) => {
    const mention = speaker === undefined ? undefined : mentions[speaker];
    return { ...quote, place: place(quote.place), ...(mention ? { speaker: mention } : {}) };
  });
  const coalitions: CoalitionCue[] = extraction.coalitions.map((cue) => ({ ...cue, place: place(cue.place) }));
  return { ...stored, extraction: { ...extraction, mentions, quotes, coalitions } };
}
