/**
 * The read stage: a seed file's bytes in, an `Article` out (or the problems
 * that kept it out). Pure: the caller does the disk I/O.
 */
import { createHash } from 'node:crypto';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Article, Problem, SeedFile } from '../types';
import { removeBoilerplate } from './boilerplate';
import { readDateline } from './dateline';
import { dateLine } from './published-date';
import { decode } from './decode';
import { splitFrontMatter, type FrontMatter } from './front-matter';
import { headlineFrom, isHeadline } from './headline';
import { readSavedPage, type PageMeta } from './html';
import { blockText, toParagraphs } from './paragraphs';

export interface ReadResult {
  article?: Article;
  problems: Problem[];
}

const MARKDOWN = /\.(?:md|markdown)$/i;
const SAVED_PAGE = /\.html?$/i;

/** No news article is this long; a file that is was not meant to be one (a dump, a whole site). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** A saved page carries its scripts, styles and data inline: an outlet's page of one article can be a few MB. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

/** Reads one seed file into an article: decoding, front matter, boilerplate, paragraphs, title. */
export function readArticle(file: SeedFile): ReadResult {
  const page = SAVED_PAGE.test(file.name);
  if (file.bytes.length > (page ? MAX_PAGE_BYTES : MAX_ARTICLE_BYTES)) {
    const megabytes = (file.bytes.length / 1024 / 1024).toFixed(1);
    if (page) return fail(file, `is ${megabytes} MB; a saved page over ${MAX_PAGE_BYTES / 1024 / 1024} MB is skipped (check it is one article's page)`);
    return fail(file, `is ${megabytes} MB; an article over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB is skipped (split it, or check it is one article)`);
  }
  const decoded = decode(file.bytes);
  if (!decoded.ok) return fail(file, decoded.message, decoded.line);

  if (page) return fromSavedPage(file, decoded.text);
  if (!MARKDOWN.test(file.name)) return fromPlainText(file, decoded.text);

  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return fail(file, split.message, split.line);
  const warnings = split.warnings.map((warning) => ({
    file: file.name,
    ...(warning.line ? { line: warning.line } : {}),
    message: `${file.name}${warning.line ? `:${warning.line}` : ''} ${warning.message}`,
  }));
  const result = fromMarkdown(file, split.body, split.data);
  return { ...result, problems: [...warnings, ...result.problems] };
}

function fromPlainText(file: SeedFile, text: string): ReadResult {
  // (Read from the lines as written: the byline a date shares its line with is furniture, gone from the paragraphs.)
  const dated = dateLine(text.split('\n'));
  let paragraphs = toParagraphs(withoutDateLine(removeBoilerplate(text.split('\n')), dated?.line));
  let title: string | undefined;
  if (paragraphs.length > 1 && isHeadline(paragraphs[0] ?? '')) {
    title = paragraphs[0];
    paragraphs = paragraphs.slice(1);
  }
  return build(file, paragraphs, dated ? { date: dated.date } : {}, title);
}

/**
 * The lines without the date line, which the page prints as the article's date. (Taken out once the furniture is:
 * an author's name alone on its line is furniture only with the date line under it.)
 */
function withoutDateLine(lines: string[], dateLine: string | undefined): string[] {
  const at = dateLine === undefined ? -1 : lines.indexOf(dateLine);
  return at === -1 ? lines : [...lines.slice(0, at), ...lines.slice(at + 1)];
}

/** A saved page's text blocks are read like a `.txt` file's lines: the same boilerplate rules, the same paragraphs. */
function fromSavedPage(file: SeedFile, html: string): ReadResult {
  const page = readSavedPage(html);
  if (!page) return fail(file, 'has no article text that could be found (a page of links or pictures, or a page saved before it loaded?)');
  const lines = page.blocks.flatMap((block) => [block, '']);
  return build(file, toParagraphs(removeBoilerplate(lines)), page.meta, page.meta.title);
}

function fromMarkdown(file: SeedFile, body: string, data: FrontMatter): ReadResult {
  // A file with no `date:` in its front matter may print its date above the story, as a plain-text one does.
  const dated = dateLine(body.split('\n'));
  const written = withoutDateLine(removeBoilerplate(body.split('\n')), dated?.line).join('\n').trim();
  const tree = unified().use(remarkParse).parse(written);
  // A heading that opens the body and says the headline is the headline ("# Shinyalu By-Election: … Face Off …"
  // under a front matter `title:` of the same words): not the story's words, whose capitals would be read as
  // names, and not a second <h1> under the page's own.
  const headline = openingHeadline(tree, data.title);
  const markdown = headline ? written.slice(headline.end).trim() : written;
  const paragraphs: string[] = [];
  for (const node of headline ? tree.children.slice(1) : tree.children) {
    if (node.type === 'list') {
      for (const item of node.children) paragraphs.push(blockText(textOf(item).split('\n')));
    } else if (node.type !== 'html' && node.type !== 'code' && node.type !== 'thematicBreak') {
      paragraphs.push(blockText(textOf(node).split('\n')));
    }
  }
  const date = data.date ?? dated?.date;
  return build(file, paragraphs.filter(Boolean), date ? { ...data, date } : data, data.title ?? headline?.text, markdown);
}

/**
 * The body's opening heading when it is the headline: a first-level heading when the front matter gives no
 * title, or any heading, or bold or italic line alone, whose words are the title's. Where it ends in the body, and its text.
 */
function openingHeadline(tree: Root, title: string | undefined): { text: string; end: number } | undefined {
  const [opening, next] = tree.children;
  const end = opening?.position?.end.offset;
  // ("**Senator X, Ex-Governor Y Trade Barbs …**": a bold or italic line alone says the headline as a heading does.)
  const emphasised = opening?.type === 'paragraph' && opening.children.length === 1 && (opening.children[0]?.type === 'strong' || opening.children[0]?.type === 'emphasis');
  if ((opening?.type !== 'heading' && !emphasised) || opening === undefined || end === undefined || next === undefined) return undefined;
  const text = blockText(textOf(opening).split('\n'));
  const words = (line: string) => line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (title === undefined ? opening.type === 'heading' && opening.depth === 1 : words(text) === words(title)) return { text, end };
  return undefined;
}

/**
 * A Markdown node's text, its lines as written: a hard break ("two spaces",
 * a backslash) is a line break like a soft one, where mdast-util-to-string
 * gave nothing and ran the two lines' words together.
 */
function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  // A picture's alt text is a caption, not the article's words: the page does not show it, and a caption's
  // "Nairobi Governor X receives his card" had made a former deputy governor a current governor.
  if (node.type === 'image' || node.type === 'imageReference') return '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}

function build(file: SeedFile, paragraphs: string[], data: FrontMatter | PageMeta, title?: string, markdown?: string): ReadResult {
  if (paragraphs.length === 0) return fail(file, 'has no article text once boilerplate is removed');
  const first = paragraphs[0] ?? '';
  const article: Article = {
    source: file.name,
    title: title ?? headlineFrom(first),
    titleDerived: title === undefined,
    paragraphs,
    hash: createHash('sha256').update(paragraphs.join('\n')).digest('hex').slice(0, 16),
  };
  // What the file's metadata says wins; a dateline dates a story that has none.
  const datelineDate = readDateline(first)?.date;
  if (data.date) article.date = data.date;
  else if (datelineDate) article.date = datelineDate;
  if (data.outlet) article.outlet = data.outlet;
  if (data.url) article.url = data.url;
  if ('author' in data && data.author) article.author = data.author;
  if (markdown !== undefined) article.markdown = markdown;
  return { article, problems: [] };
}

function fail(file: SeedFile, message: string, line?: number): ReadResult {
  const problem: Problem = { file: file.name, message: `${file.name}${line ? `:${line}` : ''} ${message}` };
  if (line !== undefined) problem.line = line;
  return { problems: [problem] };
}
