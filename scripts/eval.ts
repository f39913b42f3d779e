/**
 * `npm run eval [-- --verbose] [--set NAME ...]`: scores the extractor on the gold sets
 * (the seeds, the dev and unseen sets, the facts dev and unseen sets) and
 * prints precision, recall and F1 for people and parties, clustering errors
 * and traps, per set and per article (of a held-out set, its summary row only);
 * then, for the sets that annotate facts,
 * roles, ties and quotes: precision, recall, wrong tenses, other relations and
 * misattributed quotes. `--set` (repeatable) scores only the sets named: a
 * tuner asks for `--set seeds --set dev --set facts-dev` and never sees the
 * held-out sets' figures, nor waits for them.
 */
import path from 'node:path';
import { GOLD_SETS } from '../src/eval/catalogue';
import { evaluateSet, type SetScore } from '../src/eval/sets';
import type { FactsScore } from '../src/eval/facts';
import { poolScores, type KindScore } from '../src/eval/score';
import { readCommandLine } from './command-line';

const USAGE = 'usage: npm run eval -- [--verbose] [--set NAME ...]';
const { values } = readCommandLine({ options: { verbose: { type: 'boolean', short: 'v', default: false }, set: { type: 'string', multiple: true }, help: { type: 'boolean', default: false } } }, USAGE);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
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
const sets = await GOLD_SETS(root);
const unknown = (values.set ?? []).filter((name) => !sets.some((set) => set.name === name));
if (unknown.length > 0) {
  console.error(`eval: no gold set called ${unknown.join(', ')}; the sets are ${sets.map((set) => set.name).join(', ')}`);
  process.exit(1);
}
for (const set of sets) if (!values.set || values.set.includes(set.name)) scores.push(await evaluateSet(set));

/** The held-out sets: only their summary rows are ever printed, so that no one tunes on their articles by accident. */
const unseen = (score: SetScore) => score.name.endsWith('unseen');

console.log(header);
for (const score of scores) {
  console.log(row(score.name, score.people, score.parties));
  if (unseen(score)) continue;
  if (values.verbose) console.log([...details(score.people, 'people'), ...details(score.parties, 'parties')].join('\n') || '      (no errors)');
  for (const article of score.articles) {
    console.log(row(`  ${article.source}`, article.people, article.parties));
    if (values.verbose) console.log([...details(article.people, 'people'), ...details(article.parties, 'parties')].join('\n'));
  }
}

console.log(row('all sets', poolScores(scores.map((score) => score.people)), poolScores(scores.map((score) => score.parties))));
console.log(row('all but unseen', poolScores(scores.filter((score) => !unseen(score)).map((score) => score.people)), poolScores(scores.filter((score) => !unseen(score)).map((score) => score.parties))));

const factRow = (label: string, facts: FactsScore) =>
  [
    label.padEnd(34),
    `${pct(facts.roles.precision)} ${pct(facts.roles.recall)}`,
    String(facts.roles.wrongTense.length).padStart(5),
    `  ${pct(facts.ties.precision)} ${pct(facts.ties.recall)}`,
    String(facts.ties.relationDiffers.length).padStart(5),
    `  ${pct(facts.quotes.precision)} ${pct(facts.quotes.recall)}`,
    String(facts.quotes.misattributed.length).padStart(7),
    `   ${facts.roles.predicted}/${facts.roles.gold} ${facts.ties.predicted}/${facts.ties.gold} ${facts.quotes.predicted}/${facts.quotes.gold}`,
  ].join('  ');

function factDetails(facts: FactsScore): string[] {
  const list = (label: string, items: string[]) => (items.length ? [`      ${label}: ${items.join('; ')}`] : []);
  return [
    ...list('roles with the wrong tense', facts.roles.wrongTense),
    ...list('roles not in the gold', facts.roles.falsePositives),
    ...list('roles missed', facts.roles.falseNegatives),
    ...list('ties with another relation', facts.ties.relationDiffers),
    ...list('ties not in the gold', facts.ties.falsePositives),
    ...list('ties missed', facts.ties.falseNegatives),
    ...list('quotes misattributed or not in the gold', facts.quotes.falsePositives),
    ...list('quotes missed', facts.quotes.falseNegatives),
  ];
}

const withFacts = scores.filter((score) => score.facts);
if (withFacts.length > 0) {
  console.log(`\n${'facts: set / article'.padEnd(34)}  roles P/R    tense  ties P/R     relat  quotes P/R   misattr   published/gold (roles ties quotes)`);
  for (const score of withFacts) {
    console.log(factRow(score.name, score.facts as FactsScore));
    if (!values.verbose || unseen(score)) continue;
    for (const article of score.articles) {
      if (!article.facts) continue;
      console.log(factRow(`  ${article.source}`, article.facts));
      console.log(factDetails(article.facts).join('\n'));
    }
  }
}
