/**
 * The date a plain-text article was published, as outlets print it above the
 * story: "Published July 25, 2026", "By A B | Saturday, April 16th 2022",
 * "Thursday, April 03, 2025", "Nairobi, Wednesday, March 12, 2025",
 * "Sunday, May 10, 2026 at 9:15 AM EAT • 3 min read". Only a line of the
 * article's head that is mostly its date counts, never a date inside a story
 * sentence ("MCAs on Thursday, October 9, 2025 voted to …"), and only a date
 * with its year: the year is never guessed. A publishing date wins over an
 * update's.
 */
import { isoDate, monthOf } from './dateline';

const MONTH = String.raw`(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
/** "April 16th 2022", "16 April 2022", "Apr. 16, 2022", "2022-04-16". */
const DATE = new RegExp(String.raw`\b(?:${MONTH}\s+${DAY},?\s+(?<year>\d{4})|${DAY.replace('day', 'day2')}\s+${MONTH.replace('month', 'month2')},?\s+(?<year2>\d{4})|(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2}))\b`, 'i');
const UPDATED = /^\W*(?:last\s+)?updated\b/i;
/** How many lines of the head are looked at: headline, kicker, byline, date, a caption. */
const HEAD_LINES = 8;
/** What a date line may hold besides its date: "By A B |", "Published on:", "at 9:15 AM EAT • 3 min read". */
const OTHER_WORDS = 8;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const CAPITAL = /^\p{Lu}/u;
/** The lower-case words a date line holds: "Published on:", "at 9:15 am", "3 min read", "by". */
const DATE_LINE_WORDS = new Set(['on', 'at', 'by', 'and', 'published', 'posted', 'updated', 'last', 'min', 'mins', 'read', 'am', 'pm', 'eat', 'gmt', 'hrs']);

/** YYYY-MM-DD of the article's publishing date, from the lines above its story; undefined when they give none. */
export function publishedDate(lines: readonly string[]): string | undefined {
  return dateLine(lines)?.date;
}

/** The line of the head that gives the publishing date, and the date: furniture once read, as the page prints the date itself. */
export function dateLine(lines: readonly string[]): { line: string; date: string } | undefined {
  let updated: { line: string; date: string } | undefined;
  let seen = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (++seen > HEAD_LINES) break;
    const date = dateOfLine(line);
    if (!date) continue;
    if (!UPDATED.test(line)) return { line, date };
    updated ??= { line, date };
  }
  return updated;
}

function dateOfLine(line: string): string | undefined {
  const match = DATE.exec(line);
  if (!match?.groups) return undefined;
  const rest = line.slice(0, match.index) + line.slice(match.index + match[0].length);
  // Besides the date, only a byline's or a place's capitalised words and a date line's own small words:
  // "Senator dies on March 12, 2024", a headline, is an event's date, not the article's.
  const others = rest.match(WORD) ?? [];
  if (others.length > OTHER_WORDS || others.some((word) => !CAPITAL.test(word) && !DATE_LINE_WORDS.has(word.toLowerCase()))) return undefined;
  const groups = match.groups;
  if (groups.isoYear) return isoDate(Number(groups.isoYear), Number(groups.isoMonth), Number(groups.isoDay));
  return isoDate(Number(groups.year ?? groups.year2), monthOf(groups.month ?? groups.month2 ?? ''), Number(groups.day ?? groups.day2));
}
