/**
 * The emit stage, the only one that writes: content entries to JSON files in
 * `content/`. Everything is serialised before the first byte is written, and
 * only files whose text changed are rewritten (each through a temporary file),
 * so that a failed ingest leaves the previous content as it was and Astro's
 * content layer re-reads only what changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { io } from './io-limit';
import type { ContentEntries } from './records';
import { packCoMentions } from '../schemas';
import { serializeRegistry, type Registry } from './registry';

const COLLECTIONS = ['articles', 'people', 'parties', 'review', 'retired'] as const;

/** Past this many bytes a name is cut: a file name may not exceed 255 bytes, and a review item's id lists every name it is about. */
const MAX_NAME = 200;

/** An entry's file name: its id where slugs may repeat across kinds, else its slug; a long one cut, with a hash of the whole to keep it unique. */
function fileName(entry: { slug: string; id?: string }): string {
  const name = entry.id ?? entry.slug;
  if (Buffer.byteLength(name) <= MAX_NAME) return name;
  return `${name.slice(0, MAX_NAME - 17)}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

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
 * or kept: the dev server emits again on every save, and hashing every
 * entry's text again costs a second at 10,000 articles.
 */
const written = new Map<string, Map<string, { text: string; hash: string }>>();

/** Writes every entry as `<collection>/<id or slug>.json`: changed files only; stale ones removed. */
export async function emitContent(content: string, entries: ContentEntries): Promise<EmitReport> {
  const wanted = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    for (const entry of entries[collection]) {
      const stored = collection === 'people' || collection === 'parties' ? packCoMentions(entry as ContentEntries['people' | 'parties'][number]) : entry;
      // Compact: a machine writes these and Astro reads them, tens of megabytes for a large archive.
      wanted.set(`${collection}/${fileName(entry)}.json`, `${JSON.stringify(stored)}\n`);
    }
  }
  const previous = await readManifest(content);
  const memo = written.get(path.resolve(content)) ?? new Map<string, { text: string; hash: string }>();
  const next = new Map<string, { text: string; hash: string }>();
  const report: EmitReport = { written: 0, removed: 0, files: wanted.size };
  const manifest: Record<string, string> = {};
  for (const folder of COLLECTIONS) await mkdir(path.join(content, folder), { recursive: true });
  const changed: [string, string, string][] = [];
  for (const [file, text] of wanted) {
    const known = memo.get(file);
    const hash = known?.text === text ? known.hash : createHash('sha256').update(text).digest('hex').slice(0, 16);
    manifest[file] = hash;
    next.set(file, { text, hash });
    if (previous.get(file) !== hash) changed.push([file, text, hash]);
  }
  await Promise.all(
    changed.map(([file, text, hash]) => io(async () => {
      const target = path.join(content, file);
      // Short and hidden: an entry's own name can be near the 255-byte limit, and `*.json` never matches it.
      const temporary = path.join(path.dirname(target), `.${process.pid}-${hash}.tmp`);
      await writeFile(temporary, text);
      await rename(temporary, target);
      report.written++;
    })),
  );
  for (const folder of COLLECTIONS) {
    for (const name of await readdir(path.join(content, folder))) {
      if (wanted.has(`${folder}/${name}`)) continue;
      await rm(path.join(content, folder, name), { recursive: true, force: true });
      report.removed++;
    }
  }
  await writeFile(path.join(content, MANIFEST), `${JSON.stringify(manifest)}\n`);
  written.set(path.resolve(content), next);
  return report;
}

/** The previous emit's hashes, trusting only files that are still there. */
async function readManifest(content: string): Promise<Map<string, string>> {
  try {
    const recorded = JSON.parse(await readFile(path.join(content, MANIFEST), 'utf8')) as Record<string, string>;
    const present = new Set<string>();
    for (const folder of COLLECTIONS) {
      for (const name of await readdir(path.join(content, folder)).catch(() => [] as string[])) present.add(`${folder}/${name}`);
    }
    return new Map(Object.entries(recorded).filter(([file]) => present.has(file)));
  } catch {
    return new Map();
  }
}
