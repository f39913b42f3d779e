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
import type { Article, ArticleExtraction, Entity, Problem, SeedFile } from './types';

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
  const slugs = planSlugs(resolution.entities, articles, registry, { keep: options.memo !== false });
  const root = base.endsWith('/') ? base : `${base}/`;
  const byId = new Map(resolution.entities.map((entity) => [entity.id, entity]));
  const bodies = new Map<string, Omit<ArticleBody, 'slug'>>();
  const linksBySource = new Map<string, MentionLink[]>();
  const keep = options.memo !== false;
  for (const article of articles) {
    const links = linksFor(resolution.links.get(article.source), byId, slugs.entities, root, keep);
    bodies.set(article.source, { key: bodyKey(article, links, options.renderVersion ?? ''), html: () => render(article, links) });
    linksBySource.set(article.source, links);
  }
  return {
    entries: buildRecords(articles, resolution.entities, slugs, bodies, resolution.review, analysis.settled, options),
    registry: slugs.registry,
    links: linksBySource,
  };
}

/**
 * The links of the last publish in this process, by the article's claims (resolve hands out the same map
 * while an article's claims are unchanged), with the kind and slug of each entity they led to, two items per claim.
 */
const lastLinks = new WeakMap<ReadonlyMap<string, string>, { root: string; targets: (string | undefined)[]; links: MentionLink[] }>();

/**
 * An article's links: each text it claims, to its entity's page. The same array as last time while the claims,
 * and the kind and slug of every entity they name, are: the body's key then needs no comparing field by field,
 * and the dev server makes no tens of thousands of links anew on every save.
 */
function linksFor(claims: ReadonlyMap<string, string> | undefined, byId: ReadonlyMap<string, Entity>, slugs: ReadonlyMap<string, string>, root: string, keep: boolean): MentionLink[] {
  if (!claims) return [];
  const known = keep ? lastLinks.get(claims) : undefined;
  if (known && known.root === root && sameTargets(known.targets, claims, byId, slugs)) return known.links;
  const links: MentionLink[] = [];
  const targets: (string | undefined)[] = [];
  for (const [text, id] of claims) {
    const entity = byId.get(id);
    targets.push(entity?.kind, slugs.get(id));
    if (!entity) continue;
    const folder = entity.kind === 'person' ? 'people' : 'parties';
    links.push({ text, entity: id, kind: entity.kind, href: `${root}${folder}/${slugs.get(id)}/` });
  }
  if (keep) lastLinks.set(claims, { root, targets, links });
  return links;
}

/** Whether each entity the claims name has the kind and slug it had (`targets`, two items per claim). */
function sameTargets(targets: (string | undefined)[], claims: ReadonlyMap<string, string>, byId: ReadonlyMap<string, Entity>, slugs: ReadonlyMap<string, string>): boolean {
  let at = 0;
  for (const id of claims.values()) {
    if (targets[at++] !== byId.get(id)?.kind || targets[at++] !== slugs.get(id)) return false;
  }
  return at === targets.length;
}
