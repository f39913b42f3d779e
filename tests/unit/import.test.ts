/**
 * `npm run import`: RSS, Atom and WordPress export fixtures (tests/fixtures/import/)
 * to Markdown seeds. Items become seeds the read stage takes with their
 * front matter; drafts, pages and attachments are skipped with the reason;
 * a second run changes nothing; bad files and broken items are one-line warnings.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFeed, type Feed, type FeedItem } from '../../src/import/feed';
import { htmlToMarkdown } from '../../src/import/markdown';
import { planImport, seedName } from '../../src/import/seed';
import { readArticle } from '../../src/pipeline/read/index';

const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const feeds = ['courier-politics.rss', 'observer-counties.atom', 'herald-wordpress.xml'];

async function feedOf(name: string): Promise<Feed> {
  const parsed = parseFeed(await readFile(path.join(fixtures, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return parsed.feed;
}

/** Runs the import script as `npm run import` does, in the checkout. */
async function runImport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return promisify(execFile)(process.execPath, [tsx, 'scripts/import.ts', ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** Every file of a folder: its bytes and modification time. */
async function snapshot(folder: string): Promise<Record<string, { text: string; mtime: number }>> {
  const files: Record<string, { text: string; mtime: number }> = {};
  for (const name of (await readdir(folder)).sort()) {
    const file = path.join(folder, name);
    files[name] = { text: await readFile(file, 'utf8'), mtime: (await stat(file)).mtimeMs };
  }
  return files;
}

describe('reading feeds and exports', () => {
  it('reads an RSS feed: title, day as the feed dates it, link, the channel as outlet', async () => {
    const feed = await feedOf('courier-politics.rss');
    expect(feed.kind).toBe('RSS');
    expect(feed.outlet).toBe('The Daily Courier – Politics');
    expect(feed.items[0]).toMatchObject({
      title: 'Nakuru assembly sends boundaries plan to committee',
      date: '2026-03-02',
      url: 'https://dailycourier.example/news/politics/4390',
      identity: 'courier-4390',
    });
    // "Fri, 27 Feb 2026 09:30:00 +0300" is the 27th where it was written, whatever the zone.
    expect(feed.items[1]?.date).toBe('2026-02-27');
  });

  it('reads an Atom feed: html, xhtml and text content, published before updated', async () => {
    const feed = await feedOf('observer-counties.atom');
    expect(feed.kind).toBe('Atom');
    expect(feed.outlet).toBe('Lakeside Observer');
    expect(feed.items.map((item) => [item.title, item.date])).toEqual([
      ['Siaya passes Sh9 billion budget unanimously', '2026-05-28'],
      ['Migori MCAs take ward fund dispute to the Senate', '2026-05-21'],
      ['Kendu Bay traders close stalls over county levies', '2026-06-10'],
    ]);
    expect(htmlToMarkdown(feed.items[1]!.html)).toContain('Migori Senator Philip Okoth Ogutu said');
    expect(htmlToMarkdown(feed.items[2]!.html)).toContain('Governor Rosemary Atieno Odoyo');
  });

  it('reads a WordPress export, and marks drafts, pages and attachments to skip', async () => {
    const feed = await feedOf('herald-wordpress.xml');
    expect(feed.kind).toBe('WordPress export');
    expect(feed.outlet).toBe('Highland Herald');
    expect(feed.items.map((item) => item.skip)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'a draft, not published',
      'a WordPress page, not a post',
      'an attachment (a picture or file), not a post',
      undefined,
    ]);
    // wp:post_date is the site's local time: 08:30 in Nairobi, 05:30 GMT.
    expect(feed.items[0]?.date).toBe('2026-05-22');
  });
});

describe('HTML bodies to Markdown', () => {
  it('keeps paragraphs, lists and emphasis; drops scripts, pictures and captions', async () => {
    const [nakuru, kirui, opinion] = (await feedOf('courier-politics.rss')).items.map((item) => htmlToMarkdown(item.html));
    expect(nakuru).not.toMatch(/SCRIPT-IN-FEED|PHOTO|MCAs in the chamber|<img/);
    expect(nakuru?.split('\n\n')).toHaveLength(3);
    expect(kirui).toContain('- She was elected in 2022 on a UPA ticket.');
    expect(opinion).toContain('**UPA**');
    expect(opinion).toContain('a programme & a plan');
  });

  it("makes WordPress's blank-line paragraphs paragraphs, and drops [caption] shortcodes with their caption", async () => {
    const njeri = htmlToMarkdown((await feedOf('herald-wordpress.xml')).items[0]!.html);
    expect(njeri.split('\n\n')).toHaveLength(3);
    expect(njeri).not.toMatch(/caption|addresses supporters|PHOTO/);
  });
});

describe('seed names', () => {
  const item: FeedItem = { position: 1, identity: 'courier-4390', title: 'Nakuru MCAs split over new county boundaries plan', html: '<p>x</p>' };

  it('are the title in words and a hash of the id, the same on every run', () => {
    expect(seedName(item)).toMatch(/^nakuru-mcas-split-over-new-county-boundaries-plan-[0-9a-f]{8}\.md$/);
    expect(seedName({ ...item })).toBe(seedName(item));
    expect(seedName({ ...item, identity: 'courier-4391' })).not.toBe(seedName(item));
  });

  it('stay with the file first written when the title is edited', () => {
    const first = seedName(item);
    const hash = /-([0-9a-f]{8})\.md$/.exec(first)![1]!;
    expect(seedName({ ...item, title: 'Nakuru MCAs agree on boundaries' }, new Map([[hash, first]]))).toBe(first);
  });
});

describe('planning an import', () => {
  it('adds, then finds unchanged, then updates an item whose text changed', async () => {
    const feed = await feedOf('observer-counties.atom');
    const written = new Map<string, string>();
    const first = planImport(feed, new Map(), () => undefined);
    expect(first.map((outcome) => outcome.kind)).toEqual(['added', 'added', 'added']);
    const existing = new Map<string, string>();
    for (const outcome of first) {
      if (outcome.kind !== 'added') continue;
      written.set(outcome.file, outcome.text);
      existing.set(/-([0-9a-f]{8})\.md$/.exec(outcome.file)![1]!, outcome.file);
    }
    expect(planImport(feed, existing, (file) => written.get(file)).map((outcome) => outcome.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const edited: Feed = { ...feed, items: feed.items.map((item, index) => (index === 1 ? { ...item, html: `${item.html}<p>The governor did not attend.</p>` } : item)) };
    expect(planImport(edited, existing, (file) => written.get(file)).map((outcome) => outcome.kind)).toEqual(['unchanged', 'updated', 'unchanged']);
  });

  it('imports an item once when the file repeats it, with a warning', async () => {
    const feed = await feedOf('observer-counties.atom');
    const repeated: Feed = { ...feed, items: [...feed.items, { ...feed.items[0]!, position: 4 }] };
    const outcomes = planImport(repeated, new Map(), () => undefined);
    expect(outcomes[3]).toMatchObject({ kind: 'skipped', warning: true });
  });
});

// Each case runs the script in a process of its own, as a user does: seconds each on a busy machine.
describe('npm run import', { timeout: 90_000 }, () => {
  let seeds: string;
  beforeEach(async () => {
    seeds = await mkdtemp(path.join(os.tmpdir(), 'siasa-import-'));
  });
  afterEach(async () => {
    await rm(seeds, { recursive: true, force: true });
  });

  it('writes one seed per published item, each read with its headline, date, outlet and link', async () => {
    const run = await runImport(...feeds.map((name) => path.join(fixtures, name)), '--into', seeds);
    expect(run.code, run.stderr).toBe(0);
    const names = await readdir(seeds);
    // 3 of the RSS feed's 4 (a podcast with no text), the Atom feed's 3, 4 of the export's 8.
    expect(names).toHaveLength(10);
    for (const name of names) {
      const { article, problems } = readArticle({ name, bytes: await readFile(path.join(seeds, name)) });
      expect(problems, name).toEqual([]);
      expect(article, name).toMatchObject({ titleDerived: false, date: expect.stringMatching(/^2026-\d\d-\d\d$/), outlet: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
    }
    const all = (await Promise.all(names.map((name) => readFile(path.join(seeds, name), 'utf8')))).join('\n');
    expect(all).not.toMatch(/UNPUBLISHED-DRAFT-TEXT|ABOUT-PAGE-TEXT|SCRIPT-IN-FEED|<script/);
    expect(run.stdout).toContain('herald-wordpress.xml (WordPress export, 8 items): 4 added, 0 updated, 0 unchanged, 4 skipped');
    expect(run.stdout).toContain('skipped "DRAFT: Who will run for Nyeri governor?" (item 5): a draft, not published');
    expect(run.stdout).toContain('skipped "About the Highland Herald" (item 6): a WordPress page, not a post');
  });

  it('changes nothing the second time: same files, same bytes, same modification times', async () => {
    const args = [...feeds.map((name) => path.join(fixtures, name)), '--into', seeds];
    await runImport(...args);
    const before = await snapshot(seeds);
    const again = await runImport(...args);
    expect(again.code).toBe(0);
    expect(await snapshot(seeds)).toEqual(before);
    expect(again.stdout).toContain('courier-politics.rss (RSS, 4 items): 0 added, 0 updated, 3 unchanged, 1 skipped');
    expect(again.stdout).toContain('observer-counties.atom (Atom, 3 items): 0 added, 0 updated, 3 unchanged, 0 skipped');
  });

  it('rewrites an updated item and touches nothing else in the folder', async () => {
    const feed = path.join(seeds, '..', `${path.basename(seeds)}-feed.atom`);
    await cp(path.join(fixtures, 'observer-counties.atom'), feed);
    await writeFile(path.join(seeds, 'my-own-article.txt'), 'Kept as it is.\n');
    await writeFile(path.join(seeds, 'notes-00000000.md'), 'A file whose name looks imported.\n');
    try {
      await runImport(feed, '--into', seeds);
      const before = await snapshot(seeds);
      const text = await readFile(feed, 'utf8');
      await writeFile(feed, text.replace('saying it had not been paid for two years.', 'saying it had not been paid for three years.'));
      const run = await runImport(feed, '--into', seeds);
      expect(run.stdout).toContain('0 added, 1 updated, 2 unchanged, 0 skipped');
      const after = await snapshot(seeds);
      const changed = Object.keys(after).filter((name) => after[name]?.text !== before[name]?.text || after[name]?.mtime !== before[name]?.mtime);
      expect(changed).toEqual([expect.stringMatching(/^migori-mcas-take-ward-fund-dispute-to-the-[0-9a-f]{8}\.md$/)]);
      expect(after[changed[0]!]?.text).toContain('three years');
    } finally {
      await rm(feed, { force: true });
    }
  });

  it('says each bad file and broken item in one line, and imports the rest', async () => {
    const bad = ['not-a-feed.rss', 'truncated.rss', 'opml.xml', 'entities.xml'].map((name) => path.join(fixtures, 'bad', name));
    const run = await runImport(...bad, path.join(fixtures, 'herald-wordpress.xml'), '--into', seeds);
    expect(run.code).toBe(1);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings).toEqual([
      expect.stringMatching(/^warning: not-a-feed\.rss:3 is not XML \(.*hr.*\); skipped$/),
      'warning: truncated.rss:1 is not XML (it ends with <rss>, <channel>, <item>, <description> still open: cut short?); skipped',
      'warning: opml.xml is XML but not an RSS feed, an Atom feed or a WordPress export; skipped',
      'warning: entities.xml declares XML entities, which no feed or export needs; skipped',
      'warning: herald-wordpress.xml: "Broken: a post that lost its text" (item 8) has no text; skipped',
    ]);
    expect(await readdir(seeds)).toHaveLength(4);
  });

  it('prints its usage without files', async () => {
    const run = await runImport();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run import -- FILE... [--into seeds/]');
  });
});
