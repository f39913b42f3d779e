/**
 * rehype plugin that links the first mention of each entity in each block
 * (paragraph, list item, heading) to the entity's page.
 *
 * Security: it only wraps existing text nodes in `<a>` elements whose `href`
 * comes from the options, never from the document, so it adds no way for
 * untrusted text to become markup. Run it after sanitizing.
 *
 * @example
 *   unified().use(rehypeLinkMentions, { mentions: [{ text: 'Mr Odinga', href: '/people/raila-odinga/', entity: 'person:raila odinga', kind: 'person' }] })
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface MentionLink {
  /** The text as written in the article: "Mr Odinga", "Wiper". */
  text: string;
  href: string;
  /** Which entity the text names: one link per entity per block. */
  entity: string;
  kind: 'person' | 'party';
}

export interface Options {
  /** The mentions to link; a file's own `file.data.mentions`, when set, takes their place. */
  mentions?: MentionLink[];
}

declare module 'vfile' {
  interface DataMap {
    /** The mentions to link in this document: lets one frozen processor serve every article. */
    mentions: MentionLink[];
  }
}

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt', 'figcaption']);

export default function rehypeLinkMentions(options: Options = {}) {
  return function transform(tree: Root, file?: VFile): void {
    const mentions = file?.data.mentions ?? options.mentions ?? [];
    const byText = new Map(mentions.map((mention) => [mention.text, mention]));
    // Longest first, so "Raila Odinga" wins over "Raila" where both would match.
    const texts = [...byText.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    if (texts.length === 0) return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${texts.map(escape).join('|')})(?![\\p{L}\\p{M}\\d])`, 'gu');
    visit(tree, 'element', (block: Element) => {
      // A list item of paragraphs is several blocks: link inside each paragraph.
      if (!BLOCKS.has(block.tagName) || block.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))) return;
      linkBlock(block, pattern, byText);
      return SKIP;
    });
  };
}

/** Links, within one block, the first mention of every entity. */
function linkBlock(block: Element, pattern: RegExp, byText: Map<string, MentionLink>): void {
  const linked = new Set<string>();
  visit(block, (node, index, parent) => {
    if (node.type === 'element' && node.tagName === 'a') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const pieces = split(node, pattern, byText, linked);
    if (pieces.length === 1 && pieces[0] === node) return;
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

/** Cuts a text node around the mentions in it that are still to be linked. */
function split(node: Text, pattern: RegExp, byText: Map<string, MentionLink>, linked: Set<string>): ElementContent[] {
  const pieces: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const mention = byText.get(match[0]);
    if (!mention || linked.has(mention.entity)) continue;
    linked.add(mention.entity);
    if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: { href: mention.href, className: ['mention'], dataEntity: mention.kind },
      children: [{ type: 'text', value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return [node];
  if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
  return pieces;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
