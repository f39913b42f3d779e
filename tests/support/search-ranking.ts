/**
 * The name-ranking check, shared by the seed site and larger corpora: list
 * every person and party a build produced, make the queries a reader would type
 * for each (the canonical name, every alias of four letters or more, and the
 * name lower-cased, without apostrophes or accents, by surname or first name
 * alone), run them all through Pagefind in one page, and score where each
 * profile lands.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { foldName, nameForms, nameWords } from '../../src/search/names';
import { searchOptions } from '../../src/search/options';

/** A profile as the ingest wrote it to `content/`. */
export interface Profile {
  kind: 'person' | 'party';
  slug: string;
  name: string;
  aliases: string[];
  acronym?: string | null;
  /** Its page in the site, without the base path: `/people/raila-odinga/`. */
  path: string;
}

/** What a query was made from. */
export type QueryForm = 'canonical' | 'alias' | 'lower case' | 'folded' | 'surname' | 'first name';

/** One query and what it must find. */
export interface RankingCase {
  query: string;
  form: QueryForm;
  target: Profile;
  /**
   * Every profile whose names contain each word of the query: the target alone
   * when the name is unshared (it must come first), else all of them, who must
   * all be in the top `max(3, owners)`.
   */
  owners: Profile[];
}

/** The outcome of one case. */
export interface RankingOutcome extends RankingCase {
  /** Site paths of the first results, best first. */
  top: string[];
  passed: boolean;
}

/** Reads every person and party from a build's `content/` folder. */
export async function readProfiles(content: string): Promise<Profile[]> {
  const read = async (folder: 'people' | 'parties', kind: Profile['kind']) => {
    const files = (await readdir(path.join(content, folder))).filter((file) => file.endsWith('.json')).sort();
    return Promise.all(
      files.map(async (file) => {
        const entry = JSON.parse(await readFile(path.join(content, folder, file), 'utf8')) as Omit<Profile, 'kind' | 'path'>;
        const { slug, name, aliases, acronym } = entry;
        return { kind, slug, name, aliases, acronym, path: `/${folder}/${slug}/` };
      }),
    );
  };
  return [...(await read('people', 'person')), ...(await read('parties', 'party'))];
}

const letters = (text: string) => foldName(text).replace(/[^\p{L}]/gu, '').length;

/**
 * The queries for every profile. `forms` picks which: the check is
 * canonical names and aliases; the others are the ways people type names.
 */
export function rankingCases(profiles: readonly Profile[], forms: readonly QueryForm[]): RankingCase[] {
  const wordsOf = new Map(profiles.map((profile) => [profile, new Set(nameForms(profile).flatMap(nameWords))]));
  const ownersOf = (query: string, target: Profile) => {
    const words = nameWords(query);
    const others = profiles.filter((other) => other !== target && words.every((word) => wordsOf.get(other)!.has(word)));
    return [target, ...others];
  };
  const cases: RankingCase[] = [];
  const add = (form: QueryForm, query: string, target: Profile, owners = ownersOf(query, target)) => {
    if (forms.includes(form) && !cases.some((c) => c.query === query && c.target === target)) {
      cases.push({ query, form, target, owners });
    }
  };
  for (const profile of profiles) {
    // A canonical name is that profile's whatever else it is part of.
    add('canonical', profile.name, profile, [profile]);
    for (const alias of nameForms(profile).slice(1)) if (letters(alias) >= 4) add('alias', alias, profile);
    add('lower case', profile.name.toLowerCase(), profile, [profile]);
    add('folded', foldName(profile.name), profile, [profile]);
    const words = profile.name.split(/\s+/);
    if (profile.kind === 'person' && words.length > 1) {
      if (letters(words.at(-1)!) >= 4) add('surname', words.at(-1)!, profile);
      if (letters(words[0]!) >= 4) add('first name', words[0]!, profile);
    }
  }
  return cases;
}

/**
 * Runs every query through Pagefind in the page (which must be on the site,
 * e.g. at /search/), with the search page's own options, and returns the site
 * paths of the first `depth` results of each.
 */
export async function searchAll(page: Page, siteBase: string, queries: string[], depth: number): Promise<Map<string, string[]>> {
  const input = { bundle: `${siteBase}pagefind/pagefind.js`, options: searchOptions(siteBase), queries, depth, siteBase };
  // A string, not a function: Vitest would rewrite a function's `import()` for Node before Playwright sends it.
  const found = await page.evaluate<[string, string[]][]>(`(async ({ bundle, options, queries, depth, siteBase }) => {
    // A Pagefind of its own: the page's search script has the module's, with its bundles merged already.
    const pagefind = (await import(bundle)).createInstance({ ...options, basePath: siteBase + 'pagefind/' });
    await pagefind.init();
    // Every bundle the build wrote, merged as the search page merges them (src/search/bundles.ts): the
    // profiles' bundles into one Pagefind, the articles' (if listed apart) into another, searched after.
    const { noWorker, ...indexOptions } = options;
    const list = await fetch(siteBase + 'pagefind/bundles.json').then((response) => (response.ok ? response.json() : { merge: [] }));
    const apart = list.articles ?? [];
    for (const folder of list.merge.filter((folder) => !apart.includes(folder))) await pagefind.mergeIndex(siteBase + folder, indexOptions);
    let articles;
    if (apart.length > 0) {
      articles = (await import(bundle)).createInstance({ ...options, basePath: siteBase + apart[0] });
      await articles.init();
      for (const folder of apart.slice(1)) await articles.mergeIndex(siteBase + folder, indexOptions);
    }
    const results = [];
    for (const query of queries) {
      // (The page lists profiles found only by their text after the articles; every query here is a name.)
      const found = [...(await pagefind.search(query)).results, ...(articles ? (await articles.search(query)).results : [])];
      const pages = await Promise.all(found.slice(0, depth).map((result) => result.data()));
      results.push([query, pages.map((data) => '/' + data.url.slice(siteBase.length))]);
    }
    return results;
  })(${JSON.stringify(input)})`);
  return new Map(found);
}

/** Runs the cases and says, for each, where its profile or profiles landed. */
export async function checkRanking(page: Page, siteBase: string, cases: RankingCase[]): Promise<RankingOutcome[]> {
  const depth = Math.max(3, ...cases.map((c) => c.owners.length));
  const found = await searchAll(page, siteBase, [...new Set(cases.map((c) => c.query))], depth);
  return cases.map((c) => {
    const top = found.get(c.query) ?? [];
    const passed =
      c.owners.length === 1
        ? top[0] === c.target.path
        : c.owners.every((owner) => top.slice(0, Math.max(3, c.owners.length)).includes(owner.path));
    return { ...c, top: top.slice(0, Math.max(3, c.owners.length)), passed };
  });
}

/** Precision@1 over the cases that must come first, and the top-k rate of shared names, per form. */
export function rankingReport(label: string, outcomes: RankingOutcome[]): string {
  const rate = (part: RankingOutcome[]) =>
    part.length === 0 ? 'n/a' : `${((100 * part.filter((o) => o.passed).length) / part.length).toFixed(1)}% (${part.filter((o) => o.passed).length}/${part.length})`;
  const lines = [`${label}: ${new Set(outcomes.map((o) => o.target)).size} profiles, ${outcomes.length} queries`];
  const forms = [...new Set(outcomes.map((o) => o.form))];
  for (const form of forms) {
    const ofForm = outcomes.filter((o) => o.form === form);
    const unshared = ofForm.filter((o) => o.owners.length === 1);
    const shared = ofForm.filter((o) => o.owners.length > 1);
    lines.push(`  ${form.padEnd(10)} precision@1 ${rate(unshared)}; shared, all owners in top 3: ${rate(shared)}`);
  }
  for (const o of outcomes.filter((o) => !o.passed)) {
    lines.push(`  FAIL ${o.form} "${o.query}" → want ${o.owners.map((p) => p.path).join(' + ')}, got ${o.top.join(', ') || '(nothing)'}`);
  }
  return lines.join('\n');
}

/** The paths of the results the search page rendered (base path included), once its live region has spoken. */
export async function resultPaths(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).not.toBe('');
  const hrefs = await page.locator('.search-result__link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname);
}
