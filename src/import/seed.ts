/**
 * Feed items to Markdown seeds, and what importing them would change in a
 * seed folder. Pure: the folder's names and files come in, a plan of writes
 * and a summary go out. An item's file name comes from its identity (guid,
 * Atom id or link), so importing the same file again finds the same files.
 */
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { stringify } from 'yaml';
import type { Feed, FeedItem } from './feed';
import { htmlToMarkdown } from './markdown';

/** What importing one item does. */
export type Outcome =
  | { kind: 'added' | 'updated' | 'unchanged'; item: FeedItem; file: string; text: string }
  | { kind: 'skipped'; item: FeedItem; reason: string; warning?: boolean };

/** The words of a file name taken from the title: enough to recognise it in a listing. */
const SLUG_WORDS = 8;

/** `nakuru-mcas-split-over-new-county-boundaries-plan-3f9a2c1b.md`: the title's words, then the identity's hash. */
export function seedName(item: FeedItem, existing: ReadonlyMap<string, string> = new Map()): string {
  const hash = identityHash(item.identity);
  // An item whose title was edited keeps the file it was first imported to.
  const earlier = existing.get(hash);
  if (earlier) return earlier;
  const words = slugify((item.title ?? '').replace(/['’‘`´ʼ]/g, '')).split('-').filter(Boolean).slice(0, SLUG_WORDS).join('-');
  return `${words || 'item'}-${hash}.md`;
}

/** Eight hex digits of the item's identity: the part of its file name that never changes. */
export function identityHash(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 8);
}

/** The hash at the end of an imported seed's name, for the map `seedName` reads. */
export function hashOfSeedName(name: string): string | undefined {
  return /-([0-9a-f]{8})\.md$/.exec(name)?.[1];
}

/** The seed's text: front matter (title, date, outlet, url), then the body as Markdown. */
export function seedText(item: FeedItem, outlet: string | undefined, body: string): string {
  const data: Record<string, string> = {};
  if (item.title) data.title = item.title;
  if (item.date) data.date = item.date;
  if (outlet) data.outlet = outlet;
  if (item.url) data.url = item.url;
  const front = Object.keys(data).length > 0 ? `---\n${stringify(data, { lineWidth: 0 })}---\n\n` : '';
  return `${front}${body}\n`;
}

/**
 * What importing `feed` into a folder does, item by item. `existing` maps the
 * hash of each imported seed already in the folder to its name; `read` gives
 * a file's current text (undefined when there is none).
 */
export function planImport(feed: Feed, existing: ReadonlyMap<string, string>, read: (file: string) => string | undefined): Outcome[] {
  const seen = new Map<string, FeedItem>();
  return feed.items.map((item): Outcome => {
    if (item.skip) return { kind: 'skipped', item, reason: item.skip };
    const twin = seen.get(item.identity);
    if (twin) return { kind: 'skipped', item, reason: `repeats ${describeItem(twin)} (the same id)`, warning: true };
    seen.set(item.identity, item);
    const body = htmlToMarkdown(item.html);
    if (!/\p{L}/u.test(body)) return { kind: 'skipped', item, reason: 'has no text', warning: true };
    const file = seedName(item, existing);
    const text = seedText(item, feed.outlet, body);
    const current = read(file);
    const kind = current === undefined ? 'added' : current === text ? 'unchanged' : 'updated';
    return { kind, item, file, text };
  });
}

/** `"Title" (item 3)`, or `item 3` for an item without a title: how messages name an item. */
export function describeItem(item: FeedItem): string {
  return item.title ? `"${item.title}" (item ${item.position})` : `item ${item.position}`;
}

/** One line per file: the counts, then a line per skipped item and why. */
export function summarise(file: string, kind: Feed['kind'], outcomes: Outcome[]): string[] {
  const count = (wanted: Outcome['kind']) => outcomes.filter((outcome) => outcome.kind === wanted).length;
  const lines = [
    `${file} (${kind}, ${outcomes.length} item${outcomes.length === 1 ? '' : 's'}): ${count('added')} added, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('skipped')} skipped`,
  ];
  for (const outcome of outcomes) {
    if (outcome.kind === 'skipped') lines.push(`  skipped ${describeItem(outcome.item)}: ${outcome.reason}`);
  }
  return lines;
}

/** The one-line warnings: items the file meant as articles but that could not become one. */
export function itemWarnings(file: string, outcomes: Outcome[]): string[] {
  return outcomes.flatMap((outcome) => (outcome.kind === 'skipped' && outcome.warning ? [`${file}: ${describeItem(outcome.item)} ${outcome.reason}; skipped`] : []));
}
