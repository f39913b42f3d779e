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
    if (mentions.length === 0) return;
    const matcher = mentionMatcher(mentions);
    visit(tree, 'element', (block: Element) => {
      // A list item of paragraphs is several blocks: link inside each paragraph.
      if (!BLOCKS.has(block.tagName) || block.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))) return;
      linkBlock(block, matcher);
      return SKIP;
    });
  };
}

/** Finds, at a word's start, the longest mention text written there that ends at a word's end. */
type Matcher = (text: string, start: number) => MentionLink | undefined;

// Letters, marks and digits make words: a mention must not start or end inside one ("Rapuo" in "Rapuoson").
const WORD = /[\p{L}\p{M}\d]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;

/**
 * Indexes the mention texts by their first word, longest first, so that each
 * word of the document costs one map look-up. One alternation of every text
 * (the obvious regular expression) is compiled afresh for each article and
 * tried at every character: it was the ingest's single largest cost.
 */
function mentionMatcher(mentions: MentionLink[]): Matcher {
  const byFirstWord = new Map<string, MentionLink[]>();
  for (const mention of new Map(mentions.map((item) => [item.text, item])).values()) {
    WORD.lastIndex = 0;
    const first = WORD.exec(mention.text);
    // A text must start with its first word; one that starts with a quote or a dash cannot be told apart from its surroundings.
    if (!first || first.index !== 0) continue;
    const candidates = byFirstWord.get(first[0]) ?? [];
    candidates.push(mention);
    byFirstWord.set(first[0], candidates);
  }
  // Longest first, so "Raila Odinga" wins over "Raila" where both would match.
  for (const candidates of byFirstWord.values()) candidates.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  return (text, start) => {
    WORD.lastIndex = start;
    const word = WORD.exec(text);
    if (!word || word.index !== start) return undefined;
    return byFirstWord.get(word[0])?.find((mention) => text.startsWith(mention.text, start) && !startsWord(text, start + mention.text.length));
  };
}

function startsWord(text: string, at: number): boolean {
  const next = text.codePointAt(at);
  return next !== undefined && WORD_CHAR.test(String.fromCodePoint(next));
}

/** Links, within one block, the first mention of every entity. */
function linkBlock(block: Element, matcher: Matcher): void {
  const linked = new Set<string>();
  visit(block, (node, index, parent) => {
    if (node.type === 'element' && node.tagName === 'a') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const pieces = split(node, matcher, linked);
    if (pieces.length === 1 && pieces[0] === node) return;
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

/** Cuts a text node around the mentions in it that are still to be linked. */
function split(node: Text, matcher: Matcher, linked: Set<string>): ElementContent[] {
  const { value } = node;
  const pieces: ElementContent[] = [];
  let last = 0;
  // Word by word: a match is taken whole, so a shorter text inside it ("Odinga" in "Raila Odinga") is never matched again.
  for (let at = nextWord(value, 0); at !== -1; ) {
    const mention = matcher(value, at);
    if (!mention) {
      at = nextWord(value, wordEnd(value, at));
      continue;
    }
    const end = at + mention.text.length;
    if (!linked.has(mention.entity)) {
      linked.add(mention.entity);
      if (at > last) pieces.push({ type: 'text', value: value.slice(last, at) });
      pieces.push({
        type: 'element',
        tagName: 'a',
        properties: { href: mention.href, className: ['mention'], dataEntity: mention.kind },
        children: [{ type: 'text', value: mention.text }],
      });
      last = end;
    }
    at = nextWord(value, end);
  }
  if (pieces.length === 0) return [node];
  if (last < value.length) pieces.push({ type: 'text', value: value.slice(last) });
  return pieces;
}

/** Where the next word starts at or after `from`, or -1. */
function nextWord(text: string, from: number): number {
  WORD.lastIndex = from;
  return WORD.exec(text)?.index ?? -1;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  WORD.lastIndex = start;
  WORD.exec(text);
  return WORD.lastIndex;
}
