/**
 * Remembers what read and extract made of each seed file, keyed by the file's
 * name and bytes and by the pipeline's own code and pack, so that a rebuild
 * after changing one article reads and extracts only that article. Resolution
 * always runs again over all of it: it is what joins articles up.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
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

/** What the file system says of a seed, enough to tell that it has not changed since it was last read. */
export interface SeedStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface ExtractionCache {
  get(file: SeedFile): FileExtraction | undefined;
  /** Keeps `result` for `file`, and gives back the extraction to use: the one the cache will give back for it. */
  set(file: SeedFile, result: FileExtraction): FileExtraction;
  /** The extraction of a seed that has not changed since it was last read, without reading it again. */
  known(name: string, stat: SeedStat): FileExtraction | undefined;
  /** Notes that the seed with this stat was read as `file`, so that the next run need not read it. */
  saw(file: SeedFile, stat: SeedStat): void;
  /** Writes what changed, without the entries no file of this run asked for. */
  flush(): Promise<void>;
}

/** A cache that never remembers: for one-off runs. */
export const NO_CACHE: ExtractionCache = { get: () => undefined, set: (_file, result) => result, known: () => undefined, saw: () => {}, flush: async () => {} };

/**
 * A stat is trusted only when the file had not been touched for this long
 * before it was read: a write within the file system's timestamp granularity
 * of the read could leave the same stat on different bytes (git's "racy" files).
 */
const RACY_MS = 2000;

/** Per seed name: its stat when read, the cache key of its bytes, and when it was read. */
type SeedRow = [size: number, mtimeMs: number, ctimeMs: number, ino: number, key: string, readAt: number];

/** The seed index of each cache folder, kept in memory like the store's shards. */
const indexes = new Map<string, Map<string, SeedRow>>();

/** Revived extractions by their stored form: reviving 10,000 of them on every dev-server run costs half a second. */
const revived = new WeakMap<StoredExtraction, FileExtraction>();

/** Lets go of the seed indexes kept for the next run (see forgetCacheStores). */
export function forgetSeedIndexes(): void {
  indexes.clear();
}

function trusted([, mtimeMs, ctimeMs, , , readAt]: SeedRow): boolean {
  return Math.max(mtimeMs, ctimeMs) <= readAt - RACY_MS;
}

async function readIndex(file: string): Promise<Map<string, SeedRow>> {
  const memo = indexes.get(file);
  if (memo) return memo;
  const rows = await readFile(file, 'utf8')
    .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, SeedRow>).filter(([, row]) => Array.isArray(row) && row.length === 6)))
    // A damaged index only means reading every seed again.
    .catch(() => new Map<string, SeedRow>());
  indexes.set(file, rows);
  return rows;
}

/**
 * Opens the cache in `folder`; `packText` is the country pack, which extraction depends on too.
 * `once`: this process extracts once (a build) and never asks the cache again, so a new entry is
 * kept as the extraction itself and put in its stored form only as its shard is written, instead
 * of in both forms until the end: the stored forms were a gigabyte at 100,000 articles.
 */
export async function openExtractionCache(folder: string, packText: string, { once = false }: { once?: boolean } = {}): Promise<ExtractionCache> {
  // The extractor also reads resolve's list of common words: a change to it must empty the cache too.
  const sources = [path.join(here, 'read'), path.join(here, 'extract'), path.join(here, 'text'), path.join(here, 'types.ts'), path.join(here, 'resolve', 'common-words.ts')];
  const version = await codeVersion(sources, packText, ...(await libraryVersions()));
  const store = await openCacheStore<StoredExtraction>(path.join(folder, 'extract'), version);
  const indexFile = path.join(folder, 'extract', version, 'seeds.json');
  const index = await readIndex(indexFile);
  const seen = new Set<string>();
  let indexChanged = false;
  const strings = internTable();
  const fromStore = (key: string) => {
    const stored = store.get(key);
    if (!stored) return undefined;
    const result = revived.get(stored) ?? revive(stored, strings);
    revived.set(stored, result);
    return result;
  };
  // A file asked for and then set (a miss) is hashed once.
  const keys = new WeakMap<SeedFile, string>();
  const keyOf = (file: SeedFile) => {
    const key = keys.get(file) ?? createHash('sha256').update(file.name).update('\0').update(file.bytes).digest('hex').slice(0, 32);
    keys.set(file, key);
    return key;
  };
  return {
    get(file) {
      return fromStore(keyOf(file));
    },
    set(file, result) {
      const key = keyOf(file);
      if (once) {
        // Interned and sliced as a revived one is; JSON.stringify asks for the stored form when the shard is written.
        const kept = revive(toStored(result), strings);
        store.set(key, { toJSON: () => toStored(kept) } as unknown as StoredExtraction);
        return kept;
      }
      store.set(key, toStored(result));
      // The cache's own object for it, as the next run in this process will get: resolve's memos know
      // an unchanged article by that object, so the run after a cold one need not resolve everything afresh.
      return fromStore(key) ?? result;
    },
    known(name, stat) {
      const row = index.get(name);
      if (!row) return undefined;
      const [size, mtimeMs, ctimeMs, ino, key] = row;
      if (size !== stat.size || mtimeMs !== stat.mtimeMs || ctimeMs !== stat.ctimeMs || ino !== stat.ino) return undefined;
      if (!trusted(row)) return undefined;
      seen.add(name);
      return fromStore(key);
    },
    saw(file, stat) {
      seen.add(file.name);
      const row: SeedRow = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, keyOf(file), Date.now()];
      const old = index.get(file.name);
      // A row that says the same, and would not yet be trusted either, is left as it was: nothing to write.
      if (old && old.slice(0, 5).every((value, at) => value === row[at]) && (trusted(old) || !trusted(row))) return;
      index.set(file.name, row);
      indexChanged = true;
    },
    async flush() {
      for (const name of index.keys()) {
        if (seen.has(name)) continue;
        index.delete(name);
        indexChanged = true;
      }
      seen.clear();
      await store.flush();
      if (!indexChanged) return;
      const temporary = `${indexFile}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(Object.fromEntries(index)));
      await rename(temporary, indexFile);
      indexChanged = false;
    },
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

/**
 * One copy of each short string the extractions repeat: kinds, names, titles
 * and places come back from JSON (or from a worker thread) as a copy per
 * mention, a fifth of the heap after extraction at 10,000 articles.
 */
type Intern = <T>(value: T) => T;

const INTERNED_LENGTH = 64;

function internTable(): Intern {
  const table = new Map<string, string>();
  const intern = <T,>(value: T): T => {
    if (typeof value === 'string') {
      if (value.length > INTERNED_LENGTH) return value;
      const kept = table.get(value);
      if (kept !== undefined) return kept as T;
      table.set(value, value);
      return value;
    }
    if (Array.isArray(value)) return value.map(intern) as T;
    if (value && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [field, inner] of Object.entries(value)) copy[field] = intern(inner);
      return copy as T;
    }
    return value;
  };
  return intern;
}

/**
 * `text` as a slice of `paragraph` when it is one: V8 keeps a slice as a
 * pointer into its parent, where JSON (or a worker's message) gives a copy.
 * The sentences and quotes are the article's text a second time, a third of
 * the extractions' heap (1.3 GB at 100,000 articles).
 */
function within(paragraph: string | undefined, text: string): string {
  const at = paragraph?.indexOf(text) ?? -1;
  return at < 0 ? text : (paragraph as string).slice(at, at + text.length);
}

function revive(stored: StoredExtraction, intern: Intern): FileExtraction {
  if (!stored.extraction) return { file: stored.file, problems: stored.problems };
  const { sentences, ...extraction } = stored.extraction;
  const { paragraphs } = extraction.article;
  // One place per sentence of a paragraph, as the extractor made them, not one per mention.
  const places = new Map<string, Place>();
  const place = ({ paragraph, sentence }: StoredPlace): Place => {
    const key = `${paragraph}:${sentence}`;
    let kept = places.get(key);
    if (!kept) places.set(key, (kept = { paragraph, sentence: within(paragraphs[paragraph], sentences[sentence] ?? '') }));
    return kept;
  };
  const mentions: Mention[] = extraction.mentions.map((mention) => ({ ...intern(mention), place: place(mention.place) }));
  const quotes: QuoteCue[] = extraction.quotes.map(({ speaker, ...quote }) => {
    const mention = speaker === undefined ? undefined : mentions[speaker];
    return { ...quote, text: within(paragraphs[quote.place.paragraph], quote.text), place: place(quote.place), ...(mention ? { speaker: mention } : {}) };
  });
  const coalitions: CoalitionCue[] = extraction.coalitions.map((cue) => ({ ...intern(cue), place: place(cue.place) }));
  return { ...stored, extraction: { ...extraction, mentions, quotes, coalitions } };
}
