/**
 * Every page of the test builds passes html-validate with its `recommended`
 * preset (and the exceptions in .htmlvalidate.mjs, each with its reason): the
 * seed site, the /kenya/ site with its article full of characters to escape,
 * and the seed site with its interface in Kiswahili.
 */
import { expect, inject, test } from 'vitest';
import { validateSite } from '../support/html-validity';

test.each([
  ['the seed site', inject('siteDist')],
  ['the /kenya/ site', inject('kenyaDist')],
  ['the Kiswahili site', inject('swDist')],
])('every page of %s is valid HTML', async (_, dist) => {
  const { pages, problems } = await validateSite(dist);
  // A dist/ with no pages would pass for nothing.
  expect(pages.length, 'pages validated').toBeGreaterThan(10);
  // The review report's paged lists are pages like any other.
  expect(pages.filter((page) => /^review\/[a-z-]+\/index\.html$/.test(page)).length, 'review kind pages').toBeGreaterThan(0);
  expect(problems, 'html-validate errors and warnings').toEqual([]);
});
