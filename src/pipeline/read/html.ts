/**
 * Saved web pages (`.html`, `.htm`) as seeds: the page's metadata, then its
 * furniture removed, then the article's main text found by Readability (the
 * library behind Firefox's reader view), as plain text blocks. The page is
 * parsed by linkedom, which runs no scripts and loads nothing; no markup
 * survives: the blocks are text, read like a `.txt` seed's lines.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { removeFurniture } from './html-furniture';
import { readPageMeta, type PageMeta } from './html-meta';

export type { PageMeta } from './html-meta';

export interface SavedPage {
  meta: PageMeta;
  /** The article's text, one block (paragraph, list item, subheading) per entry, in order. */
  blocks: string[];
}

/** Elements that end a run of text: each starts a new block. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/**
 * Below Readability's default of 500 characters: a photo gallery's story is a
 * paragraph or two, and with the default Readability would parse the page four
 * times over before settling for it.
 */
const MIN_ARTICLE_CHARACTERS = 100;

/** Reads a saved page's text; `undefined` when no article text can be found in it. */
export function readSavedPage(html: string): SavedPage | undefined {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const h1 = document.querySelector('h1')?.textContent ?? undefined;
  const meta = readPageMeta(document, h1?.replace(/\s+/g, ' ').trim() || undefined);
  removeFurniture(document);
  const article = new Readability(document, {
    charThreshold: MIN_ARTICLE_CHARACTERS,
    disableJSONLD: true,
    serializer: (node: Node) => node,
  }).parse();
  const blocks = article?.content ? textBlocks(article.content) : [];
  return blocks.length > 0 ? { meta, blocks } : undefined;
}

/**
 * A block this much link is a pointer to another page (a headline in a list,
 * "Read more"), not the story: a story's paragraph may link a name, not be one.
 */
const MAX_LINK_SHARE = 0.9;

/**
 * The text of `root`, split where block elements begin and end, whitespace
 * collapsed as a browser would; blocks that are all link left out.
 */
export function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let run = '';
  let linked = 0;
  const flush = () => {
    const text = run.replace(/\s+/g, ' ').trim();
    if (text && linked < MAX_LINK_SHARE * run.trim().length) blocks.push(text);
    run = '';
    linked = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        run += value;
        if (inLink) linked += value.length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child, inLink || tag === 'a');
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  return blocks;
}
