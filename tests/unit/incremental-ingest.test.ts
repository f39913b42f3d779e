/**
 * The incremental ingest: after any change to the seeds, the editorial file,
 * the pack or the cache itself, an ingest that reuses what earlier runs kept
 * (in memory, as the dev server does, and on disk, as a new process does)
 * writes byte for byte what a cold ingest of the same state writes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PACK, ingest, isSeedName, type IngestOptions } from '../../src/pipeline/ingest';
import { SEEDS, snapshot, useTemporaryFolders } from './helpers';

const GOLD = fileURLToPath(new URL('../fixtures/gold/dev/', import.meta.url));
const INVENTED = fileURLToPath(new URL('./fixtures/incremental/', import.meta.url));
const COLD = fileURLToPath(new URL('./cold-ingest.ts', import.meta.url));
const folder = useTemporaryFolders('incremental');
/**
 * Each step ingests three times (warm, from disk, cold in another process):
 * seconds on a quiet machine, and past two minutes once in a full run of
 * two unit files at a time beside other work (load average 22).
 */
const stepTimeout = 300_000;

/** The folders one ingest reads and writes. */
interface Place {
  content: string;
  cache: string;
  registry: string;
}

/** The reference ingests: a process of their own (tests/unit/cold-ingest.ts), one job at a time. */
function coldIngests(): { ingest: (options: IngestOptions) => Promise<void>; stop: () => void } {
  let child: ChildProcess | undefined;
  return {
    ingest(options) {
      child ??= fork(COLD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const running = child;
      return new Promise((resolve, reject) => {
        const exited = (code: number | null) => reject(new Error(`the reference ingest's process exited (${code})`));
        running.once('exit', exited);
        running.once('message', (answer: { ok: boolean; summary: string }) => {
          running.off('exit', exited);
          if (answer.ok) resolve();
          else reject(new Error(`the reference ingest failed: ${answer.summary}`));
        });
        running.send(options);
      });
    },
    stop: () => void child?.kill(),
  };
}

describe('an ingest after a change', () => {
  let seeds = '';
  let pack = DEFAULT_PACK;
  let warm: Place;
  let last = new Map<string, string>();
  /** The files the warm ingest of the last step wrote. */
  let warmWrote: string[] = [];
  const cold = coldIngests();
  afterAll(() => cold.stop());

  const run = async (place: Place) => {
    const report = await ingest({ seeds, content: place.content, cache: place.cache, registry: place.registry, publish: true, pack });
    expect(report.ok, report.summary).toBe(true);
    return report;
  };

  /**
   * Ingests the current state three ways: with the warm caches in memory, with
   * a copy of them read from disk, and cold (the same registry, no cache, in a
   * process of its own, as a build), and expects the same bytes from all three.
   * Returns the content tree.
   */
  const expectSameAsCold = async (): Promise<Map<string, string>> => {
    const disk: Place = { content: path.join(await folder(), 'content'), cache: path.join(await folder(), 'cache'), registry: path.join(await folder(), 'slugs.lock.json') };
    const reference: Place = { content: path.join(await folder(), 'content'), cache: path.join(await folder(), 'cache'), registry: path.join(await folder(), 'slugs.lock.json') };
    await cp(warm.content, disk.content, { recursive: true });
    await cp(warm.cache, disk.cache, { recursive: true });
    await cp(warm.registry, disk.registry);
    await cp(warm.registry, reference.registry);
    warmWrote = (await run(warm)).changed.written;
    await run(disk);
    await cold.ingest({ seeds, content: reference.content, registry: reference.registry, publish: true, pack });
    const expected = await snapshot(reference.content);
    expect(await snapshot(warm.content)).toEqual(expected);
    expect(await snapshot(disk.content)).toEqual(expected);
    const registry = await readFile(reference.registry, 'utf8');
    expect(await readFile(warm.registry, 'utf8')).toBe(registry);
    expect(await readFile(disk.registry, 'utf8')).toBe(registry);
    // Each step must change what is published, or it would test nothing.
    expect(expected).not.toEqual(last);
    last = expected;
    return expected;
  };

  beforeAll(async () => {
    seeds = path.join(await folder(), 'seeds');
    // Articles, the folders themselves, and the checkout's editorial file; not the gold answers.
    const keep = (source: string) => isSeedName(path.basename(source)) || path.extname(source) === '' || path.basename(source) === 'editorial.yaml';
    await cp(GOLD, seeds, { recursive: true, filter: keep });
    await cp(SEEDS, seeds, { recursive: true, filter: keep });
    await cp(path.join(INVENTED, 'kipeen-bursary-row.txt'), path.join(seeds, 'kipeen-bursary-row.txt'));
    const root = await folder();
    warm = { content: path.join(root, 'content'), cache: path.join(root, 'cache'), registry: path.join(root, 'slugs.lock.json') };
    // A seed is known by its stat only once it was left alone for two seconds before it was read.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await run(warm);
    last = await snapshot(warm.content);
  }, stepTimeout);

  it('adds an article', async () => {
    await cp(path.join(INVENTED, 'kanyoro-water-bill.txt'), path.join(seeds, 'kanyoro-water-bill.txt'));
    const content = await expectSameAsCold();
    expect([...content.keys()].some((file) => file.startsWith('people/peris-wairimu-kanyoro'))).toBe(true);
  }, stepTimeout);

  it('changes an article', async () => {
    const file = path.join(seeds, 'kanyoro-water-bill.txt');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('The Senate adjourned the debate to Thursday.', 'Kajiado Senator Joseph Lenku Saitoti backed the Bill. The Senate adjourned the debate to Thursday.'));
    const content = await expectSameAsCold();
    expect([...content.keys()].some((file) => file.startsWith('people/joseph-lenku-saitoti'))).toBe(true);
  }, stepTimeout);

  it('names someone new in two saves of the dev server, which reads the registry and never writes it', async () => {
    // The second save keeps the join, the people's slug plan and the articles' (their registry rows are as in the first).
    const file = path.join(seeds, 'kanyoro-water-bill.txt');
    for (const [day, person] of [[1, 'Zuberi Yego Kapkoros'], [2, 'Halima Wario Dida']] as const) {
      const text = await readFile(file, 'utf8');
      const cut = text.lastIndexOf('\n\n');
      await writeFile(file, `${text.slice(0, cut)}\n\nNominated Senator ${person} said the county would table its report on day ${day}. Joseph Lenku Saitoti said: "Not on day ${day}."${text.slice(cut)}`);
      const registry = await readFile(warm.registry, 'utf8');
      const report = await ingest({ seeds, content: warm.content, cache: warm.cache, registry: warm.registry, publish: false, pack });
      expect(report.ok, report.summary).toBe(true);
      const reference: Place = { content: path.join(await folder(), 'content'), cache: path.join(await folder(), 'cache'), registry: path.join(await folder(), 'slugs.lock.json') };
      await cp(warm.registry, reference.registry);
      await cold.ingest({ seeds, content: reference.content, registry: reference.registry, publish: false, pack });
      const expected = await snapshot(reference.content);
      expect(await snapshot(warm.content)).toEqual(expected);
      expect(await readFile(warm.registry, 'utf8')).toBe(registry);
      expect([...expected.keys()].some((name) => name.startsWith(`people/${person.toLowerCase().replaceAll(' ', '-')}`))).toBe(true);
    }
  }, stepTimeout);

  it('merges two people when an edit corrects a name', async () => {
    // "Joe Saitoti" shares no full form with "Joseph Lenku Saitoti": two pages, until the first name is corrected.
    const file = path.join(seeds, 'kajiado-roads.txt');
    await cp(path.join(INVENTED, 'kajiado-roads.txt'), file);
    const apart = await expectSameAsCold();
    expect([...apart.keys()].filter((name) => /^people\/(?:joe-saitoti|joseph-lenku-saitoti)\.json$/.test(name))).toHaveLength(2);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Senator Joe Saitoti', 'Senator Joseph Saitoti'));
    const merged = await expectSameAsCold();
    expect(merged.has('people/joe-saitoti.json')).toBe(false);
    expect(merged.get('people/joseph-lenku-saitoti.json')).toContain('kajiado-senator-asks-ministry-to-finish-namanga-road');
  }, stepTimeout);

  it('brings in a party no article named before', async () => {
    const file = path.join(seeds, 'kajiado-roads.txt');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('The ministry did not', 'Mr Saitoti, who chairs the newly registered Maa Unity Movement (MUM), said the party would field candidates in every ward.\n\nThe ministry did not'));
    const content = await expectSameAsCold();
    expect([...content.keys()].some((name) => name.startsWith('parties/maa-unity-movement'))).toBe(true);
  }, stepTimeout);

  it('rebuilds no entity\'s entry for an edit to a sentence that names no one, and the party\'s for one that names it first', async () => {
    const file = path.join(seeds, 'kajiado-roads.txt');
    const text = await readFile(file, 'utf8');
    // Shortcut taken: the article's own entry and body change, and no person's or party's (their signatures hold no paragraph).
    await writeFile(file, text.replace('by the time of going to press', 'before the paper went to press'));
    await expectSameAsCold();
    expect(warmWrote.filter((name) => !/^(?:articles|bodies)\//.test(name))).toEqual([]);
    // Not taken: the sentence that names the party first is its snippet, and its tie's evidence.
    await writeFile(file, (await readFile(file, 'utf8')).replace('said the party would field', 'said on Friday that the party would field'));
    await expectSameAsCold();
    expect(warmWrote.some((name) => name.startsWith('parties/maa-unity-movement'))).toBe(true);
  }, stepTimeout);

  it('reads an unchanged article\'s quote again when another names a second holder of its title', async () => {
    // "…,” said the Principal Secretary.": the one Principal Secretary of the corpus is the candidate, until there are two.
    for (const name of ['namanga-traders.txt', 'langat-budget.txt']) await cp(path.join(INVENTED, name), path.join(seeds, name));
    const one = await expectSameAsCold();
    const offered = (content: Map<string, string>) => [...content.entries()].some(([name, text]) => name.startsWith('review/') && text.includes('We will pay every contractor') && text.includes('Wilfred Kiprono Langat'));
    expect(offered(one)).toBe(true);
    // Once more as it is: a file just added is extracted afresh, and only from the next run on is its
    // extraction the same object in memory, whose quote decisions the next resolve may keep.
    await run(warm);
    await cp(path.join(INVENTED, 'keter-tolls.txt'), path.join(seeds, 'keter-tolls.txt'));
    expect(offered(await expectSameAsCold())).toBe(false);
  }, stepTimeout);

  it('changes an article to other bytes of the same size and time', async () => {
    const file = path.join(seeds, 'kipeen-bursary-row.txt');
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('next week', 'this week'));
    await utimes(file, before.atime, before.mtime);
    expect((await stat(file)).size).toBe(before.size);
    await expectSameAsCold();
  }, stepTimeout);

  it('changes only the Markdown formatting of an article: the same words, other HTML', async () => {
    const file = path.join(seeds, 'wanjala-levy-statement.md');
    const text = [
      '---',
      'title: Wanjala faults the county levy',
      'date: 2026-03-02',
      '---',
      '',
      'Bungoma Senator Ruth Nafula Wanjala said on Monday that the new county levy would hurt traders in the town.',
      '',
      '"We will not accept a levy that was never debated," Wanjala said.',
      '',
    ].join('\n');
    await writeFile(file, text);
    await expectSameAsCold();
    // Its paragraphs' text is as before: only the HTML tells the change.
    await writeFile(file, text.replace('would hurt traders', 'would *hurt* traders'));
    const content = await expectSameAsCold();
    expect([...content.entries()].some(([name, html]) => name.startsWith('bodies/') && html.includes('<em>hurt</em>'))).toBe(true);
  }, stepTimeout);

  it('removes an article', async () => {
    await rm(path.join(seeds, 'kanyoro-water-bill.txt'));
    const content = await expectSameAsCold();
    expect([...content.keys()].some((file) => file.startsWith('people/peris-wairimu-kanyoro'))).toBe(false);
  }, stepTimeout);

  it('renames an article: the same bytes under a new name', async () => {
    await rename(path.join(seeds, 'kipeen-bursary-row.txt'), path.join(seeds, 'kilgoris-bursaries.txt'));
    const content = await expectSameAsCold();
    expect([...content.values()].some((text) => text.includes('"source":"kilgoris-bursaries.txt"'))).toBe(true);
  }, stepTimeout);

  it('follows a change to the editorial file: a merge, then a name', async () => {
    const file = path.join(seeds, 'editorial.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `${original}\nnot_entities: [Grace Nashipae Tuya]\n`);
    await expectSameAsCold();
    await writeFile(file, original.replace('entities:\n', 'entities:\n  - name: Daniel Sankale Ole Kipeen\n    same_as: [Ole Kipeen]\n    description: Member of Parliament for Kilgoris\n'));
    await expectSameAsCold();
  }, stepTimeout);

  it('follows a change to the country pack', async () => {
    const changed = path.join(await folder(), 'pack.yaml');
    const text = await readFile(DEFAULT_PACK, 'utf8');
    // Without Wiper in the register, the articles that name it read differently.
    await writeFile(changed, text.replace(/^ {2}- \{ name: Wiper.*\n/m, ''));
    expect(await readFile(changed, 'utf8')).not.toBe(text);
    pack = changed;
    await expectSameAsCold();
  }, stepTimeout);

  it('serves nothing stale from a damaged cache', async () => {
    const damage = async (root: string) => {
      for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith('.json')) await writeFile(path.join(entry.parentPath, entry.name), '{"not": json');
      }
    };
    await damage(warm.cache);
    await damage(warm.content);
    // Damage alone changes nothing a cold ingest writes: change an article too, so the step is seen.
    const file = path.join(seeds, 'kilgoris-bursaries.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Friday', 'Saturday'));
    await expectSameAsCold();
  }, stepTimeout);
});
