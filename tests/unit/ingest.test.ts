/**
 * Bad input at the level of a whole seed folder: each bad file gets one line
 * naming it (and its line, where it has one), the good articles beside it
 * still build, and a failed ingest leaves the previous content as it was.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest, type IngestReport } from '../../src/pipeline/ingest';
import { useTemporaryFolders } from './helpers';

const fixtures = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url));
const folder = useTemporaryFolders('ingest');

/** A seed folder with the bad-input fixtures and the files only code can make. */
async function badSeeds(): Promise<string> {
  const seeds = await folder();
  await cp(fixtures, seeds, { recursive: true });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await writeFile(path.join(seeds, 'photo.txt'), png);
  await writeFile(path.join(seeds, 'latin1.txt'), Buffer.concat([Buffer.from('Line one is fine.\nLine two too.\nCaf'), Buffer.from([0xe9]), Buffer.from(' on line three.\n')]));
  const story = 'Lurambi MP Joseph Wafula Mukhwana spoke at a rally in Shinyalu on Sunday.\n\nMr Mukhwana said roads come first.\n';
  await writeFile(path.join(seeds, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story.replace('Lurambi', 'Mumias East').replace('Joseph', 'Josephat'), 'utf16le')]));
  await writeFile(path.join(seeds, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story.replace('Lurambi', 'Butere'))]));
  await writeFile(path.join(seeds, 'crlf.txt'), story.replace('Lurambi', 'Malava').replace(/\n/g, '\r\n'));
  await writeFile(path.join(seeds, 'cr.txt'), story.replace('Lurambi', 'Navakholo').replace(/\n/g, '\r'));
  await writeFile(path.join(seeds, 'huge.txt'), 'Kisumu Senator Achieng Otieno spoke. '.repeat(600_000));
  await writeFile(path.join(seeds, 'long-line.txt'), `Kisumu Senator Achieng Otieno spoke at length. ${'The senator spoke again. '.repeat(4_000)}`);
  return seeds;
}

const seeds = await badSeeds();
const content = await folder();
const report: IngestReport = await ingest({ seeds, content, registry: false });
const messageFor = (file: string) => report.problems.filter((problem) => problem.file === file).map((problem) => problem.message);

describe('a seed folder with bad files', () => {
  it('still builds, from the good articles', async () => {
    expect(report.ok).toBe(true);
    // good-one (once), with space ünïcödé, same-title-a and -b, unknown-key.md, utf16, bom, crlf, cr, long-line.
    expect(report.counts.articles).toBe(10);
    expect((await readdir(path.join(content, 'articles'))).length).toBe(10);
  });

  it('says one line per problem, naming the file, never a stack trace', () => {
    for (const problem of report.problems) {
      expect(problem.message.startsWith(problem.file)).toBe(true);
      expect(problem.message).not.toMatch(/\n|\bat .+:\d+:\d+/);
    }
  });

  it.each([
    ['empty.txt', 'empty.txt is empty'],
    ['blank.txt', 'blank.txt is empty'],
    ['photo.txt', 'photo.txt is binary, not text (it contains NUL bytes)'],
    ['latin1.txt', 'latin1.txt:3 is not valid UTF-8 text; save it as UTF-8'],
    ['huge.txt', 'huge.txt is 21.2 MB; an article over 2 MB is skipped (split it, or check it is one article)'],
    ['unclosed.md', 'unclosed.md:1 front matter opened with `---` is never closed'],
    ['bad-date.md', 'bad-date.md:3 front matter `date` is not a date (write YYYY-MM-DD): last Tuesday'],
    ['empty-body.md', 'empty-body.md has no article text once boilerplate is removed'],
    ['unknown-key.md', 'unknown-key.md:3 front matter key `tags` is not one of title, date, outlet, url, author; it is ignored'],
    ['notes.docx', 'notes.docx is not an article (.txt, .md, .markdown, .html or .htm); it is ignored'],
    ['good-one.txt', 'good-one.txt is the same article as copy of good-one.txt; it is published once, as copy of good-one.txt'],
    ['same-title-b.txt', 'same-title-b.txt has the same title as same-title-a.txt (“Senators reject county revenue formula”); both are published, under different addresses'],
  ])('reports %s', (file, message) => {
    expect(messageFor(file)).toEqual([message]);
  });

  it('reports invalid front matter YAML at its line', () => {
    expect(messageFor('bad-yaml.md')[0]).toMatch(/^bad-yaml\.md:3 front matter is not valid YAML: /);
  });

  it('reads UTF-16 and UTF-8 with a BOM, CRLF and lone-CR line endings, odd file names, a 100,000-character line', () => {
    for (const file of ['utf16.txt', 'bom.txt', 'crlf.txt', 'cr.txt', 'with space ünïcödé.txt', 'long-line.txt', 'unknown-key.md']) {
      expect(report.problems.filter((problem) => problem.file === file && !problem.message.includes('ignored'))).toEqual([]);
    }
  });

  it('ignores hidden files, editor backups and lock files without a word', () => {
    const named = report.problems.map((problem) => problem.file);
    for (const file of ['.hidden.txt', 'good-one.txt~', '.#good-one.txt', '#good-one.txt#']) expect(named).not.toContain(file);
  });

  it('counts what it skipped in its summary', () => {
    expect(report.summary).toMatch(/^ingest: 10 articles \(10 skipped\), \d+ people, \d+ parties, 13 warnings, /);
  });
});

describe('an ingest that stops', () => {
  it('leaves the previous content as it was (a broken editorial file)', async () => {
    const before = await readFile(path.join(content, 'articles', (await readdir(path.join(content, 'articles')))[0] as string), 'utf8');
    await writeFile(path.join(seeds, 'editorial.yaml'), 'entities: [\n');
    const stopped = await ingest({ seeds, content, registry: false });
    await rm(path.join(seeds, 'editorial.yaml'));
    expect(stopped.ok).toBe(false);
    expect(stopped.summary).toBe('ingest: the editorial file has 1 mistake; content/ was left as it was');
    expect(await readFile(path.join(content, 'articles', (await readdir(path.join(content, 'articles')))[0] as string), 'utf8')).toBe(before);
  });

  it('stops on any problem with --strict', async () => {
    const strict = await ingest({ seeds, content, registry: false, strict: true });
    expect(strict.ok).toBe(false);
    expect(strict.summary).toBe('ingest: --strict: 13 problems in the seeds; content/ was left as it was');
  });

  it('says so when there is no seed folder', async () => {
    const missing = await ingest({ seeds: path.join(seeds, 'nope'), content, registry: false });
    expect(missing.summary).toBe(`ingest: there is no seed folder at ${path.join(seeds, 'nope')}; content/ was left as it was`);
  });
});
