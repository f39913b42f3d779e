/**
 * A build ingests once and lets go of what the ingest keeps for its next run
 * in the same process (src/integrations/ingest.ts): an ingest after that reads
 * its caches back from disk, as a fresh process does, and gives the same content.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forgetIngestMemory, ingest } from '../../src/pipeline/ingest';
import { snapshot, useTemporaryFolders } from './helpers';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const folder = useTemporaryFolders('ingest-memory');

describe('an ingest that runs once', () => {
  it('writes what an ingest that keeps its caches writes, cold and from its caches on disk', async () => {
    const [keeping, once, cache] = await Promise.all([folder(), folder(), folder()]);
    const run = (content: string, extra: { once?: boolean }) => ingest({ seeds: SEEDS, content, cache, registry: false, editorial: false, ...extra });
    expect((await run(keeping, {})).ok).toBe(true);
    forgetIngestMemory();
    expect((await run(once, { once: true })).ok).toBe(true);
    expect(await snapshot(once)).toEqual(await snapshot(keeping));
    expect((await run(once, { once: true })).ok).toBe(true);
    expect(await snapshot(once)).toEqual(await snapshot(keeping));
  });
});

describe('forgetIngestMemory', () => {
  it('leaves the next ingest in this process reading its caches from disk, with the same result', async () => {
    const [seeds, content, cache] = await Promise.all([folder(), folder(), folder()]);
    await cp(SEEDS, seeds, { recursive: true });
    const run = () => ingest({ seeds, content, cache, registry: false, editorial: false });
    expect((await run()).ok).toBe(true);
    const cold = await snapshot(content);
    forgetIngestMemory();

    // One seed changed while nothing was in memory: the content follows it, and the rest is the cold run's.
    const name = '001_11505ea93afb59a9.txt';
    const text = await readFile(path.join(seeds, name), 'utf8');
    await writeFile(path.join(seeds, name), text.replace('Musalia Mudavadi', 'Musalia Mudavadi Jnr'));
    expect((await run()).ok).toBe(true);
    forgetIngestMemory();
    await writeFile(path.join(seeds, name), text);
    expect((await run()).ok).toBe(true);
    expect(await snapshot(content)).toEqual(cold);
  });
});
