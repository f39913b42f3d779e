/**
 * The editor's loop at the level of the ingest: a stale editorial entry warns
 * instead of stopping, a typo is answered with "did you mean", only a
 * publishing build writes the slug registry, and the summary counts right.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest';
import { useTemporaryFolders } from './helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = useTemporaryFolders('loop');

/** The fixture corpus (other articles than the seeds) with the seeds' own editorial file. */
async function otherArticlesWithSeedsEditorial(): Promise<string> {
  const seeds = await folder();
  await cp(path.join(root, 'tests/unit/fixtures/corpus'), seeds, { recursive: true });
  await cp(path.join(root, 'seeds/editorial.yaml'), path.join(seeds, 'editorial.yaml'));
  return seeds;
}

describe('a stale editorial file', () => {
  it('builds another set of articles, with a warning per stale entry', async () => {
    const report = await ingest({ seeds: await otherArticlesWithSeedsEditorial(), content: await folder(), registry: false });
    expect(report.ok).toBe(true);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      'editorial.yaml:6 names no person or party found in the articles: “Oburu Oginga”, “Oburu Odinga”; the entry is skipped',
      'editorial.yaml:9 names no person or party found in the articles: “Uhuru Kenyatta”, “Kenyatta”; the entry is skipped',
    ]);
    expect(report.review.filter((note) => note.kind === 'stale-editorial').map((note) => note.names)).toEqual([['Oburu Oginga'], ['Uhuru Kenyatta']]);
  });

  it('stops under --strict, and leaves content/ as it was', async () => {
    const content = await folder();
    const report = await ingest({ seeds: await otherArticlesWithSeedsEditorial(), content, registry: false, strict: true });
    expect(report.ok).toBe(false);
    expect(report.summary).toBe('ingest: --strict: 2 problems in the seeds; content/ was left as it was');
  });

  it('answers a typo in a name with the name the articles use', async () => {
    const seeds = await folder();
    await cp(path.join(root, 'seeds'), seeds, { recursive: true });
    await writeFile(path.join(seeds, 'editorial.yaml'), 'entities:\n  - name: Oburu Ogina\n    same_as: [Oburu Odinga]\n');
    const report = await ingest({ seeds, content: await folder(), registry: false });
    expect(report.ok).toBe(true);
    expect(report.problems.map((problem) => problem.message)).toContain(
      'editorial.yaml:2 names “Oburu Ogina”, found nowhere in the articles (did you mean “Oburu Oginga”?); the entry is skipped',
    );
  });
});

describe('the slug registry', () => {
  async function project() {
    const seeds = await folder();
    await cp(path.join(root, 'seeds'), seeds, { recursive: true });
    const registry = path.join(await folder(), 'slugs.lock.json');
    await cp(path.join(root, 'slugs.lock.json'), registry);
    // An experiment: an article with a person the registry has never seen.
    await writeFile(
      path.join(seeds, 'zz-experiment.txt'),
      'Tharaka Senator Kendi Mwirigi Gitonga spoke to residents in Marimanti on Monday.\n\nGitonga said the roads would be finished by June.\n',
    );
    return { seeds, registry, before: await readFile(registry, 'utf8') };
  }

  it('is read but never written by a build that does not publish (dev, check, experiments)', async () => {
    const { seeds, registry, before } = await project();
    const report = await ingest({ seeds, content: await folder(), registry });
    expect(report.ok).toBe(true);
    expect(report.counts.newPeople).toBe(1);
    expect(await readFile(registry, 'utf8')).toBe(before);
  });

  it('records the new slugs in a publishing build, and counts new people, new parties and removals apart', async () => {
    const { seeds, registry, before } = await project();
    const added = await ingest({ seeds, content: await folder(), registry, publish: true });
    expect(added.ok).toBe(true);
    expect(added.counts).toMatchObject({ newPeople: 1, newParties: 0, removed: 0 });
    expect(added.summary).toMatch(/ 1 new people, 0 new parties, 0 removed, /);
    const after = await readFile(registry, 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('"slug":"kendi-mwirigi-gitonga","status":"live"');

    // The experiment is retracted: its person's page is counted as removed, and not as new again.
    await rm(path.join(seeds, 'zz-experiment.txt'));
    const retracted = await ingest({ seeds, content: await folder(), registry, publish: true });
    expect(retracted.counts).toMatchObject({ newPeople: 0, newParties: 0, removed: 1 });
  });
});
