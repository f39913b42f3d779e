/**
 * `npx tsx bench/evidence-audit.ts [--articles N] [--seed S]`: builds the
 * content entries of a synthetic corpus (10,000 articles by default; HTML left
 * out) and audits every published role, tie, quote and party member against
 * the evidence check, as tests/unit/evidence-audit.test.ts does on a few
 * hundred. Prints how many facts were checked, held back and failed.
 */
import { auditEvidence } from '../src/eval/evidence-audit';
import { analyseCorpus, publishCorpus } from '../src/pipeline/corpus';
import { loadPack, readSeedFolder } from '../src/pipeline/ingest';
import { ensureCorpus } from './corpus/cache';
import { readCommandLine } from '../scripts/command-line';

const USAGE = 'usage: npx tsx bench/evidence-audit.ts [--articles N] [--seed S]';
const { values } = readCommandLine({ options: { articles: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean', default: false } } }, USAGE);
const count = Number(values.articles);
if (values.help || !Number.isInteger(count) || count < 1) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const { folder } = await ensureCorpus(count, values.seed);
const started = performance.now();
const analysis = analyseCorpus(await readSeedFolder(folder), await loadPack());
const { entries } = publishCorpus(analysis, '/', undefined, () => '');
const audit = auditEvidence(entries, analysis.articles);
const { roles, ties, quotes, members } = audit.checked;
const notes = (kind: string) => analysis.resolution.review.filter((note) => note.kind === kind).length;
console.log(
  `evidence audit, ${count} synthetic articles (seed ${values.seed}): ${entries.people.length} people, ${entries.parties.length} parties; ` +
    `published ${roles} roles, ${ties} ties, ${quotes} quotes, ${members} party members; ` +
    `${analysis.resolution.heldBack} facts held back (${notes('held-back-fact')} notes on roles and ties, ${notes('unattributed-quote')} on quotes), ` +
    `${analysis.resolution.unattributed.length} quotes unattributed; ` +
    `${audit.failures.length} published facts fail the check (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
for (const failure of audit.failures.slice(0, 20)) console.log(`  ${failure}`);
process.exit(audit.failures.length === 0 ? 0 : 1);
