/**
 * A plain-text article's date, printed above its story as outlets print it:
 * the roles and ties it reports carry it (issue #12: "every role and tie
 * carries its article's date where the article has one"). Only a line of the
 * head that is mostly its date counts, and only a date with its year.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/read';
import { publishedDate } from '../../src/pipeline/read/published-date';

const read = (name: string, text: string) => readArticle({ name, bytes: new TextEncoder().encode(text) }).article;
const STORY = 'Kakamega Senator Wekesa Nyongesa Barasa said the county must act on the roads before the rains.';

describe('the date line above a story', () => {
  it.each([
    ["By Gikonyo Wamathai Ndung'u | Saturday, April 16th 2022", '2022-04-16'],
    ['Published July 25, 2026', '2026-07-25'],
    ['Thursday, April 03, 2025', '2025-04-03'],
    ['Nairobi, Wednesday, March 12, 2025', '2025-03-12'],
    ['Sunday, May 10, 2026 at 9:15 AM EAT • 3 min read', '2026-05-10'],
    ['Published on: January 20, 2026 16:05 (EAT)', '2026-01-20'],
    ['Tuesday, 12 March 2024 10:00 EAT', '2024-03-12'],
    ['2024-03-12', '2024-03-12'],
  ])('%s', (line, date) => {
    expect(read('a.txt', `Senator speaks on roads\n\n${line}\n\n${STORY}\n`)?.date).toBe(date);
  });

  it('takes the date line out of the story: the page prints the date itself', () => {
    expect(read('a.txt', `Senator speaks on roads\n\nSunday, May 10, 2026 at 9:15 AM EAT • 3 min read\n\n${STORY}\n`)?.paragraphs).toEqual([STORY]);
  });

  it('prefers the publishing date to an update', () => {
    expect(publishedDate(['Headline', 'Updated: March 14, 2024', 'Published: March 12, 2024'])).toBe('2024-03-12');
  });

  it.each([
    'Members of the Kilumbi County Assembly on Thursday, October 9, 2025 voted to impeach the Deputy Governor.',
    'Senator dies on March 12, 2024',
    'Updated 2 hours ago',
    'Feb 30, 2024',
  ])('finds no date in %j', (line) => {
    expect(read('a.txt', `Senator speaks on roads\n\n${line}\n\n${STORY}\n`)?.date).toBeUndefined();
  });

  it("leaves a Markdown file's front matter date first", () => {
    expect(read('a.md', `---\ntitle: Senator speaks\ndate: 2024-01-05\n---\n\nPublished July 25, 2026\n\n${STORY}\n`)?.date).toBe('2024-01-05');
    expect(read('b.md', `---\ntitle: Senator speaks\n---\n\nPublished July 25, 2026\n\n${STORY}\n`)?.date).toBe('2026-07-25');
  });
});
