/**
 * Reads the dateline a wire story opens with ("NAIROBI, Kenya, Mar 4, 2024 –"):
 * the place, and the date when the line gives a year. A dateline without a
 * year gives no date: the year is never guessed.
 */

/** What an article's opening dateline states. */
export interface Dateline {
  /** The place as written: "NAIROBI, Kenya". */
  place: string;
  /** YYYY-MM-DD, only when the dateline has a year. */
  date?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// A place in capitals, an optional country, a month and day, an optional year, then a dash.
const DATELINE =
  /^(?<place>\p{Lu}[\p{Lu} .'’-]{2,}(?:,\s*\p{Lu}\p{Ll}+)?),\s*(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?\s*[–—-]/u;

/**
 * The dateline at the start of a paragraph, if it has one.
 * @example readDateline('NAIROBI, Kenya, Mar 4, 2024 – Leaders met…') // { place: 'NAIROBI, Kenya', date: '2024-03-04' }
 * @example readDateline('NAIROBI, Kenya, Mar 4 – Leaders met…') // { place: 'NAIROBI, Kenya' }
 */
export function readDateline(paragraph: string): Dateline | undefined {
  const groups = DATELINE.exec(paragraph.trimStart())?.groups;
  if (groups === undefined) return undefined;
  const place = (groups.place ?? '').trim();
  const month = monthOf(groups.month ?? '');
  const day = Number(groups.day);
  const date = groups.year === undefined ? undefined : isoDate(Number(groups.year), month, day);
  return date === undefined ? { place } : { place, date };
}

/** A month's number from its name or abbreviation ("Mar", "March" → 3); 0 for none. */
export function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** YYYY-MM-DD for a real calendar day; undefined for "Feb 30". */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
