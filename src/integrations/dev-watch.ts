/**
 * What `astro dev` watches of the ingest's folders. Vite's watcher (chokidar)
 * lists a watched folder again, with a stat of every file in it, after any
 * event in it: at 10,000 articles one save listed seeds/, content/articles/
 * and content/bodies/ two or three times each, 50,000 stats on the thread
 * that also runs the ingest (2-3 s of each save in a CPU profile of the dev
 * server, and the young collections of their garbage). So seeds/ and content/
 * are kept out of it: the seed folder is watched by one `fs.watch`, which
 * names the file that changed, and Astro's content layer is told of the
 * files each ingest wrote, which are all that change in content/.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { COLLECTIONS } from '../content-files';

/** A path test for Vite's `server.watch.ignored`: true inside any of `folders` (a test, not a glob, so that no folder name is read as a pattern). */
export function outside(folders: string[]): (file: string) => boolean {
  const roots = folders.map((folder) => path.resolve(folder));
  return (file) => roots.some((root) => file === root || file.startsWith(root + path.sep));
}

/** Names chokidar's atomic mode skipped, as Vite's watcher did: editors' swap and backup files, written while an article is open. */
const EDITOR_SCRATCH = /\..*\.sw[px]$|~$|\.subl.*\.tmp/;

/**
 * Calls `onChange` with the path of each file of `folder` (not its subfolders: the seeds are
 * the folder's own files) that is added, changed or removed; without a name, when the system
 * gives none. The watch does not keep the process alive; `close()` ends it. A folder not made
 * yet is waited for in its parent (Vite's watcher, which watched the whole project, used to
 * see it come), and told as a change when it comes; one that cannot be watched is an error
 * told, not a stop.
 */
export function watchSeeds(folder: string, onChange: (file: string | undefined) => void, onError: (error: Error) => void): Pick<FSWatcher, 'close'> {
  let seeds: FSWatcher | undefined;
  let parent: FSWatcher | undefined;
  /** False while the folder is not there; any other error is told. */
  const start = (): boolean => {
    try {
      seeds = watch(folder, { persistent: false }, (_event, name) => {
        if (name && EDITOR_SCRATCH.test(name)) return;
        onChange(name ? path.join(folder, name) : undefined);
      });
      seeds.on('error', onError);
      return true;
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      if (!missing) onError(error as Error);
      return !missing;
    }
  };
  if (!start()) {
    try {
      parent = watch(path.dirname(folder), { persistent: false }, (_event, name) => {
        if (seeds || (name && name !== path.basename(folder)) || !start() || !seeds) return;
        parent?.close();
        onChange(undefined);
      });
      parent.on('error', onError);
    } catch (error) {
      onError(error as Error);
    }
  }
  return {
    close: () => {
      seeds?.close();
      parent?.close();
    },
  };
}

/**
 * Tells Astro's content layer (its glob loaders listen to the dev server's
 * watcher) of the collections' files an ingest wrote and removed, as the
 * watcher would have had it seen them; the other folders of content/ are read
 * by the pages themselves.
 */
export function announce(server: Pick<ViteDevServer, 'watcher'>, content: string, changed: { written: string[]; removed: string[] }): void {
  const collection = (file: string) => (COLLECTIONS as readonly string[]).includes(file.split('/')[0] as string);
  for (const file of changed.written.filter(collection)) server.watcher.emit('change', path.join(content, file));
  for (const file of changed.removed.filter(collection)) server.watcher.emit('unlink', path.join(content, file));
}
