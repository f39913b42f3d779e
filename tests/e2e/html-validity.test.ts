/**
 * Every page of the test builds passes html-validate with its `recommended`
 * preset (and the exceptions in .htmlvalidate.mjs, each with its reason): the
 * seed site, and the /kenya/ site with its article full of characters to escape.
 */
import { expect, inject, test } from 'vitest';
import { validateSite } from '../support/html-validity';

test.each([
  ['the seed site', inject('siteDist')],
  ['the /kenya/ site', inject('kenyaDist')],
])('every page of %s is valid HTML', async (_, dist) => {
  const { pages, problems } = await validateSite(dist);
  // A dist/ with no pages would pass for nothing.
  expect(pages.length, 'pages validated').toBeGreaterThan(10);
  expect(problems, 'html-validate errors and warnings').toEqual([]);
});
