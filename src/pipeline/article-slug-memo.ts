/**
 * The articles' slugs of the last plan in this process, kept for the next
 * (the dev server plans every article's slug again on every save, and every
 * save changes an article's text, so its hash): when the registry's rows are
 * as they were and the articles are the same files with the same titles, an
 * edited article whose old and new texts' hashes claim no other row (below)
 * keeps its slug and its row, which records the new hash; nothing else moves.
 */
import type { RegistryRow } from './registry';
import { sameRows } from './slug-memo';
import type { Article } from './types';

/** What `assignArticles` makes: each article's slug by source, and the registry's rows. */
export interface ArticlePlan {
  slugs: Map<string, string>;
  rows: RegistryRow[];
}

/** How many rows record each hash and each source, and the row of each source. */
interface RowIndex {
  hashes: Map<string, number>;
  sources: Map<string, RegistryRow[]>;
}

let last: { articles: Article[]; rows: RegistryRow[]; plan: ArticlePlan; index?: RowIndex } | undefined;

/** Past this many edited articles, the articles are planned afresh. */
const MOST_EDITED = 8;

/** Lets go of the kept plan (see forgetIngestMemory). */
export function forgetArticleSlugs(): void {
  last = undefined;
}

/** The plan of the articles (in the ingest's order) and the registry's article `rows`: the last one, with edited articles' hashes, when that is what `assign()` would give. */
export function keptArticlePlan(articles: Article[], rows: RegistryRow[], assign: () => ArticlePlan): ArticlePlan {
  const known = last && sameRows(last.rows, rows) ? last : undefined;
  const edited = known && editedArticles(known.articles, articles);
  const index = edited && edited.length > 0 ? (known.index ?? indexRows(rows)) : known?.index;
  const kept = edited && index && edited.every((edit) => keepsItsRow(edit, known.plan, index));
  const plan = kept ? (edited.length === 0 ? known.plan : withHashes(known.plan, edited)) : assign();
  last = { articles, rows, plan, index: known ? index : undefined };
  return plan;
}

interface Edit {
  article: Article;
  before: string;
}

/** The articles whose text changed, each the same file with the same title as before; undefined when any other difference. */
function editedArticles(before: Article[], now: Article[]): Edit[] | undefined {
  if (before.length !== now.length) return undefined;
  const edited: Edit[] = [];
  for (let at = 0; at < now.length; at++) {
    const one = before[at] as Article;
    const article = now[at] as Article;
    if (one === article || (one.source === article.source && one.title === article.title && one.hash === article.hash)) continue;
    if (one.source !== article.source || one.title !== article.title) return undefined;
    if (edited.push({ article, before: one.hash }) > MOST_EDITED) return undefined;
  }
  return edited;
}

function indexRows(rows: RegistryRow[]): RowIndex {
  const hashes = new Map<string, number>();
  const sources = new Map<string, RegistryRow[]>();
  for (const row of rows) {
    if (row.hash !== undefined) hashes.set(row.hash, (hashes.get(row.hash) ?? 0) + 1);
    if (row.source !== undefined) sources.set(row.source, [...(sources.get(row.source) ?? []), row]);
  }
  return { hashes, sources };
}

/**
 * Whether the edited article claims the row it had: its new text's hash is on no row (it claims none by
 * hash), and its old one either on none (it had its row by its file's name, or a new one, as it will again)
 * or only on the one row of its file's name (it had that row by hash, and takes it by name now).
 */
function keepsItsRow({ article, before }: Edit, plan: ArticlePlan, { hashes, sources }: RowIndex): boolean {
  if (hashes.has(article.hash)) return false;
  if (!hashes.has(before)) return true;
  const own = sources.get(article.source) ?? [];
  return hashes.get(before) === 1 && own.length === 1 && own[0]?.hash === before && own[0].slug === plan.slugs.get(article.source);
}

/** The last plan with each edited article's row recording its new hash. */
function withHashes(plan: ArticlePlan, edited: Edit[]): ArticlePlan {
  const rows = [...plan.rows];
  for (const { article } of edited) {
    const slug = plan.slugs.get(article.source);
    const at = rows.findIndex((row) => row.slug === slug);
    if (at >= 0) rows[at] = { ...(rows[at] as RegistryRow), hash: article.hash };
  }
  return { slugs: plan.slugs, rows };
}
