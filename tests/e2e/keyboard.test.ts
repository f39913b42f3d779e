/**
 * Keyboard only: on the home page and a person's page, pressing Tab reaches
 * every link, field and button, and wherever focus lands it can be seen: the
 * element is on screen and drawn with a focus ring (an outline or a shadow).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, visit } from '../support/browser';

const siteUrl = inject('siteUrl');

const browser = useBrowser();

/** Where focus is after a key press, and whether a sighted keyboard user can see it. */
interface Focus {
  /** The `data-keyboard-target` number given to the element, if it is one of the targets. */
  target?: string;
  /** The element, for messages: `a "People" → /people/`. */
  label: string;
  /** Drawn with an outline or a box shadow. */
  ring: boolean;
  /** Inside the viewport, with a size. */
  onScreen: boolean;
}

/** Numbers every element a keyboard user must be able to reach, and returns their labels in page order. */
function markTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll<HTMLElement>('a[href], input, button, select, textarea')].filter(
      (element) => !element.matches(':disabled') && element.checkVisibility(),
    );
    elements.forEach((element, index) => (element.dataset.keyboardTarget = String(index)));
    return elements.map((element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ') || element.getAttribute('type') || '';
      return `${element.localName} "${text}"${element.getAttribute('href') ? ` → ${element.getAttribute('href')}` : ''}`;
    });
  });
}

function currentFocus(page: Page): Promise<Focus | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ') || element.getAttribute('type') || '';
    return {
      target: element.dataset.keyboardTarget,
      label: `${element.localName} "${text}"${element.getAttribute('href') ? ` → ${element.getAttribute('href')}` : ''}`,
      ring: (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    };
  });
}

describe('keyboard', () => {
  test.each([
    ['the home page', '/'],
    ['a person', '/people/raila-odinga/'],
  ])('Tab reaches every link and the search field of %s, and focus is always visible', async (_, path) => {
    // Reduced motion turns off smooth scrolling, so a focused element is in view as soon as it has focus.
    const page = await visit(browser(), siteUrl, path, { reducedMotion: 'reduce' });
    const targets = await markTargets(page);
    expect(targets.some((target) => target.startsWith('input')), `a search field on ${path}`).toBe(true);

    const reached = new Set<string>();
    const unseen: string[] = [];
    // Once around the page, and a little more; stop when focus leaves the page or comes back to the start.
    for (let presses = 0; presses < targets.length + 20; presses++) {
      await page.keyboard.press('Tab');
      const focus = await currentFocus(page);
      if (!focus || (focus.target !== undefined && reached.has(focus.target))) break;
      if (focus.target !== undefined) reached.add(focus.target);
      if (!focus.ring || !focus.onScreen) {
        unseen.push(`${focus.label}${focus.ring ? '' : ' (no focus ring)'}${focus.onScreen ? '' : ' (off screen)'}`);
      }
    }

    const missed = targets.filter((_, index) => !reached.has(String(index)));
    expect(missed, `elements on ${path} that Tab never reaches`).toEqual([]);
    expect(unseen, `elements on ${path} whose focus cannot be seen`).toEqual([]);
  });
});
