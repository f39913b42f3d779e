/**
 * `npm run eval [-- --verbose]`: scores the extractor on the gold sets
 * (the seeds, the dev set, the unseen set) and prints precision, recall and
 * F1 for people and parties, clustering errors and traps, per set and per article.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GOLD_SETS } from '../src/eval/catalogue';
import { evaluateSet, type SetScore } from '../src/eval/sets';
import { poolScores, type KindScore } from '../src/eval/score';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v', default: false } } });
const root = path.resolve(import.meta.dirname, '..');

const pct = (value: number) => value.toFixed(3);
const row = (label: string, people: KindScore, parties: KindScore) =>
  [
    label.padEnd(34),
    `${pct(people.precision)} ${pct(people.recall)} ${pct(people.f1)}`,
    `${pct(parties.precision)} ${pct(parties.recall)} ${pct(parties.f1)}`,
    String(people.splits.length + parties.splits.length).padStart(6),
    String(people.merges.length + parties.merges.length).padStart(6),
    String(people.traps.length + parties.traps.length).padStart(5),
  ].join('  ');

function details(score: KindScore, kind: string): string[] {
  const lines: string[] = [];
  if (score.falsePositives.length) lines.push(`      ${kind} false positives: ${score.falsePositives.join('; ')}`);
  if (score.falseNegatives.length) lines.push(`      ${kind} missed: ${score.falseNegatives.join('; ')}`);
  if (score.splits.length) lines.push(`      ${kind} splits: ${score.splits.join('; ')}`);
  if (score.merges.length) lines.push(`      ${kind} merges: ${score.merges.join('; ')}`);
  return lines;
}

const header = `${'set / article'.padEnd(34)}  people P/R/F1        parties P/R/F1       splits merges traps`;
const scores: SetScore[] = [];
for (const set of await GOLD_SETS(root)) scores.push(await evaluateSet(set));

console.log(header);
for (const score of scores) {
  console.log(row(score.name, score.people, score.parties));
  if (values.verbose) console.log([...details(score.people, 'people'), ...details(score.parties, 'parties')].join('\n') || '      (no errors)');
  for (const article of score.articles) {
    console.log(row(`  ${article.source}`, article.people, article.parties));
    if (values.verbose) console.log([...details(article.people, 'people'), ...details(article.parties, 'parties')].join('\n'));
  }
}

console.log(row('all sets', poolScores(scores.map((score) => score.people)), poolScores(scores.map((score) => score.parties))));
console.log(row('all but unseen', poolScores(scores.filter((score) => score.name !== 'unseen').map((score) => score.people)), poolScores(scores.filter((score) => score.name !== 'unseen').map((score) => score.parties))));
