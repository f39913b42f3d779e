/**
 * The emit stage, the only one that writes: content entries to JSON files in
 * `content/`, article bodies to HTML files beside them (src/content-files.ts).
 * Only files whose text changed are rewritten (a body, whose key says what
 * decides its HTML, only when its key changed: src/pipeline/body-key.ts, and
 * it is rendered then), and each is first written to a
 * temporary file beside it: not one file of `content/` is replaced until every
 * entry has been serialised and written, so that a failed ingest leaves the
 * previous content as it was, and Astro's content layer re-reads only what
 * changed. Each text is let go of once it is on disk: at 100,000 articles the
 * texts of `content/` are over a gigabyte.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { io } from './io-limit';
import type { ContentEntries } from './records';
import { packCoMentions, splitPerson } from '../schemas';
import { BODIES, bodyPath, COLLECTIONS, entryFileName, PEOPLE_DETAILS, personDetailsPath } from '../content-files';
import { serializeRegistry, type Registry } from './registry';

/** Every folder the emit writes, and cleans of files it no longer wants. */
const FOLDERS = [...COLLECTIONS, PEOPLE_DETAILS, BODIES] as const;

/** Writes the slug registry, through a temporary file so that a crash never leaves half of it. */
export async function emitRegistry(file: string, registry: Registry): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serializeRegistry(registry));
  await rename(temporary, file);
}

/** What `emitContent` did: how many files it wrote and removed, of how many, and which (as `folder/name`). */
export interface EmitReport {
  written: number;
  removed: number;
  files: number;
  /** The files themselves: the dev server tells Astro's content layer of these, and of no others (src/integrations/content-events.ts). */
  changed: { written: string[]; removed: string[] };
}

/** The hashes of the files the last emit wrote, so that the next one need not read them back. */
const MANIFEST = '.manifest.json';

/**
 * Per content folder, the text and hash of each file this process last wrote
 * or kept (the dev server emits again on every save, and hashing every
 * entry's text again costs a second at 10,000 articles), and the stamp the
 * manifest's file had when this process wrote it: while it has that stamp, no
 * other process wrote it, and the hashes here are its content.
 */
const written = new Map<string, { files: Map<string, Written>; stamp: string }>();

/** A file the last emit wrote or kept: an entry's text and its hash, or a body's key (src/pipeline/body-key.ts). */
interface Written {
  text?: string;
  hash: string;
}

/** Lets go of the texts kept for the next emit (see forgetCacheStores). */
export function forgetWritten(): void {
  written.clear();
}

/**
 * Each entry's JSON text, by the entry object: the records stage hands back
 * the last build's entry, the same object, when nothing of it changed, and
 * serialising every entry again cost seconds of each dev-server run at 10,000
 * articles. Entries are never changed once built.
 */
const texts = new WeakMap<object, string>();

function textOf(collection: (typeof COLLECTIONS)[number], entry: ContentEntries[typeof collection][number], keep: boolean): string {
  let text = texts.get(entry);
  if (text === undefined) {
    const stored =
      collection === 'people'
        ? packCoMentions(splitPerson(entry as ContentEntries['people'][number]).summary)
        : collection === 'parties'
          ? packCoMentions(entry as ContentEntries['parties'][number])
          : entry;
    // Compact: a machine writes these and Astro reads them, tens of megabytes for a large archive.
    text = `${JSON.stringify(stored)}\n`;
    if (keep) texts.set(entry, text);
  }
  return text;
}

/** The JSON text of a person's details file, kept by the entry as `texts` keeps its entry's. */
const detailTexts = new WeakMap<object, string>();

function detailsTextOf(entry: ContentEntries['people'][number], keep: boolean): string {
  let text = detailTexts.get(entry);
  if (text === undefined) {
    text = `${JSON.stringify(splitPerson(entry).details)}\n`;
    if (keep) detailTexts.set(entry, text);
  }
  return text;
}

export interface EmitOptions {
  /**
   * Keep each file's text and hash for the next emit in this process (the dev
   * server emits again on every save). Default `true`; a process that emits
   * once keeps nothing, and holds one text at a time.
   */
  keep?: boolean;
}

/** Files written to their temporary names before any is moved into place: this many at a time. */
const WRITE_AHEAD = 256;

/** Writes every entry as `<collection>/<id or slug>.json` and every article body as `bodies/<slug>.html`: changed files only; stale ones removed. */
export async function emitContent(content: string, entries: ContentEntries, { keep = true }: EmitOptions = {}): Promise<EmitReport> {
  const last = written.get(path.resolve(content));
  written.delete(path.resolve(content));
  const present = await listFolders(content);
  const previous = await readManifest(content, present, last);
  const memo = last?.files ?? new Map<string, Written>();
  const next = new Map<string, Written>();
  const manifest: Record<string, string> = {};
  for (const folder of FOLDERS) await mkdir(path.join(content, folder), { recursive: true });

  // Each changed file is written to a temporary name now and moved into place once all are written.
  const moves: { temporary: string; target: string; file: string }[] = [];
  const writing: Promise<void>[] = [];
  const write = async (file: string, text: string) => {
    const target = path.join(content, file);
    // Short and hidden: an entry's own name can be near the 255-byte limit, and `*.json` never
    // matches it. Numbered, not named by the text's hash: two articles may have the same body.
    const temporary = path.join(path.dirname(target), `.${process.pid}-${moves.length}.tmp`);
    moves.push({ temporary, target, file });
    writing.push(io(() => writeFile(temporary, text)));
    if (writing.length >= WRITE_AHEAD) await Promise.all(writing.splice(0));
  };
  // Not async: tens of thousands of files are offered on every run of the dev server, and only the few changed ones wait for a write.
  const offer = (file: string, text: string): Promise<void> | undefined => {
    const known = memo.get(file);
    const same = known?.text === text;
    const hash = same ? (known as Written).hash : createHash('sha256').update(text).digest('hex').slice(0, 16);
    manifest[file] = hash;
    if (keep) next.set(file, same ? (known as Written) : { text, hash });
    return previous.get(file) === hash ? undefined : write(file, text);
  };
  try {
    for (const collection of COLLECTIONS) {
      for (const entry of entries[collection]) {
        const writing = offer(`${collection}/${entryFileName(entry)}.json`, textOf(collection, entry, keep));
        if (writing) await writing;
      }
    }
    for (const person of entries.people) {
      const writing = offer(personDetailsPath(person), detailsTextOf(person, keep));
      if (writing) await writing;
    }
    for (const body of entries.bodies) {
      // A body is known by its key, not its text: one whose key is as on disk is not even rendered.
      const file = bodyPath(body.slug);
      manifest[file] = body.key;
      if (keep) {
        const known = memo.get(file);
        next.set(file, known?.hash === body.key && known.text === undefined ? known : { hash: body.key });
      }
      if (previous.get(file) !== body.key) await write(file, body.html());
    }
    await Promise.all(writing);
  } catch (error) {
    await Promise.allSettled(writing);
    await Promise.all(moves.map(({ temporary }) => io(() => rm(temporary, { force: true }))));
    throw error;
  }
  await Promise.all(moves.map(({ temporary, target }) => io(() => rename(temporary, target))));

  const changed = { written: moves.map(({ file }) => file), removed: [] as string[] };
  // Files that were there before this emit and are not wanted (written ones all are).
  for (const file of present) {
    if (Object.hasOwn(manifest, file)) continue;
    await rm(path.join(content, file), { recursive: true, force: true });
    changed.removed.push(file);
  }
  const report: EmitReport = { written: moves.length, removed: changed.removed.length, files: Object.keys(manifest).length, changed };
  const manifestFile = path.join(content, MANIFEST);
  await writeFile(manifestFile, `${JSON.stringify(manifest)}\n`);
  if (keep) written.set(path.resolve(content), { files: next, stamp: stampOf(await stat(manifestFile)) });
  return report;
}

/** Every file in the content folders, as `folder/name`. */
async function listFolders(content: string): Promise<Set<string>> {
  const present = new Set<string>();
  for (const folder of FOLDERS) {
    for (const name of await readdir(path.join(content, folder)).catch(() => [] as string[])) present.add(`${folder}/${name}`);
  }
  return present;
}

function stampOf({ size, mtimeMs, ino }: { size: number; mtimeMs: number; ino: number }): string {
  return `${size}:${mtimeMs}:${ino}`;
}

/**
 * The previous emit's hashes, trusting only files that are still there: from
 * what this process last wrote while the manifest's file is as it left it
 * (the dev server need not parse it again on every save), else from the file.
 */
async function readManifest(content: string, present: Set<string>, last: { files: Map<string, { hash: string }>; stamp: string } | undefined): Promise<Map<string, string>> {
  const file = path.join(content, MANIFEST);
  try {
    const trusted = new Map<string, string>();
    if (last && last.stamp === stampOf(await stat(file))) {
      for (const [name, { hash }] of last.files) if (present.has(name)) trusted.set(name, hash);
    } else {
      for (const [name, hash] of Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string>)) if (present.has(name)) trusted.set(name, hash);
    }
    return trusted;
  } catch {
    return new Map();
  }
}
