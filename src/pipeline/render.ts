/**
 * The render stage: an article's body to sanitized HTML, once, with every
 * first mention of an entity per paragraph linked. Plain-text seeds are text
 * (nothing in them is markup); Markdown seeds keep their formatting but lose
 * raw HTML and any link that is not http(s), mailto or relative.
 */
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeLinkMentions, { type MentionLink } from '../plugins/rehype-link-mentions';
import rehypeParagraphAnchors from '../plugins/rehype-paragraph-anchors';
import { bodyAfterHeadline } from './article-body';
import type { Article } from './types';

// Images are left out: the site's Content-Security-Policy loads none from other hosts,
// and an article's pictures are not what the site is for.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img' && tag !== 'picture' && tag !== 'source'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

// Built once and frozen: every article goes through the same processors, its mentions in its file's data.
const markdown = unified().use(remarkParse).freeze();
const html = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeLinkMentions)
  .use(rehypeParagraphAnchors)
  .use(rehypeStringify)
  .freeze();

/** The render stage as the pipeline calls it: `renderArticle`, or a stand-in in a check that renders nothing. */
export type Render = (article: Article, mentions: MentionLink[]) => string;

/**
 * Renders an article's body as its page shows it under the headline: a
 * headline that is the whole first sentence is not said again. `mentions` are
 * the texts to link and where to.
 */
export function renderArticle(article: Article, mentions: MentionLink[]): string {
  const tree: MdastRoot = article.markdown === undefined ? plainTextTree(article.paragraphs) : markdown.parse(article.markdown);
  const file = new VFile();
  file.data.mentions = mentions;
  return bodyAfterHeadline(html.stringify(html.runSync(tree, file), file), article.title);
}

/** Plain text is paragraphs of text, never Markdown: `[x](y)` and `<b>` stay as written. */
function plainTextTree(paragraphs: string[]): MdastRoot {
  return {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
}
