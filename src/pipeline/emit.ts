/**
 * The emit stage, the only one that writes: content entries to JSON files in
 * `content/`, each collection built in a staging folder and swapped in whole,
 * so that a failed ingest leaves the previous content as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentEntries } from './records';
import { serializeRegistry, type Registry } from './registry';

const COLLECTIONS = ['articles', 'people', 'parties', 'review', 'retired'] as const;

/** An entry's file name: its id where slugs may repeat across kinds, else its slug. */
function fileName(entry: { slug: string; id?: string }): string {
  return entry.id ?? entry.slug;
}

/** Writes the slug registry, through a temporary file so that a crash never leaves half of it. */
export async function emitRegistry(file: string, registry: Registry): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serializeRegistry(registry));
  await rename(temporary, file);
}

/** Writes every entry as `<collection>/<slug>.json`, replacing what was there. */
export async function emitContent(content: string, entries: ContentEntries): Promise<void> {
  const staging = path.join(content, `.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const collection of COLLECTIONS) {
      const folder = path.join(staging, collection);
      await mkdir(folder, { recursive: true });
      await Promise.all(entries[collection].map((entry) => writeFile(path.join(folder, `${fileName(entry)}.json`), `${JSON.stringify(entry, null, 2)}\n`)));
    }
    for (const collection of COLLECTIONS) {
      const live = path.join(content, collection);
      const retired = path.join(staging, `${collection}.old`);
      await rename(live, retired).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(path.join(staging, collection), live);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
