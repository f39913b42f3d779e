/**
 * `npm run bench:corpus -- --articles N --out DIR [--seed S]`: writes a
 * deterministic synthetic corpus of Kenyan political news (invented people and
 * parties) and its ground truth, `DIR/corpus.json`, for benchmarks and scoring.
 */
import { generateCorpusInto } from '../bench/corpus/index';
import { readCommandLine } from './command-line';

const USAGE = 'usage: npm run bench:corpus -- --articles N --out DIR [--seed S]';

async function main(): Promise<number> {
  const { values } = readCommandLine({
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  }, USAGE);
  const count = Number(values.articles);
  if (values.help || !values.out || !Number.isInteger(count) || count < 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const corpus = await generateCorpusInto(values.out, count, values.seed);
  const { parties, coalitions, people } = corpus.cast;
  console.log(`bench:corpus: ${count} articles, ${people.length} people, ${parties.length} parties and ${coalitions.length} coalitions, written to ${values.out}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:corpus failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
