/**
 * A feed item's HTML body to Markdown, with the unified tools the pipeline
 * already uses: rehype-parse → rehype-remark → remark-stringify. What is not
 * the story is dropped on the way (scripts, embeds, pictures and their
 * captions); what is left is text and formatting, which the read and render
 * stages sanitise again like any Markdown seed's.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Elements whose content is never the story's text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'video', 'audio', 'picture', 'img', 'figure', 'figcaption', 'form', 'button', 'svg', 'nav', 'aside']);

/** A rehype plugin: removes the elements that are never article text. */
function rehypeDropFurniture() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      const dropped = node.type === 'comment' || (node.type === 'element' && DROPPED.has((node as Element).tagName));
      if (!dropped || parent === undefined || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeDropFurniture)
  .use(rehypeRemark)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true })
  .freeze();

/** Converts an HTML body to Markdown; text without markup comes back as its paragraphs. */
export function htmlToMarkdown(html: string): string {
  const tree = processor.runSync(processor.parse(html));
  return processor.stringify(tree).trim();
}
