/**
 * `npm run import -- FILE... [--into seeds/]`: turns RSS and Atom feeds and
 * WordPress exports (WXR) into Markdown seeds, one per published item.
 * Idempotent: a second run over the same files writes nothing. Prints what
 * was added, updated, unchanged and skipped, and why; warnings go to stderr.
 */
import { importArchives } from '../src/import/index';
import { readCommandLine } from './command-line';

const USAGE = 'usage: npm run import -- FILE... [--into seeds/]';

async function main(): Promise<number> {
  const { values, positionals } = readCommandLine({
    options: {
      into: { type: 'string', default: 'seeds' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  }, USAGE);
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const report = await importArchives(positionals, values.into);
  for (const warning of report.warnings) console.error(`warning: ${warning}`);
  for (const line of report.lines) console.log(line);
  // The files that could be read are imported all the same; the exit status says some could not.
  return report.failed > 0 ? 1 : 0;
}

process.exitCode = await main();
