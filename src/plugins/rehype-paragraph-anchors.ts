/**
 * rehype plugin that gives each top-level paragraph an anchor (`id="p-3"`)
 * and a title for Pagefind, which then returns the paragraph that matched a
 * search as a sub-result linking straight to it.
 *
 * Security: the ids and titles are made from counters, never from the text.
 *
 * @example
 *   unified().use(rehypeParagraphAnchors) // <p> → <p id="p-1" data-pagefind-title="Paragraph 1">
 */
import type { Root } from 'hast';

export default function rehypeParagraphAnchors() {
  return function transform(tree: Root): void {
    let count = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      count++;
      node.properties = { ...node.properties, id: `p-${count}`, dataPagefindTitle: `Paragraph ${count}` };
    }
  };
}
