/** A whole synthetic corpus: the cast, every article, and the ground truth written beside them as `corpus.json`. */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { composeArticle, type GeneratedArticle } from './article';
import { buildCast, type Cast, type Person } from './cast';
import { createRandom } from './prng';
import { label } from './scene';

/** Bumped whenever the generator's output changes, so that cached corpora are rebuilt. */
export const GENERATOR_VERSION = 1;

export const TRUTH_FILE = 'corpus.json';

export interface Corpus {
  seed: string;
  cast: Cast;
  articles: GeneratedArticle[];
}

/** A corpus as its ground truth needs it: the articles' text may already be on disk. */
type CorpusOutline = Omit<Corpus, 'articles'> & { articles: readonly Omit<GeneratedArticle, 'text'>[] };

/** The ground truth as written to `corpus.json`. */
export interface CorpusTruth {
  generator: number;
  seed: string;
  cast: {
    people: { name: string; role: string; party: string; relatives: { name: string; relation: string }[] }[];
    parties: { name: string; kind: string; acronym: string | null; short: string; coalition?: string; members?: string[] }[];
    journalists: string[];
  };
  articles: ({ file: string; title: string; words: number; paragraphs: number } & GeneratedArticle['truth'])[];
}

/** Generates a corpus of `count` articles; the same count and seed always give the same corpus. */
export function generateCorpus(count: number, seed: string): Corpus {
  const root = createRandom(seed);
  const cast = buildCast(root.fork('cast'), count);
  const articles: GeneratedArticle[] = [];
  for (let index = 0; index < count; index++) articles.push(composeArticle(root.fork(`article ${index}`), cast, index));
  return { seed, cast, articles };
}

export function corpusTruth(corpus: CorpusOutline): CorpusTruth {
  const { cast } = corpus;
  return {
    generator: GENERATOR_VERSION,
    seed: corpus.seed,
    cast: {
      people: cast.people.map((person) => ({
        name: person.name,
        role: roleOf(person),
        party: person.party.name,
        relatives: person.relatives.map((kin) => ({ name: kin.person.name, relation: kin.relation })),
      })),
      parties: [...cast.parties, ...cast.coalitions].map((party) => ({
        name: party.name,
        kind: party.kind,
        acronym: party.acronym,
        short: party.short,
        ...(party.coalition ? { coalition: party.coalition.name } : {}),
        ...(party.kind === 'coalition' ? { members: party.members.map((member) => member.name) } : {}),
      })),
      journalists: cast.journalists,
    },
    articles: corpus.articles.map(({ file, title, words, paragraphs, truth }) => ({ file, title, words, paragraphs, ...truth })),
  };
}

/** "Kitui Senator" for Kitui Senator Jane Mwende. */
function roleOf(person: Person): string {
  return label(person).slice(0, -person.name.length).trim();
}

/** Names of files a previous run wrote, which a new run replaces. */
const GENERATED = /^\d{5}-[a-z0-9-]*\.txt$/;

/** Writes the corpus to `folder`, replacing the articles and ground truth of any earlier run there. */
export async function writeCorpus(folder: string, corpus: Corpus): Promise<void> {
  await clearCorpus(folder);
  for (const article of corpus.articles) await writeFile(path.join(folder, article.file), article.text);
  await writeTruth(folder, corpus);
}

/**
 * Generates a corpus of `count` articles straight into `folder`, as
 * `writeCorpus(folder, generateCorpus(count, seed))` would, byte for byte, but
 * holding each article's text only until it is written: 100,000 articles are
 * some 450 MB of text.
 */
export async function generateCorpusInto(folder: string, count: number, seed: string): Promise<CorpusOutline> {
  const root = createRandom(seed);
  const cast = buildCast(root.fork('cast'), count);
  await clearCorpus(folder);
  const articles: Omit<GeneratedArticle, 'text'>[] = [];
  for (let index = 0; index < count; index++) {
    const { text, ...article } = composeArticle(root.fork(`article ${index}`), cast, index);
    await writeFile(path.join(folder, article.file), text);
    articles.push(article);
  }
  const corpus = { seed, cast, articles };
  await writeTruth(folder, corpus);
  return corpus;
}

async function clearCorpus(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const name of await readdir(folder)) {
    if (GENERATED.test(name) || name === TRUTH_FILE) await rm(path.join(folder, name));
  }
}

async function writeTruth(folder: string, corpus: CorpusOutline): Promise<void> {
  await writeFile(path.join(folder, TRUTH_FILE), `${JSON.stringify(corpusTruth(corpus), null, 2)}\n`);
}
