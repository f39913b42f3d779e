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
import { parseGold, type Gold } from './gold';
import { mergeGold, scoreKind, type KindScore, type Predicted } from './score';

export interface SetScore {
  name: string;
  people: KindScore;
  parties: KindScore;
  articles: { source: string; people: KindScore; parties: KindScore }[];
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
      perArticle.set(file.name, parseGold(await readFile(goldFile, 'utf8')));
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
  return {
    name: set.name,
    people: scoreKind(predicted(report.people), corpus.people, corpus.traps),
    parties: scoreKind(predicted(report.parties), corpus.parties, corpus.traps),
    articles: [...perArticle.entries()].map(([source, gold]) => ({
      source,
      people: scoreKind(predicted(report.people, source), gold.people, gold.traps),
      parties: scoreKind(predicted(report.parties, source), gold.parties, gold.traps),
    })),
  };
}
