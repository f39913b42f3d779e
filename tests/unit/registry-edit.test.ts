/**
 * `npm run slugs`: the registry listed, and a slug forgotten on purpose: only
 * a retired one, never a live one or one that others still redirect to.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRegistry, serializeRegistry, type Registry } from '../../src/pipeline/registry';
import { forgetSlug } from '../../src/pipeline/registry-edit';

const registry: Registry = {
  version: 1,
  person: [
    { slug: 'amina-wekesa', status: 'live', names: ['Amina Wekesa'] },
    { slug: 'test-person', status: 'gone', names: ['Test Person'] },
    { slug: 'wekesa', status: 'moved', names: ['Wekesa'], target: 'amina-wekesa' },
    { slug: 'old-wekesa', status: 'gone', names: ['Old Wekesa'] },
    { slug: 'older-wekesa', status: 'moved', names: ['Older Wekesa'], target: 'old-wekesa' },
  ],
  party: [{ slug: 'umoja', status: 'gone', names: ['Umoja'] }],
  article: [{ slug: 'umoja', status: 'live', source: 'umoja.txt', hash: 'abc' }],
};

describe('forgetSlug', () => {
  it('drops a gone slug and says which address stops answering', () => {
    const result = forgetSlug(registry, 'test-person');
    expect(result).toMatchObject({ ok: true, kind: 'person' });
    if (!result.ok) return;
    expect(result.said).toBe('forgot /people/test-person/: after the next build that address stops answering (it said the page is no longer in the articles), and the slug may be issued again');
    expect(result.registry.person.map((row) => row.slug)).toEqual(['amina-wekesa', 'wekesa', 'old-wekesa', 'older-wekesa']);
    expect(result.registry.party).toBe(registry.party);
  });

  it('drops a redirect', () => {
    const result = forgetSlug(registry, 'wekesa');
    expect(result.ok && result.said).toBe('forgot /people/wekesa/: after the next build that address stops answering (it redirected to /people/amina-wekesa/), and the slug may be issued again');
  });

  it('refuses a live slug', () => {
    expect(forgetSlug(registry, 'amina-wekesa')).toEqual({
      ok: false,
      said: '/people/amina-wekesa/ is live: it has a page now. Remove its articles (or merge it in the editorial file) and build, then forget it',
    });
  });

  it('refuses a slug that another address still redirects to', () => {
    expect(forgetSlug(registry, 'old-wekesa')).toEqual({ ok: false, said: '/people/older-wekesa/ still redirects to /people/old-wekesa/: forget it first' });
  });

  it('asks which kind when kinds share the slug, and takes --kind', () => {
    expect(forgetSlug(registry, 'umoja')).toEqual({ ok: false, said: '“umoja” is the slug of a party and of an article: say which with --kind' });
    expect(forgetSlug(registry, 'umoja', 'party').ok).toBe(true);
    expect(forgetSlug(registry, 'umoja', 'article').ok).toBe(false);
  });

  it('says so when no row has the slug', () => {
    expect(forgetSlug(registry, 'nobody')).toEqual({ ok: false, said: 'no person, party or article has the slug “nobody” in the registry' });
  });
});

describe('npm run slugs', { timeout: 60_000 }, () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const run = promisify(execFile);
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  async function slugs(...args: string[]) {
    const folder = await mkdtemp(path.join(tmpdir(), 'siasa-slugs-'));
    folders.push(folder);
    const file = path.join(folder, 'slugs.lock.json');
    await writeFile(file, serializeRegistry(registry));
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const result = await run(tsx, [path.join(root, 'scripts/slugs.ts'), ...args, '--registry', file]).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    return { ...result, file, text: await readFile(file, 'utf8') };
  }

  it('lists every row with its address', async () => {
    const { code, stdout } = await slugs('list', '--status', 'moved');
    expect(code).toBe(0);
    expect(stdout).toBe('moved  /people/older-wekesa/  → /people/old-wekesa/\nmoved  /people/wekesa/  → /people/amina-wekesa/\n');
  });

  it('forgets a retired slug in the file, and leaves the file as it was when it refuses', async () => {
    const forgot = await slugs('forget', 'test-person');
    expect(forgot.code).toBe(0);
    expect(parseRegistry(forgot.text, 'slugs.lock.json').person.some((row) => row.slug === 'test-person')).toBe(false);
    const refused = await slugs('forget', 'amina-wekesa');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^slugs: \/people\/amina-wekesa\/ is live/);
    expect(refused.text).toBe(serializeRegistry(registry));
  });

  it('answers a mistyped option with the usage, not a stack trace', async () => {
    const { code, stdout, stderr } = await slugs('list', '--stauts', 'moved');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Unknown option '--stauts'\.\nusage: npm run slugs -- list /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
