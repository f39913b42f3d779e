/**
 * Mentions of one person or party month by month, from the dated articles that
 * name them, and the strip of bars that draws them. Undated articles are left
 * out; with no dated article there is no timeline. Fixed time zone (UTC).
 */
import { locale } from '../i18n';

/** One calendar month of a timeline. */
export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  /** `March 2024`. */
  label: string;
  /** Dated articles of that month that mention the entity. */
  articles: number;
  /** Mentions in those articles. */
  mentions: number;
}

/** An article that mentions the entity: its date, if known, and how often it names it. */
export interface DatedMentions {
  date?: string;
  mentions: number;
}

// Month names in the build's language (SIASA_LANG): "March 2024", "Machi 2024".
const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });

/**
 * Every month from the first dated article to the last, empty months
 * included (so the strip's time runs evenly), each with its counts.
 * @example mentionsByMonth([{ date: '2024-03-05', mentions: 2 }]) // [{ month: '2024-03', label: 'March 2024', articles: 1, mentions: 2 }]
 */
export function mentionsByMonth(items: readonly DatedMentions[]): MonthCount[] {
  const counts = new Map<string, { articles: number; mentions: number }>();
  for (const { date, mentions } of items) {
    if (!date || !/^\d{4}-\d{2}/.test(date)) continue;
    const month = date.slice(0, 7);
    const count = counts.get(month) ?? { articles: 0, mentions: 0 };
    counts.set(month, { articles: count.articles + 1, mentions: count.mentions + mentions });
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  return monthsBetween(months[0]!, months[months.length - 1]!).map((month) => ({
    month,
    label: monthName.format(monthStart(month)),
    ...(counts.get(month) ?? { articles: 0, mentions: 0 }),
  }));
}

/**
 * Every `YYYY-MM` from `first` to `last`, both included.
 * @example monthsBetween('2024-11', '2025-01') // ['2024-11', '2024-12', '2025-01']
 */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** One month's bar, in SVG coordinates. */
export interface Bar {
  month: string;
  label: string;
  mentions: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label under the strip: a month name, or a year where one begins. */
export interface Tick {
  x: number;
  text: string;
  /** SVG's `text-anchor`: the first label of a long strip starts at the edge. */
  anchor: 'start' | 'middle';
}

/** The strip: one bar per month, heights by mentions, labels along the bottom. */
export interface TimelineStrip {
  width: number;
  height: number;
  /** The line the bars stand on. */
  baseline: number;
  bars: Bar[];
  ticks: Tick[];
  /** The most mentions in one month: the tallest bar. */
  max: number;
}

const STRIP = { width: 640, plot: 72, top: 16, bottom: 22, side: 8, gap: 2 } as const;

/**
 * Lays out a timeline's bars. Up to a year, every month is named under its
 * bar; past that, only the first month and each January (as its year).
 */
export function timelineStrip(months: readonly MonthCount[]): TimelineStrip {
  const { width, plot, top, bottom, side, gap } = STRIP;
  const baseline = top + plot;
  const max = Math.max(1, ...months.map((month) => month.mentions));
  const slot = (width - 2 * side) / Math.max(1, months.length);
  const barWidth = Math.max(1, slot - (slot > 4 * gap ? gap : 0));
  const bars = months.map((month, index): Bar => {
    const height = month.mentions === 0 ? 0 : Math.max(2, (plot * month.mentions) / max);
    return {
      month: month.month,
      label: month.label,
      mentions: month.mentions,
      x: round(side + index * slot + (slot - barWidth) / 2),
      y: round(baseline - height),
      width: round(barWidth),
      height: round(height),
    };
  });
  const everyMonth = months.length <= 12;
  const ticks = months.flatMap((month, index): Tick[] => {
    // Kept clear of the right edge, so a centred label is never cut.
    const x = round(Math.min(side + (index + 0.5) * slot, width - side - 16));
    const start = monthStart(month.month);
    const withYear = `${shortMonth.format(start)} ${month.month.slice(0, 4)}`;
    if (everyMonth) return [{ x, text: index === 0 || month.month.endsWith('-01') ? withYear : shortMonth.format(start), anchor: 'middle' }];
    if (index === 0) return [{ x: side, text: withYear, anchor: 'start' }];
    // A January that would crowd the first label is left unlabelled.
    return month.month.endsWith('-01') && index * slot > 72 ? [{ x, text: month.month.slice(0, 4), anchor: 'middle' }] : [];
  });
  return { width, height: baseline + bottom, baseline, bars, ticks, max };
}

/**
 * How often an article names an entity, from the article's own counts (once, when it does not say).
 * @example mentionsIn([{ slug: 'amina-wekesa', count: 3 }], 'amina-wekesa') // 3
 */
export function mentionsIn(refs: readonly { slug: string; count: number }[] | undefined, slug: string): number {
  return refs?.find((ref) => ref.slug === slug)?.count ?? 1;
}

function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
