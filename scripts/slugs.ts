/**
 * `npm run slugs -- list [--kind K] [--status S]` and `npm run slugs -- forget SLUG [--kind K]`:
 * the slug registry (`slugs.lock.json`) read, and corrected on purpose. Only
 * `forget` writes it; a publishing build (`npm run build`) is the only other writer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { emitRegistry } from '../src/pipeline/emit';
import { loadRegistry, REGISTRY_FILE } from '../src/pipeline/ingest';
import { addressOf, forgetSlug, registryRows } from '../src/pipeline/registry-edit';
import type { RegistryKind } from '../src/pipeline/registry';
import { readCommandLine } from './command-line';

const USAGE = 'usage: npm run slugs -- list [--kind person|party|article] [--status live|moved|gone]\n       npm run slugs -- forget SLUG [--kind person|party|article]';
const KINDS = ['person', 'party', 'article'];

const { values, positionals } = readCommandLine({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    status: { type: 'string' },
    registry: { type: 'string', default: REGISTRY_FILE },
    help: { type: 'boolean', default: false },
  },
}, USAGE);

async function main(): Promise<number> {
  const [command, slug] = positionals;
  if (values.help || !command) return say(USAGE, 0);
  if (values.kind && !KINDS.includes(values.kind)) return say(`--kind must be one of ${KINDS.join(', ')}\n${USAGE}`, 2);
  const file = path.resolve(values.registry);
  const exists = await readFile(file).then(() => true, () => false);
  if (!exists) return say(`there is no slug registry at ${file}: a publishing build (npm run build) makes it`, 1);
  const registry = await loadRegistry(file).catch((error: Error) => error);
  if (registry instanceof Error) return say(registry.message, 1);
  const kind = values.kind as RegistryKind | undefined;

  if (command === 'list') {
    for (const { kind: rowKind, row } of registryRows(registry)) {
      if ((kind && rowKind !== kind) || (values.status && row.status !== values.status)) continue;
      const what = row.status === 'moved' ? `→ ${addressOf(rowKind, row.target ?? '')}` : (row.names?.[0] ?? row.source ?? '');
      console.log(`${row.status.padEnd(5)}  ${addressOf(rowKind, row.slug)}  ${what}`);
    }
    return 0;
  }
  if (command === 'forget') {
    if (!slug) return say(USAGE, 2);
    const result = forgetSlug(registry, slug, kind);
    if (!result.ok) return say(`slugs: ${result.said}`, 1);
    await emitRegistry(file, result.registry);
    return say(result.said, 0);
  }
  return say(`unknown command “${command}”\n${USAGE}`, 2);
}

function say(text: string, code: number): number {
  (code === 0 ? console.log : console.error)(text);
  return code;
}

process.exitCode = await main();
