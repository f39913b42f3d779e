/**
 * The seed site built with SIASA_LANG=sw (global-setup's third build): every
 * kind of page says `lang="sw"` and speaks Kiswahili around the articles' own
 * words, with none of the English interface left; the articles stay as written.
 */
import { expect, inject, test } from 'vitest';
import { useBrowser, visit } from '../support/browser';
import { seedPages } from './seed-pages';

const swUrl = inject('swUrl');
const pages = await seedPages(inject('swDist'));
const browser = useBrowser();

/** What each kind of page says in Kiswahili, beyond the chrome every page shares. */
const ownWords: Record<string, string[]> = {
  'the home page': ['Watu wanaotajwa zaidi', 'Vyama vinavyotajwa zaidi'],
  'the list of people': ['kwa mpangilio wa majina ya ukoo', 'Chuja orodha'],
  'the list of parties': ['na miungano', 'Chuja orodha'],
  'the list of articles': ['mpya kwanza'],
  'an article': ['Wanaotajwa katika makala hii', 'za kusoma', 'Kwa wahariri'],
  'a person': ['Mtu', 'Huandikwa pia', 'Katika ukurasa huu'],
  'a party': ['Chama', 'Katika ukurasa huu'],
  'a search with results': ['Tafuta watu, vyama na makala', 'Chama chochote'],
  'the network page': ['Mtandao'],
  'the review page': [],
  'the not-found page': ['Ukurasa haupatikani', 'Au pitia:'],
};

/** The chrome on every page, in Kiswahili. */
const chrome = ['Ruka hadi maudhui', 'Menyu', 'Makala', 'Watu', 'Vyama', 'Tafuta…'];
/** English interface strings that must not survive in the Kiswahili build. */
const english = [
  'Skip to content',
  'Search people, parties and articles',
  'On this page',
  'Menu',
  'Most mentioned',
  'Page not found',
  'Appears with',
  'Mentions over time',
  'The network as a table',
];

test.each(pages)('$name ($path) is in Kiswahili, lang="sw"', async ({ name, path, status = 200, ready }) => {
  const page = await visit(browser(), swUrl, path, { status });
  await ready?.(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('sw');
  const text = await page.evaluate(() => document.body.textContent ?? '');
  const placeholder = await page.locator('#site-search').getAttribute('placeholder');
  for (const words of [...chrome.filter((word) => word !== 'Tafuta…'), ...(ownWords[name] ?? [])]) expect(text, name).toContain(words);
  expect(placeholder).toBe('Tafuta…');
  for (const words of english) expect(text, name).not.toMatch(new RegExp(`\\b${words}\\b`));
});

test('an article keeps its own English words, and the header writes its numbers the Kiswahili way', async () => {
  const page = await visit(browser(), swUrl, pages.find(({ name }) => name === 'an article')!.path);
  await expect.poll(() => page.locator('.article-body').textContent()).toMatch(/\b(the|and|of)\b/);
  expect(await page.locator('.article-facts').textContent()).toMatch(/Dakika \d+ (ya|za) kusoma/);
});

/** The visible text of every element `selector` matches on the page at `path` of the Kiswahili site. */
async function textsOf(path: string, selector: string): Promise<string[]> {
  const page = await visit(browser(), swUrl, path);
  return (await page.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

test("a profile's section headings are in Kiswahili", async () => {
  const person = await textsOf(pages.find(({ name }) => name === 'a person')!.path, 'main h2');
  expect(person).toEqual(expect.arrayContaining(['Vyeo', 'Vyama', 'Nukuu', 'Hutajwa pamoja na']));
  expect(person.some((heading) => /^Hutajwa katika makala \d+$/.test(heading)), person.join(' | ')).toBe(true);
  for (const english of ['Roles', 'Parties', 'Quotes', 'Appears with']) expect(person).not.toContain(english);

  const party = await textsOf(pages.find(({ name }) => name === 'a party')!.path, 'main h2');
  expect(party).toEqual(expect.arrayContaining(['Watu', 'Hutajwa pamoja na']));
  for (const english of ['People', 'Coalitions', 'Appears with']) expect(party).not.toContain(english);
});

test("the network page's picture and table are captioned in Kiswahili", async () => {
  const path = pages.find(({ name }) => name === 'the network page')!.path;
  const [caption] = await textsOf(path, '#network-table caption');
  expect(caption).toMatch(/^Watu na vyama \d+ walio kwenye picha/);
  const [figure] = await textsOf(path, '#network-picture figcaption');
  expect(figure).toMatch(/^Watu na vyama \d+, katika mpangilio wa nguvu/);
  expect(await textsOf(path, '#network-table thead th')).toEqual(['Jina', 'Aina', 'Kutajwa', 'Hutajwa zaidi pamoja na (makala wanazoshiriki)']);
});

test("a party's relation words, in its lists and its picture, are in Kiswahili; offices stay as written", async () => {
  const path = '/parties/orange-democratic-movement/';
  const relations = await textsOf(path, '#people .relation');
  // (No seed states an ODM ally: "Oburu, a close ally of ODM leader Raila Odinga" is an ally of a person, no tie to ODM.)
  expect(relations).toEqual(expect.arrayContaining(['mwanachama', 'kiongozi']));
  const groups = await textsOf(path, '.graph--ties .graph__group text');
  expect(groups).toEqual(expect.arrayContaining([expect.stringMatching(/^mwanachama \(\d+\)$/), expect.stringMatching(/^kiongozi \(\d+\)$/)]));
  for (const english of ['member', 'ally', 'leader']) {
    expect(relations, 'the list').not.toContain(english);
    expect(groups.join(' | '), 'the picture').not.toMatch(new RegExp(`\\b${english}\\b`));
  }
  expect(await textsOf('/parties/wiper-democratic-movement/', '#people .relation')).toEqual(expect.arrayContaining(['Vice Chairman', 'kiongozi']));
});

test('the JSON-LD describes roles in Kiswahili', async () => {
  const page = await visit(browser(), swUrl, pages.find(({ name }) => name === 'a person')!.path);
  const json = (await page.locator('script[type="application/ld+json"]').textContent()) ?? '';
  expect(json).toMatch(/Nafasi ya (sasa|zamani|kukaimu)/);
  expect(json).not.toMatch(/\b(Current|Former|as reported|added by an editor)\b/);
});
