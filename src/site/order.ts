/**
 * How lists on the site are ordered and grouped. Pure functions, so the same
 * content always gives the same pages.
 */

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The last tiebreak, by slug where there is one: two articles of one title and
 * date, or two people of one name, must not keep the order the content store
 * handed them over in, which follows file reads that finish in any order (and
 * differs between the processes of a split build).
 */
function bySlug(a: { slug?: string }, b: { slug?: string }): number {
  const x = a.slug ?? '';
  const y = b.slug ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Alphabetical by `name`, ignoring case and accents; ties by slug. */
export function byName(a: { name: string; slug?: string }, b: { name: string; slug?: string }): number {
  return collator.compare(a.name, b.name) || bySlug(a, b);
}

/** Dated articles first, newest first; then undated ones; ties by title, then slug. */
export function byNewestThenTitle(a: { title: string; date?: string; slug?: string }, b: { title: string; date?: string; slug?: string }): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    // ISO dates (YYYY-MM-DD) sort correctly as strings.
    return a.date < b.date ? 1 : -1;
  }
  return collator.compare(a.title, b.title) || bySlug(a, b);
}

/** Most mentioned first; ties by name. */
export function byMentionsThenName(
  a: { name: string; mentionCount: number },
  b: { name: string; mentionCount: number },
): number {
  return b.mentionCount - a.mentionCount || byName(a, b);
}

/** How strongly two entities are tied, as the ingest counts it (see `coMentions` in `src/pipeline/co-mentions.ts`). */
export interface TieStrength {
  name: string;
  /** Articles that name both. */
  count: number;
  /** Paragraphs that name both. */
  paragraphs: number;
  /** Mentions of the other in the articles they share. */
  mentions: number;
}

/**
 * Strongest tie first: most shared articles, then most shared paragraphs, then
 * most mentions; ties by name. The ingest writes each list in this order; this
 * keeps it when people and parties are merged into one picture or table.
 */
export function byStrength(a: TieStrength, b: TieStrength): number {
  return b.count - a.count || b.paragraphs - a.paragraphs || b.mentions - a.mentions || byName(a, b);
}

/** Words after a surname that are not the surname: "Jnr", "Snr", "II". */
const NAME_SUFFIXES = /^(jnr|jr|junior|snr|sr|senior|ii|iii|iv)\.?,?$/i;

/**
 * The word a person is filed under in an A–Z list: the surname, taken to be the
 * last word of the name once suffixes such as "Jnr" are set aside (a one-word
 * name is filed under itself).
 * @example sortName('Amina Wekesa') // 'Wekesa'
 * @example sortName('Mutula Kilonzo Jnr') // 'Kilonzo'
 */
export function sortName(name: string): string {
  const words = name.trim().split(/\s+/).map((word) => word.replace(/,$/, ''));
  while (words.length > 1 && NAME_SUFFIXES.test(words[words.length - 1] ?? '')) words.pop();
  return words[words.length - 1] ?? name;
}

/**
 * The letter a name is filed under: its first letter without accents, upper
 * case, or '#' when it does not start with a Latin letter.
 * @example initialOf('Ōmondi') // 'O'
 */
export function initialOf(word: string): string {
  const letter = word.normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(letter) ? letter : '#';
}

/** One letter of an A–Z list and the entries filed under it. */
export interface LetterGroup<T> {
  letter: string;
  entries: T[];
}

/**
 * Entries grouped by the initial of their surname, letters in order ('#' last),
 * entries within a letter by surname and then full name.
 */
export function groupBySurname<T extends { name: string }>(entries: readonly T[]): LetterGroup<T>[] {
  return groupByInitial(entries, (entry) => sortName(entry.name));
}

/** Entries grouped by the initial of their whole name, as parties are filed. */
export function groupByName<T extends { name: string }>(entries: readonly T[]): LetterGroup<T>[] {
  return groupByInitial(entries, (entry) => entry.name);
}

function groupByInitial<T extends { name: string }>(entries: readonly T[], keyOf: (entry: T) => string): LetterGroup<T>[] {
  const sorted = [...entries].sort((a, b) => collator.compare(keyOf(a), keyOf(b)) || byName(a, b));
  const groups = new Map<string, T[]>();
  for (const entry of sorted) {
    const letter = initialOf(keyOf(entry));
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, grouped]) => ({ letter, entries: grouped }));
}
