import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { heldGlob } from '../../src/loaders/held-glob';
import { useTemporaryFolders } from './helpers';

const temporaryFolder = useTemporaryFolders('held-glob');

/** A project folder with `content/<name>/<slug>.json` files. */
async function project(collections: Record<string, string[]>): Promise<string> {
  const root = await temporaryFolder();
  for (const [name, slugs] of Object.entries(collections)) {
    await mkdir(path.join(root, 'content', name), { recursive: true });
    for (const slug of slugs) await writeFile(path.join(root, 'content', name, `${slug}.json`), JSON.stringify({ slug, name: slug.replace(/-/g, ' ') }));
  }
  return root;
}

interface Trace {
  parsed: number;
  /** How many files had been parsed, over every collection, when each change reached a store. */
  changes: { change: string; parsedBefore: number }[];
}

/** The context Astro gives a loader, over a Map, recording what reaches the store and when. */
function context(root: string, collection: string, entries: Map<string, { digest?: string }>, trace: Trace): LoaderContext {
  const store = {
    get: (id: string) => entries.get(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    set: (entry: { id: string; digest?: string }) => {
      trace.changes.push({ change: `${collection} set ${entry.id}`, parsedBefore: trace.parsed });
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => {
      trace.changes.push({ change: `${collection} delete ${id}`, parsedBefore: trace.parsed });
      entries.delete(id);
    },
    clear: () => entries.clear(),
    addAssetImport: () => {},
    addAssetImports: () => {},
    addModuleImport: () => {},
  };
  const quiet = { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} };
  return {
    collection,
    store,
    logger: quiet,
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`), legacy: { collections: false } },
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      // A pause as a large file or a busy machine makes one: Astro's store would save itself in it.
      await new Promise((resolve) => setTimeout(resolve, 5));
      trace.parsed++;
      return data;
    },
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(16),
    entryTypes: new Map([['.json', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: JSON.parse(contents) }) }]]),
  } as unknown as LoaderContext;
}

describe('heldGlob', () => {
  it('lets no change reach the store until every collection of the sync has read its files, then applies them all', async () => {
    const root = await project({ people: ['amina-wekesa', 'otieno-wafula', 'zawadi-mwakilema'], parties: ['jumuia-democratic-congress'] });
    const trace: Trace = { parsed: 0, changes: [] };
    const people = new Map<string, { digest?: string }>([['gone-person', {}]]);
    const parties = new Map<string, { digest?: string }>();
    await Promise.all([
      heldGlob({ pattern: '*.json', base: './content/people' }).load(context(root, 'people', people, trace)),
      heldGlob({ pattern: '*.json', base: './content/parties' }).load(context(root, 'parties', parties, trace)),
    ]);
    expect(trace.parsed).toBe(4);
    expect(trace.changes.map(({ parsedBefore }) => parsedBefore)).toEqual([4, 4, 4, 4, 4]);
    expect(trace.changes.map(({ change }) => change).sort()).toEqual([
      'parties set jumuia-democratic-congress',
      'people delete gone-person',
      'people set amina-wekesa',
      'people set otieno-wafula',
      'people set zawadi-mwakilema',
    ]);
    expect([...people.keys()].sort()).toEqual(['amina-wekesa', 'otieno-wafula', 'zawadi-mwakilema']);
  });

  it('changes nothing for files whose digest the store already has, as Astro\'s glob does', async () => {
    const root = await project({ people: ['amina-wekesa'] });
    const trace: Trace = { parsed: 0, changes: [] };
    const people = new Map<string, { digest?: string }>();
    await heldGlob({ pattern: '*.json', base: './content/people' }).load(context(root, 'people', people, trace));
    const again: Trace = { parsed: 0, changes: [] };
    await heldGlob({ pattern: '*.json', base: './content/people' }).load(context(root, 'people', people, again));
    expect(trace.changes).toHaveLength(1);
    expect(again.changes).toEqual([]);
  });
});
