/**
 * The emit stage, the only one that writes: content entries to JSON files in
 * `content/`, each collection built in a staging folder and swapped in whole,
 * so that a failed ingest leaves the previous content as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentEntries } from './records';

const COLLECTIONS = ['articles', 'people', 'parties', 'review'] as const;

/** Writes every entry as `<collection>/<slug>.json`, replacing what was there. */
export async function emitContent(content: string, entries: ContentEntries): Promise<void> {
  const staging = path.join(content, `.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const collection of COLLECTIONS) {
      const folder = path.join(staging, collection);
      await mkdir(folder, { recursive: true });
      await Promise.all(entries[collection].map((entry) => writeFile(path.join(folder, `${entry.slug}.json`), `${JSON.stringify(entry, null, 2)}\n`)));
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
