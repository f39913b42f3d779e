/**
 * Mentions month by month (src/site/timeline.ts): the counts, the months in
 * between, and the strip of bars that draws them.
 */
import { describe, expect, it } from 'vitest';
import { mentionsByMonth, mentionsIn, monthsBetween, timelineStrip } from '../../src/site/timeline';

describe('mentions by month', () => {
  it('is empty when no article is dated', () => {
    expect(mentionsByMonth([{ mentions: 3 }, { mentions: 1 }])).toEqual([]);
  });

  it('counts articles and mentions per month, every month from the first to the last', () => {
    expect(
      mentionsByMonth([
        { date: '2024-03-05', mentions: 2 },
        { date: '2024-01-31', mentions: 1 },
        { date: '2024-03-20', mentions: 4 },
        { mentions: 9 },
      ]),
    ).toEqual([
      { month: '2024-01', label: 'January 2024', articles: 1, mentions: 1 },
      { month: '2024-02', label: 'February 2024', articles: 0, mentions: 0 },
      { month: '2024-03', label: 'March 2024', articles: 2, mentions: 6 },
    ]);
  });

  it('runs across the turn of a year', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2024-05', '2024-05')).toEqual(['2024-05']);
  });

  it("reads how often an article names an entity from the article's own list, once when it is missing", () => {
    expect(mentionsIn([{ slug: 'amina-wekesa', count: 3 }], 'amina-wekesa')).toBe(3);
    expect(mentionsIn([{ slug: 'tom-barasa', count: 3 }], 'amina-wekesa')).toBe(1);
    expect(mentionsIn(undefined, 'amina-wekesa')).toBe(1);
  });
});

describe('the strip', () => {
  const months = mentionsByMonth([
    { date: '2024-01-10', mentions: 4 },
    { date: '2024-03-10', mentions: 2 },
  ]);

  it('draws one bar per month, the busiest month full height, an empty one not at all', () => {
    const strip = timelineStrip(months);
    expect(strip.bars.map((bar) => bar.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    const [january, february, march] = strip.bars;
    expect(strip.max).toBe(4);
    expect(january!.y + january!.height).toBe(strip.baseline);
    expect(february!.height).toBe(0);
    expect(march!.height).toBeCloseTo(january!.height / 2, 1);
  });

  it('keeps bars in order and inside the picture', () => {
    const strip = timelineStrip(months);
    const xs = strip.bars.map((bar) => bar.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const bar of strip.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(strip.width);
      expect(bar.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('names every month up to a year, with the year on the first', () => {
    expect(timelineStrip(months).ticks.map((tick) => tick.text)).toEqual(['Jan 2024', 'Feb', 'Mar']);
  });

  it('names only the first month and each year beyond a year', () => {
    const long = mentionsByMonth([
      { date: '2022-06-01', mentions: 1 },
      { date: '2024-08-01', mentions: 1 },
    ]);
    expect(long).toHaveLength(27);
    const ticks = timelineStrip(long).ticks;
    expect(ticks.map((tick) => tick.text)).toEqual(['Jun 2022', '2023', '2024']);
    expect(ticks[0]!.anchor).toBe('start');
    for (const tick of ticks) expect(tick.x).toBeLessThan(timelineStrip(long).width);
  });
});
