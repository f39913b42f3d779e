/**
 * `npm run bench:pages -- [--pages N] [--runs R]`: times the read stage on
 * saved web pages: the fixtures of tests/fixtures/pages/html/ repeated to N
 * pages (default 2,000), each read as the ingest reads a seed (decode,
 * metadata, furniture, Readability, boilerplate, paragraphs). Budget: 5 ms a page.
 * Wall time and this process's CPU time are both given: on a busy machine the
 * wall time counts the time other programs held the cores, the CPU time does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../src/pipeline/read/index';
import type { SeedFile } from '../src/pipeline/types';
import { readCommandLine } from '../scripts/command-line';

const USAGE = 'usage: npm run bench:pages -- [--pages N] [--runs R]';
const FIXTURES = fileURLToPath(new URL('../tests/fixtures/pages/html/', import.meta.url));
const BUDGET_MS = 5;

function main(): number {
  const { values } = readCommandLine({
    options: {
      pages: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '3' },
      help: { type: 'boolean', default: false },
    },
  }, USAGE);
  const count = Number(values.pages);
  const runs = Number(values.runs);
  if (values.help || !Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }

  const fixtures: SeedFile[] = readdirSync(FIXTURES)
    .filter((name) => /\.html?$/i.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(FIXTURES + name) }));
  // Each page under its own name, as in a real archive: nothing is cached by name.
  const pages = Array.from({ length: count }, (_, index) => {
    const fixture = fixtures[index % fixtures.length]!;
    return { name: `${index}-${fixture.name}`, bytes: fixture.bytes };
  });
  const kilobytes = pages.reduce((sum, page) => sum + page.bytes.length, 0) / 1024;
  console.log(`bench:pages: ${count} pages (${fixtures.length} fixtures repeated, ${(kilobytes / 1024).toFixed(1)} MB)`);
  console.log(`node ${process.version}, one thread, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(2)} at start\n`);

  // A warm-up, so that the first run does not pay for loading and compiling the libraries.
  for (const page of pages.slice(0, 200)) readArticle(page);

  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 1; run <= runs; run++) {
    let failed = 0;
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (const page of pages) if (!readArticle(page).article) failed++;
    const used = process.cpuUsage(startCpu);
    wall.push((performance.now() - start) / count);
    cpu.push((used.user + used.system) / 1000 / count);
    console.log(`run ${run}: ${wall.at(-1)!.toFixed(2)} ms a page wall, ${cpu.at(-1)!.toFixed(2)} ms CPU${failed ? `, ${failed} pages gave no article` : ''}`);
  }
  const wallMedian = median(wall);
  const cpuMedian = median(cpu);
  console.log(`\nmedian: ${wallMedian.toFixed(2)} ms a page wall (${Math.round(1000 / wallMedian)} pages/s), ${cpuMedian.toFixed(2)} ms CPU; budget ${BUDGET_MS} ms`);
  console.log(`load average ${os.loadavg()[0]!.toFixed(2)} at the end: on ${os.cpus().length} cores, other work slows the wall time`);
  return wallMedian <= BUDGET_MS ? 0 : 1;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

process.exitCode = main();
