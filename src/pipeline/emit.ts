/**
 * The emit stage, the only one that writes: content entries to JSON files in
 * `content/`, article bodies to HTML files beside them (src/content-files.ts). Everything is serialised before the first byte is written, and
 * only files whose text changed are rewritten (each through a temporary file),
 * so that a failed ingest leaves the previous content as it was and Astro's
 * content layer re-reads only what changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { io } from './io-limit';
import type { ContentEntries } from './records';
import { packCoMentions } from '../schemas';
import { BODIES, bodyPath, COLLECTIONS, entryFileName } from '../content-files';
import { serializeRegistry, type Registry } from './registry';

/** Every folder the emit writes, and cleans of files it no longer wants. */
const FOLDERS = [...COLLECTIONS, BODIES] as const;

/** Writes the slug registry, through a temporary file so that a crash never leaves half of it. */
export async function emitRegistry(file: string, registry: Registry): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serializeRegistry(registry));
  await rename(temporary, file);
}

/** What `emitContent` did: how many files it wrote and removed, of how many. */
export interface EmitReport {
  written: number;
  removed: number;
  files: number;
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
const written = new Map<string, { files: Map<string, { text: string; hash: string }>; stamp: string }>();

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

function textOf(collection: (typeof COLLECTIONS)[number], entry: ContentEntries[typeof collection][number]): string {
  let text = texts.get(entry);
  if (text === undefined) {
    const stored = collection === 'people' || collection === 'parties' ? packCoMentions(entry as ContentEntries['people' | 'parties'][number]) : entry;
    // Compact: a machine writes these and Astro reads them, tens of megabytes for a large archive.
    text = `${JSON.stringify(stored)}\n`;
    texts.set(entry, text);
  }
  return text;
}

/** Writes every entry as `<collection>/<id or slug>.json` and every article body as `bodies/<slug>.html`: changed files only; stale ones removed. */
export async function emitContent(content: string, entries: ContentEntries): Promise<EmitReport> {
  const wanted = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    for (const entry of entries[collection]) wanted.set(`${collection}/${entryFileName(entry)}.json`, textOf(collection, entry));
  }
  for (const body of entries.bodies) wanted.set(bodyPath(body.slug), body.html);
  const last = written.get(path.resolve(content));
  const present = await listFolders(content);
  const previous = await readManifest(content, present, last);
  const memo = last?.files ?? new Map<string, { text: string; hash: string }>();
  const next = new Map<string, { text: string; hash: string }>();
  const report: EmitReport = { written: 0, removed: 0, files: wanted.size };
  const manifest: Record<string, string> = {};
  for (const folder of FOLDERS) await mkdir(path.join(content, folder), { recursive: true });
  const changed: [string, string][] = [];
  for (const [file, text] of wanted) {
    const known = memo.get(file);
    const hash = known?.text === text ? known.hash : createHash('sha256').update(text).digest('hex').slice(0, 16);
    manifest[file] = hash;
    next.set(file, { text, hash });
    if (previous.get(file) !== hash) changed.push([file, text]);
  }
  await Promise.all(
    changed.map(([file, text], index) => io(async () => {
      const target = path.join(content, file);
      // Short and hidden: an entry's own name can be near the 255-byte limit, and `*.json` never
      // matches it. Numbered, not named by the text's hash: two articles may have the same body.
      const temporary = path.join(path.dirname(target), `.${process.pid}-${index}.tmp`);
      await writeFile(temporary, text);
      await rename(temporary, target);
      report.written++;
    })),
  );
  // Files that were there before this emit and are not wanted (written ones all are).
  for (const file of present) {
    if (wanted.has(file)) continue;
    await rm(path.join(content, file), { recursive: true, force: true });
    report.removed++;
  }
  const manifestFile = path.join(content, MANIFEST);
  await writeFile(manifestFile, `${JSON.stringify(manifest)}\n`);
  written.set(path.resolve(content), { files: next, stamp: stampOf(await stat(manifestFile)) });
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
