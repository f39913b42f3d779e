/**
 * Names find their profiles: for every person and party of a built site, the
 * canonical name and each alias of four letters or more must bring up that
 * profile first, or, for an alias other profiles' names share, all of its
 * owners in the top three; so must the name as people type it (lower case,
 * without apostrophes or accents, surname or first name alone). Checked on the
 * seed site and on 200 synthetic articles from `bench/corpus`, all queries of a
 * site run in one page through Pagefind's JS API with the search page's options.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from '../support/background-sites';
import { openPage, useBrowser } from '../support/browser';
import { checkRanking, rankingCases, rankingReport, readProfiles, type QueryForm } from '../support/search-ranking';

const namesAndAliases: QueryForm[] = ['canonical', 'alias'];
const typedForms: QueryForm[] = ['lower case', 'folded', 'surname', 'first name'];

const browser = useBrowser();

/** A page on the site's search page, from which Pagefind is imported. */
async function searchPage(siteUrl: string): Promise<Page> {
  const page = await openPage(browser());
  await page.goto(new URL('search/', siteUrl).href);
  return page;
}

/** Runs the check for some query forms and fails with the report if any query misses. */
async function expectRanking(label: string, siteUrl: string, content: string, forms: QueryForm[]): Promise<void> {
  const profiles = await readProfiles(content);
  expect(profiles.length, `profiles in ${content}`).toBeGreaterThan(0);
  const outcomes = await checkRanking(await searchPage(siteUrl), new URL(siteUrl).pathname, rankingCases(profiles, forms));
  const report = rankingReport(label, outcomes);
  console.log(report);
  expect(outcomes.filter((outcome) => !outcome.passed).length, report).toBe(0);
}

describe('the seed site', () => {
  const siteUrl = inject('siteUrl');
  const content = path.join(path.dirname(inject('siteDist')), 'content');

  test('every canonical name and alias finds its profile', async () => {
    await expectRanking('seeds, names and aliases', siteUrl, content, namesAndAliases);
  });

  test('names typed as people type them find their profiles', async () => {
    await expectRanking('seeds, names as typed', siteUrl, content, typedForms);
  });
});

describe('200 synthetic articles', () => {
  // What `npm run bench:corpus -- --articles 200 --out DIR` writes, built in the background.
  const served = useServedSite('search-synthetic');

  test('every canonical name and alias finds its profile', async () => {
    await expectRanking('200 articles, names and aliases', served().server.url, served().site.content, namesAndAliases);
  }, 60_000);

  test('names typed as people type them find their profiles', async () => {
    await expectRanking('200 articles, names as typed', served().server.url, served().site.content, typedForms);
  }, 60_000);
});
