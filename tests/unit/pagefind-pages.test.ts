import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexedSections } from '../../scripts/pagefind.mjs';

const pages = fileURLToPath(new URL('../../src/pages/', import.meta.url));

/** Route files whose markup (front matter and comments aside) gives an element `data-pagefind-body`. */
async function routesWithSearchBody(): Promise<string[]> {
  const files = (await readdir(pages, { recursive: true })).filter((file) => file.endsWith('.astro'));
  const found: string[] = [];
  for (const file of files) {
    const markup = (await readFile(path.join(pages, file), 'utf8'))
      .replace(/^---[\s\S]*?\n---/, '')
      .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '');
    if (/\sdata-pagefind-body[\s>]/.test(markup)) found.push(file);
  }
  return found.sort();
}

describe('the pages Pagefind reads', () => {
  it('are exactly the routes that carry data-pagefind-body, one level under their section', async () => {
    // Pagefind reads `{section}/*/index.html`: a searchable route anywhere else would silently drop out of search.
    expect(await routesWithSearchBody()).toEqual(indexedSections.map((section) => path.join(section, '[slug].astro')).sort());
  });
});
