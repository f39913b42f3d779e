/**
 * The pictures read well: no two labels on /network/ overlap (from the built
 * SVG's geometry, and as Chromium draws them), no text runs out of its
 * picture, and on a 390px phone and a
 * 1280px laptop no picture's text is drawn below 11px; a picture too wide for
 * the phone scrolls sideways in a named, focusable frame, and the page itself
 * never does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { LABEL_FONT_SIZE } from '../../src/site/graph';
import { labelBox, overlaps, type Box, type LabelSpot } from '../../src/site/label-placement';
import { useBrowser, visit } from '../support/browser';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const kenyaUrl = inject('kenyaUrl');

const browser = useBrowser();

/** Every page kind with a picture: the network, a person's and a party's neighbourhood, a party's ties, a timeline. */
const picturePages = [
  { site: siteUrl, path: '/network/', pictures: 1 },
  { site: siteUrl, path: '/people/raila-odinga/', pictures: 1 },
  { site: siteUrl, path: '/parties/orange-democratic-movement/', pictures: 2 },
  { site: kenyaUrl, path: '/people/amina-wekesa/', pictures: 1 },
];

/** A label of the built network picture: its text and where it is drawn. */
interface DrawnLabel extends LabelSpot {
  text: string;
}

/** The network picture's labels, read from the SVG in the built page. */
async function networkLabels(): Promise<DrawnLabel[]> {
  const html = await readFile(path.join(siteDist, 'network', 'index.html'), 'utf8');
  const figure = html.slice(html.indexOf('<figure class="graph graph--network"'));
  const svg = figure.slice(figure.indexOf('<svg'), figure.indexOf('</svg>') + '</svg>'.length);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['a', 'g', 'text', 'line'].includes(name) }).parse(svg);
  const labels: DrawnLabel[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text') {
        for (const text of value as Record<string, string>[]) {
          labels.push({ text: String(text['#text']).trim(), x: Number(text.x), y: Number(text.y), anchor: text['text-anchor'] as LabelSpot['anchor'] });
        }
      } else walk(value);
    }
  };
  walk(parsed);
  return labels;
}

/** Pairs of boxes (by name) that share any area. */
function overlapping(boxes: { name: string; box: Box }[]): string[] {
  const pairs: string[] = [];
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) if (overlaps(a.box, b.box)) pairs.push(`"${a.name}" and "${b.name}"`);
  }
  return pairs;
}

/** Every text of every picture on the page, with the size it is drawn at on screen. */
function drawnTextSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.locator('figure.graph svg text').evaluateAll((texts) =>
    texts.map((text) => {
      const scale = (text as SVGTextElement).getScreenCTM()?.a ?? 0;
      return { text: text.textContent?.trim() ?? '', px: Number.parseFloat(getComputedStyle(text).fontSize) * scale };
    }),
  );
}

describe('the network picture', () => {
  test('labels no node twice, and no two of its labels overlap, by the SVG’s own geometry', async () => {
    const labels = await networkLabels();
    expect(labels.length, 'labels in the built picture').toBeGreaterThan(10);
    expect(new Set(labels.map((label) => label.text)).size).toBe(labels.length);
    const boxes = labels.map((label) => ({ name: label.text, box: labelBox(label.text, label, LABEL_FONT_SIZE) }));
    expect(overlapping(boxes)).toEqual([]);
  });

  test('labels no two overlap as Chromium draws them', async () => {
    const page = await visit(browser(), siteUrl, '/network/');
    const boxes = await page.locator('.graph--network svg text').evaluateAll((texts) =>
      texts.map((text) => {
        const { x, y, width, height } = (text as SVGTextElement).getBBox();
        return { name: text.textContent?.trim() ?? '', box: { left: x, top: y, right: x + width, bottom: y + height } };
      }),
    );
    expect(boxes.length).toBeGreaterThan(10);
    expect(overlapping(boxes)).toEqual([]);
  });
});

describe('every picture', () => {
  test.each(picturePages)('on $path keeps all its text inside the picture', async ({ site, path: sitePath }) => {
    const page = await visit(browser(), site, sitePath);
    const outside = await page.locator('figure.graph svg text').evaluateAll((texts) =>
      texts.flatMap((text) => {
        const svg = (text as SVGTextElement).ownerSVGElement!;
        const view = svg.viewBox.baseVal;
        const { x, y, width, height } = (text as SVGTextElement).getBBox();
        const inside = x >= view.x - 0.5 && y >= view.y - 0.5 && x + width <= view.x + view.width + 0.5 && y + height <= view.y + view.height + 0.5;
        return inside ? [] : [text.textContent?.trim() ?? ''];
      }),
    );
    expect(outside).toEqual([]);
  });
});

describe.each([
  { device: 'a 390px phone', width: 390 },
  { device: 'a 1280px laptop', width: 1280 },
])('on $device', ({ width }) => {
  test.each(picturePages)('$path draws every picture’s text at 11px or more, and never scrolls the page sideways', async ({ site, path: sitePath, pictures }) => {
    const page = await visit(browser(), site, sitePath, { viewport: { width, height: 800 } });
    expect(await page.locator('figure.graph svg').count(), 'pictures on the page').toBeGreaterThanOrEqual(pictures);
    const sizes = await drawnTextSizes(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((size) => size.px < 10.95)).toEqual([]);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, 'the page is no wider than the screen').toBeLessThanOrEqual(width);
  });
});

describe('on a 390px phone, a picture wider than the screen', () => {
  test('scrolls sideways in a named frame that the keyboard reaches and scrolls', async () => {
    const page = await visit(browser(), siteUrl, '/network/', { viewport: { width: 390, height: 800 } });
    const frame = page.locator('.graph--network .graph__frame');
    const { scrollWidth, clientWidth } = await frame.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth, 'the picture is wider than its frame').toBeGreaterThan(clientWidth);
    expect(await frame.getAttribute('tabindex')).toBe('0');
    expect(await frame.getAttribute('aria-label')).toBe('The network picture');
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});
