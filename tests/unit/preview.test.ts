/**
 * The dev server's preview of a saved article (src/pipeline/preview.ts): its
 * body rewritten at once with the links it had, and the ingest that follows
 * still writing byte for byte what a cold ingest writes.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyPath } from '../../src/content-files';
import { forgetIngestMemory, ingest, type IngestOptions } from '../../src/pipeline/ingest';
import { previewBody } from '../../src/pipeline/preview';
import { SEEDS, snapshot, useTemporaryFolders } from './helpers';

const folder = useTemporaryFolders('preview');
const SAVED = '000_c7cc59b24c6a0a73.txt';
const ADDED = 'A sentence the editor has just added, naming Wiper leader Kalonzo Musyoka again.';

describe('the preview of a saved article', () => {
  let options: IngestOptions;
  let body = '';
  let before = '';

  beforeAll(async () => {
    const seeds = path.join(await folder(), 'seeds');
    await cp(SEEDS, seeds, { recursive: true });
    // As the dev server runs it: caches in memory from one run to the next, no registry written.
    options = { seeds, content: path.join(await folder(), 'content'), cache: path.join(await folder(), 'cache'), registry: false };
    const report = await ingest(options);
    expect(report.ok, report.summary).toBe(true);
    const slug = await slugOf(options.content, SAVED);
    body = path.join(options.content, bodyPath(slug));
    before = await readFile(body, 'utf8');
  });

  it('rewrites the body of the saved article with its new text and the links it had', async () => {
    const seed = path.join(options.seeds, SAVED);
    const text = await readFile(seed, 'utf8');
    const [first, ...rest] = text.split('\n\n');
    await writeFile(seed, [`${first} ${ADDED}`, ...rest].join('\n\n'));

    expect(await previewBody(seed)).toBe(bodyPath(await slugOf(options.content, SAVED)));
    const previewed = await readFile(body, 'utf8');
    expect(before).not.toContain('just added');
    expect(previewed).toContain(ADDED.slice(0, -'Kalonzo Musyoka again.'.length));
    // The first paragraph's links are the ones it had: Kalonzo Musyoka is linked once there, as before.
    const linked = (html: string) => (html.split('</p>')[0] ?? '').match(/href="[^"]*"/g) ?? [];
    expect(linked(previewed)).toEqual(linked(before));
    expect(linked(previewed).length).toBeGreaterThan(0);
    // Every other paragraph is as it was.
    expect(previewed.split('</p>').slice(1)).toEqual(before.split('</p>').slice(1));
  });

  it('leaves the ingest that follows writing what a cold ingest writes', async () => {
    const report = await ingest(options);
    expect(report.ok, report.summary).toBe(true);
    forgetIngestMemory();
    const cold = { ...options, content: path.join(await folder(), 'content'), cache: false as const, once: true };
    expect((await ingest(cold)).ok).toBe(true);
    expect(await snapshot(options.content)).toEqual(await snapshot(cold.content));
    expect(await readFile(body, 'utf8')).toContain('just added');
  });

  it('writes nothing for an article that has no page yet, or a folder this process never ingested', async () => {
    const seeds = path.join(await folder(), 'seeds');
    await cp(SEEDS, seeds, { recursive: true });
    const content = path.join(await folder(), 'content');
    await ingest({ seeds, content, cache: false, registry: false });
    const fresh = path.join(seeds, 'zz-new-article.txt');
    await writeFile(fresh, 'Nairobi Senator Baraka Nyamweya said the county would not back down.\n');
    const listing = await snapshot(content);
    expect(await previewBody(fresh)).toBeUndefined();
    expect(await previewBody(path.join(await folder(), SAVED))).toBeUndefined();
    expect(await snapshot(content)).toEqual(listing);
  });
});

/** The slug the ingest gave the article read from `source`. */
async function slugOf(content: string, source: string): Promise<string> {
  const files = await snapshot(path.join(content, 'articles'));
  for (const text of files.values()) {
    const entry = JSON.parse(text) as { source: string; slug: string };
    if (entry.source === source) return entry.slug;
  }
  throw new Error(`no article from ${source}`);
}
