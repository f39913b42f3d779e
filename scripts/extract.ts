/**
 * `npm run --silent extract -- [--json] [--no-editorial] PATH...`: runs read →
 * extract → resolve over the given files and folders as one corpus, without
 * building the site, and prints what the machine sees. With --json, stdout is
 * exactly one JSON document; warnings go to stderr.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { analyseCorpus } from '../src/pipeline/corpus';
import { EDITORIAL_FILE, isSeedName, loadEditorial, loadPack, readSeedFolder } from '../src/pipeline/ingest';
import { summarise, type ExtractReport } from '../src/pipeline/summary';
import type { SeedFile } from '../src/pipeline/types';
import { readCommandLine } from './command-line';

const USAGE = 'usage: npm run --silent extract -- [--json] [--no-editorial] [--editorial FILE] PATH...';

async function main(): Promise<number> {
  const { values, positionals } = readCommandLine({
    options: {
      json: { type: 'boolean', default: false },
      'no-editorial': { type: 'boolean', default: false },
      editorial: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  }, USAGE);
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const files: SeedFile[] = [];
  for (const target of positionals) files.push(...(await seedFiles(target)));
  const editorialPath = values['no-editorial'] ? false : (values.editorial ?? path.join('seeds', EDITORIAL_FILE));
  const editorial = await loadEditorial(editorialPath);
  if (!editorial.ok) {
    for (const problem of editorial.problems) console.error(problem.message);
    return 1;
  }
  const analysis = analyseCorpus(files, await loadPack(), editorial.editorial);
  for (const problem of [...analysis.problems, ...analysis.editorialWarnings]) console.error(problem.message);
  const report = summarise(analysis);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : readable(report));
  return 0;
}

/** A file is one seed; a folder gives its seed files. */
async function seedFiles(target: string): Promise<SeedFile[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new UsageError(`${target}: no such file or folder`);
  if (info.isDirectory()) return readSeedFolder(target);
  if (!isSeedName(path.basename(target))) throw new UsageError(`${target}: not an article (.txt, .md, .markdown, .html or .htm)`);
  return [{ name: path.basename(target), bytes: await readFile(target) }];
}

function readable(report: ExtractReport): string {
  const lines: string[] = [];
  lines.push(`People (${report.people.length})`);
  for (const person of report.people) {
    lines.push(`  ${person.name}${person.aliases.length ? ` — also ${person.aliases.join(', ')}` : ''}  [${person.articles.length} article${person.articles.length === 1 ? '' : 's'}]`);
    for (const role of person.roles) lines.push(`    role: ${role.title}${role.organisation ? `, ${role.organisation}` : ''}${when(role)}`);
    for (const tie of person.parties) lines.push(`    party: ${tie.party} (${tie.relation})${when(tie)}`);
    for (const quote of person.quotes) lines.push(`    quote: “${short(quote.text)}”`);
  }
  lines.push('', `Parties (${report.parties.length})`);
  for (const party of report.parties) {
    lines.push(`  ${party.name}${party.acronym ? ` (${party.acronym})` : ''}${party.aliases.length ? ` — also ${party.aliases.join(', ')}` : ''}  [${party.articles.length} article${party.articles.length === 1 ? '' : 's'}]`);
  }
  if (report.unattributed.length > 0) {
    lines.push('', `Quotes with no certain speaker (${report.unattributed.length})`);
    for (const quote of report.unattributed) {
      lines.push(`  “${short(quote.text)}” in ${quote.evidence.source}${quote.candidates.length ? `: could be ${quote.candidates.join(' or ')}` : ''}`);
    }
  }
  if (report.review.length > 0) {
    lines.push('', `For review (${report.review.length})`);
    for (const item of report.review) lines.push(`  ${item.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A fact's tense when not current, and its article's date: " (former, 2025-03-08)". */
function when(fact: { tense: string; date?: string }): string {
  const parts = [...(fact.tense === 'current' ? [] : [fact.tense]), ...(fact.date ? [fact.date] : [])];
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

class UsageError extends Error {}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : `extract failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
