/** The two sites the bench builds from one corpus, each in a throwaway copy: siasa itself, and the bare baseline of bench/baseline/. */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import slugify from '@sindresorhus/slugify';
import { isSeedName } from '../../src/pipeline/ingest';
import type { CorpusTruth } from '../corpus/index';
import { runMeasured, type Measured } from './measure';

const checkout = fileURLToPath(new URL('../../', import.meta.url));
const astroCli = path.join(checkout, 'node_modules', 'astro', 'astro.js');
/** `npm run build`'s script: the ingest once, then the pages on every core (scripts/split-build.mjs). */
const buildScript = path.join('scripts', 'build.mjs');
/** What siasa's build reads from the checkout, as in tests/support/site-build.ts: sources only, never content/, dist/ or caches. */
const projectSources = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

export interface SiteCopy {
  kind: 'siasa' | 'baseline';
  root: string;
  /** siasa's seed folder in the copy. */
  seeds: string;
  env: NodeJS.ProcessEnv;
}

/** Lines of `astro build` output that end a phase; `start` is the ingest's summary (siasa) or the end of config setup (baseline). */
const markers = {
  start: /\[siasa:ingest\] ingest: |\[baseline:pagefind\] config ready/,
  // The ingest's progress lines ("extract: 1000/1000 articles"), where it logs them: the end of each of its stages inside the build.
  stage: /\[siasa:ingest\] \w+: (\d+)\/\1 articles/,
  content: /\[content\] Synced content/,
  routes: /generating static routes/,
  completed: /✓ Completed in/,
  pagefind: /Read \d+ pages in \d+ ms/,
  // A split build (scripts/split-build.mjs): its parts are done when they are merged.
  merged: /\[siasa:build\] merged \d+ parts/,
};

/** A copy of the project whose seeds are the corpus's articles, with fresh content/, cache and output folders. */
export async function copySiasa(corpus: string): Promise<SiteCopy> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'siasa-bench-site-'));
  for (const entry of projectSources) await cp(path.join(checkout, entry), path.join(root, entry), { recursive: true }).catch(ignoreMissing);
  const seeds = path.join(root, 'seeds');
  await mkdir(seeds);
  // Only the articles: corpus.json beside them would be reported as a stranger.
  for (const name of (await readdir(corpus)).filter(isSeedName)) await cp(path.join(corpus, name), path.join(seeds, name));
  await linkModules(root);
  await mkdir(path.join(root, 'content'));
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SIASA_SEEDS: './seeds', SIASA_OUT_DIR: path.join(root, 'dist'), SIASA_CACHE_DIR: path.join(root, '.cache') };
  // Inherited values would change what is built.
  delete env.SIASA_BASE;
  delete env.SIASA_SITE;
  delete env.SIASA_STRICT;
  return { kind: 'siasa', root, seeds, env };
}

/** A copy of bench/baseline/ with the corpus as Markdown articles and its people and parties as `entities.json`. */
export async function copyBaseline(corpus: string, truth: CorpusTruth): Promise<SiteCopy> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'siasa-bench-baseline-'));
  await cp(path.join(checkout, 'bench', 'baseline'), root, { recursive: true });
  await mkdir(path.join(root, 'articles'));
  for (const article of truth.articles) {
    const text = await readFile(path.join(corpus, article.file), 'utf8');
    await writeFile(path.join(root, 'articles', `${stem(article.file)}.md`), markdownArticle(article.title, text));
  }
  await writeFile(path.join(root, 'entities.json'), JSON.stringify(entityList(truth)));
  await linkModules(root);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', BASELINE_OUT_DIR: path.join(root, 'dist'), BASELINE_CACHE_DIR: path.join(root, '.cache') };
  return { kind: 'baseline', root, seeds: path.join(root, 'articles'), env };
}

/**
 * Builds the copy, measured; its output folder is replaced, its caches are kept.
 * siasa builds as `npm run build` does, in `jobs` parts (with more than one:
 * pages in parts, one process each, merged, indexed once; with one, a single
 * `astro build` child with the Node flags the script gives it); the baseline
 * is one plain `astro build`.
 */
export async function buildCopy(copy: SiteCopy, timeoutMs: number, jobs = 1): Promise<Measured> {
  const args = copy.kind === 'siasa' ? [buildScript, '--jobs', String(jobs)] : [astroCli, 'build', '--root', copy.root];
  return runMeasured(process.execPath, args, { cwd: copy.root, env: copy.env, markers, timeoutMs });
}

/** Appends a sentence to the middle article of siasa's seeds: the one-article change of an incremental rebuild. Returns its name. */
export async function touchArticle(copy: SiteCopy): Promise<string> {
  const names = (await readdir(copy.seeds)).filter(isSeedName).sort();
  const name = names[Math.floor(names.length / 2)] as string;
  const file = path.join(copy.seeds, name);
  const text = (await readFile(file, 'utf8')).trimEnd();
  await writeFile(file, `${text} The committee is expected to table its report next week.\n`);
  return name;
}

/** The size of Astro's data store, which it serialises into the server bundle on every build (0 if there is none). */
export async function dataStoreBytes(copy: SiteCopy): Promise<number> {
  return stat(path.join(copy.root, '.cache', 'data-store.json')).then((file) => file.size, () => 0);
}

export async function removeCopy(copy: SiteCopy): Promise<void> {
  await rm(copy.root, { recursive: true, force: true });
}

/** Front matter with the title only; one paragraph per line of the text, as siasa reads a `.txt` seed (its first line is the headline, already the title). */
function markdownArticle(title: string, text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const body = lines[0] === title ? lines.slice(1) : lines;
  // A JSON string is a valid YAML scalar, whatever quotes the title holds.
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body.join('\n\n')}\n`;
}

/** Every person and party of the ground truth with the articles that mention them, ids unique across both kinds. */
function entityList(truth: CorpusTruth): { id: string; name: string; kind: 'person' | 'party'; articles: string[] }[] {
  const byName = new Map<string, { kind: 'person' | 'party'; articles: string[] }>();
  const add = (name: string, kind: 'person' | 'party', article: string) => {
    const key = `${kind}\n${name}`;
    const entity = byName.get(key) ?? { kind, articles: [] };
    entity.articles.push(article);
    byName.set(key, entity);
  };
  for (const article of truth.articles) {
    for (const name of article.people) add(name, 'person', stem(article.file));
    for (const name of article.parties) add(name, 'party', stem(article.file));
  }
  const taken = new Set<string>();
  return [...byName].map(([key, entity]) => {
    const name = key.slice(key.indexOf('\n') + 1);
    let id = slugify(name);
    for (let n = 2; taken.has(id); n++) id = `${slugify(name)}-${n}`;
    taken.add(id);
    return { id, name, ...entity };
  });
}

const stem = (file: string) => file.replace(/\.[^.]+$/, '');

/** Installing again would take minutes; a build only reads packages. */
async function linkModules(root: string): Promise<void> {
  await symlink(path.join(checkout, 'node_modules'), path.join(root, 'node_modules'), 'dir');
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}
