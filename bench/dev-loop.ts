/**
 * `npm run bench:dev -- [--articles N] [--runs R] [--seed S] [--keep]`: the
 * editor's loop. Starts `astro dev` in a throwaway copy of the project with a
 * synthetic corpus (default 10,000 articles), then R times edits one seed,
 * adding a sentence that names a new person and a quote of a person the
 * article already names, and polls over HTTP until the article page shows the
 * sentence, the new person's profile answers with it, and the quoted person's
 * profile shows the quote. Prints the median seconds from the save to each,
 * and what the dev server's ingest said of its own time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { toSlug } from '../src/pipeline/slugs';
import { astroEnv, checkoutRoot, copySite, removeSite, type BuiltSite } from '../tests/support/site-build';
import { ensureCorpus } from './corpus/cache';
import { readCommandLine } from '../scripts/command-line';

const USAGE = 'usage: npm run bench:dev -- [--articles N] [--runs R] [--seed S] [--keep]';
/** Invented people, one per run, in no corpus: first name, middle name, surname. */
const NEWCOMERS = [
  'Zawadi Nekesa Olumbe',
  'Tobias Kiprono Chelulei',
  'Halima Wario Dida',
  'Boniface Mutua Kyalo',
  'Esther Akinyi Odera',
  'Juma Salim Mwakio',
  'Purity Wanjiku Gathoni',
  'Abdikadir Noor Ibren',
  'Lilian Chebet Rotino',
  'Evans Omondi Ogutu',
];
/** Past this, a poll is taken to have failed: far above the 2 s the loop is meant to take. */
const POLL_TIMEOUT_MS = 180_000;
/** Cold start (ingest of the whole corpus, then the content layer's first sync) on a busy 2-core machine. */
const START_TIMEOUT_MS = 30 * 60_000;

const { values } = readCommandLine({
  options: {
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
}, USAGE);

let output = '';
/** The dev server's output lines with when they arrived, to say where a run's time went. */
const lines: { at: number; text: string }[] = [];
let server: ChildProcess | undefined;

async function main(): Promise<number> {
  const count = Number(values.articles);
  const runs = Number(values.runs);
  if (values.help || !Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1 || runs > NEWCOMERS.length) {
    console.error(`${USAGE}  (R at most ${NEWCOMERS.length})`);
    return values.help ? 0 : 2;
  }
  const corpus = await ensureCorpus(count, values.seed);
  const site = await copySite({ seeds: corpus.folder });
  // The generator's answer key is no article.
  await rm(path.join(site.root, 'seeds', 'corpus.json'), { force: true });
  const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    console.log(`bench:dev: ${count} articles (seed ${values.seed}) in ${site.root}; node ${process.version}, ${os.availableParallelism()} cores; load average ${load()}`);
    const started = performance.now();
    // As `npm run dev` starts it (package.json): with the young generation the build uses.
    server = spawn(process.execPath, ['--max-semi-space-size=64', path.join(checkoutRoot, 'node_modules', 'astro', 'astro.js'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: site.root,
      env: astroEnv(site),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const take = (chunk: Buffer) => {
      output += chunk;
      const at = performance.now();
      for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push({ at, text });
    };
    server.stdout!.on('data', take);
    server.stderr!.on('data', take);
    await until(async () => (await fetchText(`${origin}/`)).status === 200, START_TIMEOUT_MS, 'the dev server to serve the home page');
    console.log(`dev server ready in ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${load()}`);

    const names = (await readdir(path.join(site.root, 'seeds'))).filter((name) => /\.(txt|md)$/.test(name)).sort();
    const article: number[] = [];
    const profile: number[] = [];
    const quoted: number[] = [];
    const ingestSeconds: number[] = [];
    for (let run = 0; run < runs; run++) {
      const name = names[Math.floor(((run + 1) * 0.618033 % 1) * names.length)] as string;
      const { slug, person: named } = await articleOf(site, name);
      const person = NEWCOMERS[run] as string;
      // A profile that exists already changes too: the person the article names first is quoted.
      const quote = `We will not let the audit of day ${run + 1} gather dust.`;
      const sentence = `Nominated Senator ${person} said the county would table its report on day ${run + 1}.${named ? ` ${named.name} said: "${quote}"` : ''}`;
      // Warm the pages first, as an editor who has them open would.
      await fetchText(`${origin}/articles/${slug}/`);
      if (named) await fetchText(`${origin}/people/${named.slug}/`);
      const file = path.join(site.root, 'seeds', name);
      const text = await readFile(file, 'utf8');
      const cut = text.lastIndexOf('\n\n');
      const before = output.length;
      const saved = performance.now();
      await writeFile(file, `${text.slice(0, cut)}\n\n${sentence}${text.slice(cut)}`);
      const seen = (url: string, needle: string) => until(async () => (await fetchText(url)).text.includes(needle), POLL_TIMEOUT_MS, `${url} to show "${needle}"`).then(() => (performance.now() - saved) / 1000);
      // The end of the sentence: its start holds a link to the new profile once there is one.
      const changed = `table its report on day ${run + 1}`;
      const [articleAt, profileAt, quotedAt] = await Promise.all([
        seen(`${origin}/articles/${slug}/`, changed),
        seen(`${origin}/people/${toSlug(person)}/`, changed),
        named ? seen(`${origin}/people/${named.slug}/`, `audit of day ${run + 1} gather dust`) : Promise.resolve(undefined),
      ]);
      article.push(articleAt);
      profile.push(profileAt);
      if (quotedAt !== undefined) quoted.push(quotedAt);
      const said = /ingest: .* in ([\d.]+) s/.exec(output.slice(before));
      if (said) ingestSeconds.push(Number(said[1]));
      const quotedLine = quotedAt === undefined ? '' : `, ${named?.name}'s profile ${quotedAt.toFixed(2)} s`;
      console.log(`run ${run + 1}: ${name}: article page ${articleAt.toFixed(2)} s, new profile ${profileAt.toFixed(2)} s${quotedLine}, ingest ${said ? `${said[1]} s` : '?'}; load average ${load()}`);
      const after = lines.filter((line) => line.at >= saved);
      const first = (pattern: RegExp) => after.find((line) => pattern.test(line.text));
      const reloaded = after.filter((line) => /Reloaded data from/.test(line.text));
      const when = (line: { at: number } | undefined) => (line ? `${((line.at - saved) / 1000).toFixed(2)} s` : '?');
      console.log(`  ingest done at ${when(first(/ingest: /))}; content layer reloaded ${reloaded.length} files, the last at ${when(reloaded.at(-1))}`);
    }
    console.log(`\nmedians of ${runs} runs, ${count} articles, load average ${load()}:`);
    console.log(`  save → article page shows the change   ${median(article).toFixed(2)} s`);
    console.log(`  save → new person's profile answers    ${median(profile).toFixed(2)} s`);
    if (quoted.length > 0) console.log(`  save → a named person's profile quotes ${median(quoted).toFixed(2)} s (${quoted.length} runs)`);
    if (ingestSeconds.length > 0) console.log(`  of which the ingest (its own figure)    ${median(ingestSeconds).toFixed(2)} s`);
    return 0;
  } finally {
    await stop();
    if (values.keep) console.log(`kept ${site.root}`);
    else await removeSite(site);
  }
}

/** The slug the ingest gave the article of seed `name`, from the copy's content/. */
/** The article of seed `name`: its slug, and the first person it names. */
async function articleOf(site: BuiltSite, name: string): Promise<{ slug: string; person?: { slug: string; name: string } }> {
  const folder = path.join(site.content, 'articles');
  for (const file of await readdir(folder)) {
    const entry = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as { source: string; slug: string; people: { slug: string; name: string }[] };
    if (entry.source === name) return { slug: entry.slug, person: entry.people[0] };
  }
  throw new Error(`no article in content/ comes from ${name}`);
}

async function fetchText(url: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

/** Polls `check` every 50 ms until it holds; fails with the dev server's last output when it never does. */
async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) break;
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // The ingest's and the content layer's lines, and errors, from the whole session; then its last lines.
  const telling = output.split('\n').filter((line) => /siasa:ingest|ingest: |Reloaded data|error/i.test(line)).slice(-30);
  const tail = [...telling, '…', ...output.trimEnd().split('\n').slice(-10)].join('\n');
  throw new Error(`waited ${timeoutMs / 1000} s for ${what}\n--- last lines of astro dev ---\n${tail}`);
}

/** Stops the dev server's process group: it and whatever it started. */
async function stop(): Promise<void> {
  if (server?.pid === undefined || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGKILL');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

process.on('SIGINT', () => void stop().then(() => process.exit(130)));
process.exitCode = await main();
