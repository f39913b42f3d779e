/**
 * The pipeline's pure core, from seed files to content entries:
 * read → extract → resolve → slugs → render → records. No disk, no Astro.
 */
import type { MentionLink } from '../plugins/rehype-link-mentions';
import { applyEditorial, dropNotEntities, EMPTY_EDITORIAL, settleReview, staleReport, type EditorialFile } from './editorial/index';
import { extractArticle } from './extract/index';
import type { CountryPack } from './pack';
import { readArticle } from './read/index';
import { buildRecords, type ArticleBody, type ContentEntries, type RecordOptions } from './records';
import { renderArticle, type Render } from './render';
import { bodyKey } from './body-key';
import { resolveCorpus, type Resolution, type ReviewNote } from './resolve/index';
import { reviewEntities } from './resolve/review';
import { EMPTY_REGISTRY, type Registry } from './registry';
import { planSlugs } from './slugs';
import type { Article, ArticleExtraction, Problem, SeedFile } from './types';

export interface Analysis {
  articles: Article[];
  resolution: Resolution;
  /** Files that were skipped, and why; and warnings about files that were read. */
  problems: Problem[];
  /** Entries of the editorial file that match nothing in the articles: skipped, with a warning (a stop under --strict). */
  editorialWarnings: Problem[];
  /** Review notes the editorial file has settled: no longer open, still counted. */
  settled: ReviewNote[];
  skipped: number;
}

/** What read and extract make of one seed file: the unit the ingest caches and hands to workers. */
export interface FileExtraction {
  file: string;
  problems: Problem[];
  extraction?: ArticleExtraction;
}

/** Reads and extracts one seed file. Pure, and independent of every other file. */
export function extractFile(file: SeedFile, pack: CountryPack): FileExtraction {
  const { article, problems } = readArticle(file);
  return article ? { file: file.name, problems, extraction: extractArticle(article, pack) } : { file: file.name, problems };
}

/** Reads, extracts and resolves a corpus: what the machine sees, before any page exists. */
export function analyseCorpus(files: SeedFile[], pack: CountryPack, editorial: EditorialFile = EMPTY_EDITORIAL): Analysis {
  return analyseExtractions(
    files.map((file) => extractFile(file, pack)),
    pack,
    editorial,
  );
}

/**
 * Resolves what extraction found in every file: drops duplicates (the same
 * text under two names is published once), notes shared titles, then
 * resolves and applies the editorial file.
 */
export function analyseExtractions(results: FileExtraction[], pack: CountryPack, editorial: EditorialFile = EMPTY_EDITORIAL): Analysis {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  const kept: ArticleExtraction[] = [];
  const byHash = new Map<string, string>();
  const byTitle = new Map<string, Article>();
  let skipped = 0;
  for (const result of [...results].sort((a, b) => a.file.localeCompare(b.file))) {
    problems.push(...result.problems);
    const extraction = result.extraction;
    if (!extraction) {
      skipped++;
      continue;
    }
    const { article } = extraction;
    const original = byHash.get(article.hash);
    if (original) {
      problems.push({ file: article.source, message: `${article.source} is the same article as ${original}; it is published once, as ${original}` });
      skipped++;
      continue;
    }
    byHash.set(article.hash, article.source);
    const namesake = byTitle.get(article.title);
    if (namesake) {
      problems.push({ file: article.source, message: `${article.source} has the same title as ${namesake.source} (“${namesake.title}”); both are published, under different addresses` });
    } else byTitle.set(article.title, article);
    articles.push(article);
    kept.push(extraction);
  }
  const extractions = dropNotEntities(kept, editorial);
  const resolved = resolveCorpus(extractions, pack, { keepApart: editorial.keepApart });
  const { resolution, stale } = applyEditorial(resolved, editorial);
  // Every name the articles gave, for "did you mean": gathered only when an entry needs it.
  const known = stale.length === 0 ? [] : resolution.entities.flatMap((entity) => [entity.name, ...entity.aliases]);
  const { warnings: editorialWarnings, notes } = staleReport(stale, editorial, known);
  const { open, settled } = settleReview([...resolution.review, ...reviewEntities(resolution.entities), ...notes], editorial);
  resolution.review = open;
  return { articles, resolution, problems, editorialWarnings, settled, skipped };
}

export interface Publication {
  entries: ContentEntries;
  /** The slug registry, updated with this build's slugs. */
  registry: Registry;
  /** The links each article's body was rendered with, by source: what the dev server's preview renders a saved article with (src/pipeline/preview.ts). */
  links: ReadonlyMap<string, MentionLink[]>;
}

export interface PublishOptions extends RecordOptions {
  /** The render code's version (`renderVersion()`), part of each body's key. */
  renderVersion?: string;
}

/**
 * Gives the analysis its URLs and HTML: the entries of `content/`, and the
 * registry that keeps those URLs stable. `base` prefixes every link;
 * `render` is the render stage, called for a body only when the emit needs it.
 */
export function publishCorpus(analysis: Analysis, base: string, registry: Registry = EMPTY_REGISTRY, render: Render = renderArticle, options: PublishOptions = {}): Publication {
  const { articles, resolution } = analysis;
  const slugs = planSlugs(resolution.entities, articles, registry);
  const root = base.endsWith('/') ? base : `${base}/`;
  const byId = new Map(resolution.entities.map((entity) => [entity.id, entity]));
  const bodies = new Map<string, Omit<ArticleBody, 'slug'>>();
  const linksBySource = new Map<string, MentionLink[]>();
  for (const article of articles) {
    const links: MentionLink[] = [];
    for (const [text, id] of resolution.links.get(article.source) ?? []) {
      const entity = byId.get(id);
      if (!entity) continue;
      const folder = entity.kind === 'person' ? 'people' : 'parties';
      links.push({ text, entity: id, kind: entity.kind, href: `${root}${folder}/${slugs.entities.get(id)}/` });
    }
    bodies.set(article.source, { key: bodyKey(article, links, options.renderVersion ?? ''), html: () => render(article, links) });
    linksBySource.set(article.source, links);
  }
  return {
    entries: buildRecords(articles, resolution.entities, slugs, bodies, resolution.review, analysis.settled, options),
    registry: slugs.registry,
    links: linksBySource,
  };
}
