/**
 * The pure pipeline on the three real seeds, checked against the site's
 * contract (src/schemas.ts), and the emit stage writing into temporary folders,
 * never the checkout's content/.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus, publishCorpus } from '../../src/pipeline/corpus';
import { emitContent } from '../../src/pipeline/emit';
import { loadPack, readSeedFolder } from '../../src/pipeline/ingest';
import type { CountryPack } from '../../src/pipeline/pack';
import type { ContentEntries } from '../../src/pipeline/records';
import type { SeedFile } from '../../src/pipeline/types';
import { articleSchema, joinPerson, partySchema, personDetailsSchema, personSchema, storedPartySchema, storedPersonSchema, unpackCoMentions, type PersonSummary } from '../../src/schemas';
import { SEEDS } from './helpers';

let pack: CountryPack;
let seeds: SeedFile[];
let entries: ContentEntries;
const folders: string[] = [];

/** A fresh, empty folder under the system's temporary directory. */
async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'siasa-emit-'));
  folders.push(folder);
  return folder;
}

/** Every file under `folder`, as relative path → contents. */
async function filesIn(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, full), await readFile(full));
  }
  return files;
}

const publish = (files: SeedFile[]) => publishCorpus(analyseCorpus(files, pack), '/').entries;
const jsonNames = (list: { slug: string }[]) => list.map((entry) => `${entry.slug}.json`).sort();

beforeAll(async () => {
  pack = await loadPack();
  seeds = await readSeedFolder(SEEDS);
  entries = publish(seeds);
});

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe('the pipeline on the seeds', () => {
  it('reads the three seeds without a problem', () => {
    const analysis = analyseCorpus(seeds, pack);
    expect(seeds.map((file) => file.name)).toEqual(['000_c7cc59b24c6a0a73.txt', '001_11505ea93afb59a9.txt', '002_6972000eb6e45fbc.txt']);
    expect(analysis.problems).toEqual([]);
    expect(entries.articles.map((entry) => entry.source)).toEqual(seeds.map((file) => file.name));
  });

  it('gives article entries that parse with articleSchema, keys and all', () => {
    for (const entry of entries.articles) expect(articleSchema.parse(entry)).toEqual(entry);
  });

  it('gives every article its rendered body, in the articles\' order, outside the entries', () => {
    expect(entries.bodies.map((body) => body.slug)).toEqual(entries.articles.map((entry) => entry.slug));
    for (const body of entries.bodies) expect(body.html()).toMatch(/^<p id="p-1"/);
    for (const entry of entries.articles) expect(Object.keys(entry)).not.toContain('html');
  });

  it('gives person entries that parse with personSchema, keys and all', () => {
    expect(entries.people.length).toBeGreaterThan(0);
    for (const entry of entries.people) expect(personSchema.parse(entry)).toEqual(entry);
  });

  it('gives party entries that parse with partySchema, keys and all', () => {
    expect(entries.parties.length).toBeGreaterThan(0);
    for (const entry of entries.parties) expect(partySchema.parse(entry)).toEqual(entry);
  });

  it('links article HTML only to people and parties that have an entry', () => {
    const people = new Set(entries.people.map((entry) => entry.slug));
    const parties = new Set(entries.parties.map((entry) => entry.slug));
    const hrefs = entries.bodies.flatMap((body) => [...body.html().matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((match) => match[1]!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const [, folder, slug] = /^\/(people|parties)\/([^/]+)\/$/.exec(href) ?? [];
      expect(folder, href).toBeDefined();
      expect((folder === 'people' ? people : parties).has(slug!), href).toBe(true);
    }
  });

  it('gives byte-identical JSON on a second run over the same files', () => {
    const again = publish(seeds.map((file) => ({ name: file.name, bytes: Uint8Array.from(file.bytes) })));
    expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(entries, null, 2));
    expect(again.bodies.map((body) => body.html())).toEqual(entries.bodies.map((body) => body.html()));
  });

  it('gives byte-identical JSON when the files come in another order', () => {
    const reversed = publish([...seeds].reverse());
    expect(JSON.stringify(reversed, null, 2)).toBe(JSON.stringify(entries, null, 2));
    expect(reversed.bodies.map((body) => body.html())).toEqual(entries.bodies.map((body) => body.html()));
  });
});

describe('emitContent', () => {
  it('rewrites only the files whose text changed, and removes stale ones', async () => {
    const content = await temporaryFolder();
    expect(await emitContent(content, entries)).toMatchObject({ removed: 0, written: entries.articles.length * 2 + entries.people.length * 2 + entries.parties.length + entries.review.length + entries.retired.length });
    const [first, ...rest] = entries.people;
    const changed = { ...entries, people: [{ ...first!, name: `${first!.name} (changed)` }, ...rest.slice(1)] };
    // The dropped person goes with their details file.
    const report = await emitContent(content, changed);
    expect(report).toMatchObject({ written: 1, removed: 2 });
    // Named, for the dev server to tell Astro's content layer (src/integrations/dev-watch.ts).
    expect(report.changed).toEqual({ written: [`people/${first!.slug}.json`], removed: [`people/${rest[0]!.slug}.json`, `people-details/${rest[0]!.slug}.json`] });
  });

  it('writes one JSON file per entry in each collection, one per person\'s details, one HTML file per article body, and nothing else', async () => {
    const content = await temporaryFolder();
    await emitContent(content, entries);
    expect((await readdir(content)).sort()).toEqual(['.manifest.json', 'articles', 'bodies', 'parties', 'people', 'people-details', 'retired', 'review']);
    expect((await readdir(path.join(content, 'people-details'))).sort()).toEqual(jsonNames(entries.people));
    expect((await readdir(path.join(content, 'articles'))).sort()).toEqual(jsonNames(entries.articles));
    expect((await readdir(path.join(content, 'bodies'))).sort()).toEqual(entries.articles.map((entry) => `${entry.slug}.html`).sort());
    for (const body of entries.bodies) expect(await readFile(path.join(content, 'bodies', `${body.slug}.html`), 'utf8')).toBe(body.html());
    expect((await readdir(path.join(content, 'people'))).sort()).toEqual(jsonNames(entries.people));
    expect((await readdir(path.join(content, 'parties'))).sort()).toEqual(jsonNames(entries.parties));
    expect((await readdir(path.join(content, 'review'))).sort()).toEqual(jsonNames(entries.review));
  });

  it('writes each entry as its JSON, co-mention lists packed in one string that Astro\'s schema checks', async () => {
    const content = await temporaryFolder();
    await emitContent(content, entries);
    for (const entry of entries.people) {
      const written = JSON.parse(await readFile(path.join(content, 'people', `${entry.slug}.json`), 'utf8'));
      expect(typeof written.coMentions).toBe('string');
      expect(storedPersonSchema.parse(written)).toEqual(written);
      // Roles and quotes live in the details file, out of Astro's store; the first role stays for the lists.
      expect(Object.keys(written)).not.toContain('roles');
      expect(Object.keys(written)).not.toContain('quotes');
      expect(written.firstRole).toEqual(entry.roles[0]);
      const details = personDetailsSchema.parse(JSON.parse(await readFile(path.join(content, 'people-details', `${entry.slug}.json`), 'utf8')));
      expect(joinPerson(unpackCoMentions<PersonSummary>(written), details)).toEqual(entry);
    }
    for (const entry of entries.parties) {
      const written = JSON.parse(await readFile(path.join(content, 'parties', `${entry.slug}.json`), 'utf8'));
      expect(unpackCoMentions(storedPartySchema.parse(written))).toEqual(entry);
    }
    const [person] = entries.people;
    // A hand-edited file whose lists are not what the site reads fails at Astro's sync, naming the field.
    const broken = storedPersonSchema.safeParse({ ...person, coMentions: JSON.stringify({ people: [{ slug: 'Not A Slug', name: 'X', count: 1 }], parties: [] }) });
    expect(broken.success).toBe(false);
    expect(storedPersonSchema.safeParse({ ...person, coMentions: '{people' }).success).toBe(false);
  });

  it('replaces the previous content: files of entries that are gone do not stay', async () => {
    const content = await temporaryFolder();
    await emitContent(content, entries);
    await writeFile(path.join(content, 'articles', 'hand-made.json'), '{}\n');
    // Without seed 001, the article and the people named only in it (Musalia Mudavadi...) go.
    const fewer = publish(seeds.filter((file) => file.name !== '001_11505ea93afb59a9.txt'));
    const stalePeople = jsonNames(entries.people).filter((name) => !jsonNames(fewer.people).includes(name));
    expect(stalePeople.length).toBeGreaterThan(0);
    await emitContent(content, fewer);
    expect((await readdir(path.join(content, 'articles'))).sort()).toEqual(jsonNames(fewer.articles));
    expect((await readdir(path.join(content, 'bodies'))).sort()).toEqual(fewer.articles.map((entry) => `${entry.slug}.html`).sort());
    expect((await readdir(path.join(content, 'people'))).sort()).toEqual(jsonNames(fewer.people));
    expect((await readdir(path.join(content, 'parties'))).sort()).toEqual(jsonNames(fewer.parties));
  });

  it('leaves files beside the collections alone and no staging folder behind', async () => {
    const content = await temporaryFolder();
    await writeFile(path.join(content, 'README.md'), '# content\n');
    await emitContent(content, entries);
    await emitContent(content, entries);
    expect((await readdir(content)).sort()).toEqual(['.manifest.json', 'README.md', 'articles', 'bodies', 'parties', 'people', 'people-details', 'retired', 'review']);
  });

  it('writes the same files when it keeps nothing for a next emit, and a next emit still rewrites only what changed', async () => {
    const kept = await temporaryFolder();
    const once = await temporaryFolder();
    await emitContent(kept, entries);
    expect(await emitContent(once, entries, { keep: false })).toMatchObject({ removed: 0, files: (await filesIn(kept)).size - 1 });
    const [a, b] = [await filesIn(kept), await filesIn(once)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
    // Nothing kept in memory: the hashes come from the manifest on disk.
    const [first, ...rest] = entries.people;
    expect(await emitContent(once, { ...entries, people: [{ ...first!, name: `${first!.name} (changed)` }, ...rest] }, { keep: false })).toMatchObject({ written: 1, removed: 0 });
  });

  it('leaves the previous content as it was, and no temporary file, when an entry cannot be written', async () => {
    const content = await temporaryFolder();
    await emitContent(content, entries);
    const before = await filesIn(content);
    // Changed articles are written to their temporary files before the broken person is reached.
    const articles = entries.articles.map((entry) => ({ ...entry, title: `${entry.title} (changed)` }));
    const [first, ...rest] = entries.people;
    const broken = { ...entries, articles, people: [...rest, { ...first!, mentionCount: 1n as unknown as number }] };
    await expect(emitContent(content, broken)).rejects.toThrow(/BigInt/);
    const after = await filesIn(content);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
    // And the emit after it, in the same process, still knows what is on disk.
    expect(await emitContent(content, { ...entries, articles })).toMatchObject({ written: articles.length });
  });

  it('writes byte-identical files on two runs of the whole pipeline', async () => {
    const first = await temporaryFolder();
    const second = await temporaryFolder();
    await emitContent(first, publish(await readSeedFolder(SEEDS)));
    await emitContent(second, publish(await readSeedFolder(SEEDS)));
    const [a, b] = [await filesIn(first), await filesIn(second)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  });
});
