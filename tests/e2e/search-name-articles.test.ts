/**
 * A name finds the profile, then the articles about that person or party, the
 * most-mentioning first, and only then other profiles (which may quote a
 * sentence naming them): on the search page as a reader uses it ("kalonzo",
 * "raila"), and, through Pagefind with the search page's options, for every
 * person on the seed site by full name, surname and first name (where no one
 * else has that name) and every party by the form the articles write (ODM,
 * Wiper). A party's full name is left out: its words ("Democratic Movement")
 * are other parties' too, and those parties' pages rightly rank near it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { ArticleEntry, PartyEntry } from '../../src/schemas';
import { mentionTier } from '../../src/search/options';
import { openPage, useBrowser, visit } from '../support/browser';
import { rankingCases, readProfiles, searchAll, type Profile } from '../support/search-ranking';

const siteUrl = inject('siteUrl');
const content = path.join(path.dirname(inject('siteDist')), 'content');

const browser = useBrowser();

async function readCollection<T>(name: string): Promise<T[]> {
  const folder = path.join(content, name);
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(folder, file), 'utf8')) as T));
}

const readArticles = () => readCollection<ArticleEntry>('articles');

/** The queries to check: a person's unshared names, a party's written short form. */
async function nameQueries(profiles: Profile[]): Promise<{ query: string; target: Profile }[]> {
  const people = rankingCases(profiles, ['canonical', 'surname', 'first name']).filter((c) => c.target.kind === 'person' && c.owners.length === 1);
  const labels = new Map((await readCollection<PartyEntry>('parties')).map((party) => [party.slug, party.label ?? party.name]));
  const parties = profiles.filter((profile) => profile.kind === 'party').map((target) => ({ query: labels.get(target.slug)!, target }));
  return [...people.map(({ query, target }) => ({ query, target })), ...parties];
}

/** How often each article mentions the profile's subject, by the article's site path. */
function mentionsOf(profile: Profile, articles: readonly ArticleEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const refs = profile.kind === 'person' ? article.people : article.parties;
    const count = refs.find((ref) => ref.slug === profile.slug)?.count ?? 0;
    if (count > 0) counts.set(`/articles/${article.slug}/`, count);
  }
  return counts;
}

describe('the search page', () => {
  test.each([
    { query: 'kalonzo', profile: '/people/kalonzo-musyoka/' },
    { query: 'raila', profile: '/people/raila-odinga/' },
  ])('"$query" lists the profile first, then the article that mentions them most', async ({ query, profile }) => {
    const articles = await readArticles();
    const target = (await readProfiles(content)).find((each) => each.path === profile)!;
    const mentions = mentionsOf(target, articles);
    const most = Math.max(...mentions.values());

    const page = await visit(browser(), siteUrl, `/search/?q=${query}`);
    const links = page.locator('#search-results .search-result__link');
    await links.nth(1).waitFor();
    const paths = (await links.evaluateAll((elements) => elements.map((element) => new URL((element as HTMLAnchorElement).href).pathname))).slice(0, 2);
    expect(paths[0]).toBe(profile);
    expect(mentions.get(paths[1]!), `${paths[1]} is an article that mentions ${target.name} most`).toBe(most);
  });
});

describe('every name on the seed site', () => {
  test('finds its profile, then every article that mentions it, most mentions first, then other profiles', async () => {
    const [profiles, articles] = await Promise.all([readProfiles(content), readArticles()]);
    const queries = await nameQueries(profiles);
    expect(queries.length).toBeGreaterThan(30);
    const page = await openPage(browser());
    await page.goto(new URL('search/', siteUrl).href);
    const found = await searchAll(page, new URL(siteUrl).pathname, [...new Set(queries.map((each) => each.query))], 40);
    const failures: string[] = [];
    for (const { query, target: profile } of queries) {
      const top = found.get(query) ?? [];
      const mentions = mentionsOf(profile, articles);
      const expected = [profile.path, ...mentions.keys()];
      const first = top.slice(0, expected.length);
      const tiers = first.slice(1).map((sitePath) => mentionTier(mentions.get(sitePath) ?? 0));
      const ordered = tiers.every((tier, index) => index === 0 || tier <= tiers[index - 1]!);
      if (first[0] !== profile.path || [...first].sort().join() !== [...expected].sort().join() || !ordered) {
        failures.push(`"${query}": want ${profile.path}, then ${[...mentions].map(([p, n]) => `${p} (${n})`).join(', ')}; got ${top.slice(0, expected.length + 2).join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
