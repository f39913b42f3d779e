/**
 * `node --import tsx bench/build/stage-runner.ts SEEDS CONTENT BASE`: runs the ingest's stages
 * one by one, on one thread, printing a line as each ends, for `timeStages` to time from outside.
 */
import { rm } from 'node:fs/promises';
import { publishCorpus, type Analysis } from '../../src/pipeline/corpus';
import { emitContent } from '../../src/pipeline/emit';
import { extractArticle } from '../../src/pipeline/extract/index';
import { loadPack, scanSeedFolder } from '../../src/pipeline/ingest';
import { readArticle } from '../../src/pipeline/read/index';
import { resolveCorpus } from '../../src/pipeline/resolve/index';
import type { Article } from '../../src/pipeline/types';

const [seeds, content, base = '/'] = process.argv.slice(2);
if (!seeds || !content) throw new Error('usage: stage-runner.ts SEEDS CONTENT [BASE]');
const done = (stage: string) => console.log(`stage ${stage} done`);

// As `analyseCorpus` and `publishCorpus` run them, without an editorial file or a registry.
const pack = await loadPack();
done('ready');
const { files } = await scanSeedFolder(seeds);
const articles = files.map((file) => readArticle(file).article).filter((article): article is Article => article !== undefined);
done('read');
const extractions = articles.map((article) => extractArticle(article, pack));
done('extract');
const resolution = resolveCorpus(extractions, pack);
done('resolve');
const analysis: Analysis = { articles, resolution, problems: [], editorialWarnings: [], settled: [], skipped: 0 };
const { entries } = publishCorpus(analysis, base);
done('publish');
await emitContent(content, entries);
done('emit');
// The folder is scratch: the build that follows must start cold.
await rm(content, { recursive: true, force: true });
