/**
 * Runs the extractor over a gold set and scores it, overall and per article.
 * A set is a folder of articles with a `<name>.gold.yaml` beside each, or a
 * folder of articles with one gold file for the whole corpus.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyseCorpus } from '../pipeline/corpus';
import type { EditorialFile } from '../pipeline/editorial/index';
import { readSeedFolder, loadPack } from '../pipeline/ingest';
import { summarise, type EntitySummary } from '../pipeline/summary';
import { poolFacts, scoreFacts, type FactsScore } from './facts';
import { parseGold, type Gold } from './gold';
import { mergeGold, scoreKind, type KindScore, type Predicted } from './score';

export interface SetScore {
  name: string;
  people: KindScore;
  parties: KindScore;
  /** Roles, ties and quotes, when the set's gold annotates them. */
  facts?: FactsScore;
  articles: { source: string; people: KindScore; parties: KindScore; facts?: FactsScore }[];
}

export interface GoldSet {
  name: string;
  /** The folder of articles. */
  articles: string;
  /** One gold file for the whole corpus; else each article's `<name>.gold.yaml`. */
  corpusGold?: string;
  editorial?: EditorialFile;
}

/** Extracts and scores one set. */
export async function evaluateSet(set: GoldSet): Promise<SetScore> {
  const files = await readSeedFolder(set.articles);
  const pack = await loadPack();
  const report = summarise(analyseCorpus(files, pack, set.editorial));
  const perArticle = new Map<string, Gold>();
  if (!set.corpusGold) {
    for (const file of files) {
      const goldFile = path.join(set.articles, `${file.name.replace(/\.(?:txt|md|markdown)$/i, '')}.gold.yaml`);
      const text = await readFile(goldFile, 'utf8').catch(() => {
        throw new Error(`${file.name} in ${set.articles} has no gold file (${path.basename(goldFile)})`);
      });
      perArticle.set(file.name, parseGold(text));
    }
  }
  const corpus: Gold = set.corpusGold
    ? parseGold(await readFile(set.corpusGold, 'utf8'))
    : {
        people: mergeGold([...perArticle.values()].flatMap((gold) => gold.people)),
        parties: mergeGold([...perArticle.values()].flatMap((gold) => gold.parties)),
        traps: [...perArticle.values()].flatMap((gold) => gold.traps),
      };
  const predicted = (list: EntitySummary[], source?: string): Predicted[] =>
    list.filter((entity) => !source || entity.articles.includes(source)).map((entity) => ({ ...entity }));
  const articles = [...perArticle.entries()].map(([source, gold]) => ({
    source,
    people: scoreKind(predicted(report.people, source), gold.people, gold.traps),
    parties: scoreKind(predicted(report.parties, source), gold.parties, gold.traps),
    ...(gold.facts ? { facts: scoreFacts(report, source, { ...gold, facts: gold.facts }) } : {}),
  }));
  const facts = articles.flatMap((article) => (article.facts ? [article.facts] : []));
  return {
    name: set.name,
    people: scoreKind(predicted(report.people), corpus.people, corpus.traps),
    parties: scoreKind(predicted(report.parties), corpus.parties, corpus.traps),
    ...(facts.length > 0 ? { facts: poolFacts(facts) } : {}),
    articles,
  };
}
