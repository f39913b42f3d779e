/**
 * The render stage and its mention-linking rehype plugin. Articles are
 * untrusted text: the assertions are on the HTML string the site will inline.
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import rehypeLinkMentions, { type MentionLink } from '../../src/plugins/rehype-link-mentions';
import { renderArticle } from '../../src/pipeline/render';
import { article, fixtureText } from './helpers';

/** The text a browser would show for `html`: entities decoded, tags gone. */
function textOf(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  let text = '';
  visit(tree, 'text', (node) => {
    text += node.value;
  });
  return text;
}

/** The rendered HTML without the paragraph anchors for search, which every test but one would repeat. */
const withoutAnchors = (html: string) => html.replace(/ id="p-\d+" data-pagefind-title="Paragraph \d+"/g, '');

describe('renderArticle, plain text', () => {
  const paragraphs = fixtureText('render', 'untrusted.txt').split('\n').filter(Boolean);
  const html = withoutAnchors(renderArticle(article('untrusted.txt', paragraphs), []));

  it('leaves out a first sentence that the headline made from it already says, and keeps a sentence the headline only cuts', () => {
    const paragraphs = ['Haki Party names Tom Barasa its new treasurer. The vote was unanimous.', 'Delegates met in Kakamega.'];
    const whole = renderArticle(article('haki.txt', paragraphs, { title: 'Haki Party names Tom Barasa its new treasurer', titleDerived: true }), []);
    expect(whole).toBe('<p id="p-1" data-pagefind-title="Paragraph 1">The vote was unanimous.</p>\n<p id="p-2" data-pagefind-title="Paragraph 2">Delegates met in Kakamega.</p>');
    const cut = renderArticle(article('haki.txt', paragraphs, { title: 'Haki Party names Tom Barasa…', titleDerived: true }), []);
    expect(cut).toContain('Haki Party names Tom Barasa its new treasurer. The vote');
  });

  it('gives each paragraph an anchor and a title for search sub-results', () => {
    expect(renderArticle(article('a.txt', ['One.', 'Two.']), [])).toBe('<p id="p-1" data-pagefind-title="Paragraph 1">One.</p>\n<p id="p-2" data-pagefind-title="Paragraph 2">Two.</p>');
  });

  it('renders a <script> tag as escaped text', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
  });

  it('renders an <img onerror> tag as escaped text', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('<p>&#x3C;img src=x onerror=alert(1)></p>');
  });

  it('renders Markdown link syntax as the characters written, not a link', () => {
    expect(html).not.toContain('<a');
    expect(html).toContain('<p>[a](javascript:alert(1))</p>');
  });

  it('renders {{x}} and ${x} as the characters written', () => {
    expect(html).toContain('<p>Templates {{x}} and ${x} stay as written.</p>');
  });

  it('shows a reader exactly the text of the article', () => {
    expect(textOf(html)).toBe(paragraphs.join('\n'));
  });

  it('links mentions after sanitizing, so the link keeps its class', () => {
    const rendered = withoutAnchors(renderArticle(article('a.txt', ['Rapuo Odongo spoke in Kisumu.']), [
      { text: 'Rapuo Odongo', href: '/people/rapuo-odongo/', entity: 'person:rapuo odongo', kind: 'person' },
    ]));
    expect(rendered).toBe('<p><a href="/people/rapuo-odongo/" class="mention" data-entity="person">Rapuo Odongo</a> spoke in Kisumu.</p>');
  });
});

describe('renderArticle, Markdown', () => {
  const html = withoutAnchors(renderArticle(article('formatted.md', [], { markdown: fixtureText('render', 'formatted.md') }), []));

  it('keeps headings and emphasis', () => {
    expect(html).toContain('<h2>Talks in <em>Machakos</em></h2>');
    expect(html).toContain('<p>The <strong>leaders</strong> met on <em>Friday</em>.</p>');
  });

  it('keeps lists', () => {
    expect(html).toContain('<ul>\n<li>Kalumbu Mutisya</li>\n<li>Obare Odongo</li>\n</ul>');
  });

  it('drops raw HTML blocks and inline tags, keeping the text between tags', () => {
    expect(html).not.toMatch(/<script|<b[ >]|<img|onclick|onerror|alert/);
    expect(html).toContain('<p>A raw tag and an  image.</p>');
  });

  it('drops a javascript: link target but keeps the link text', () => {
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a>bad</a>');
  });

  it('keeps https, mailto and relative link targets', () => {
    expect(html).toContain('<a href="https://www.example.com/news">site</a>');
    expect(html).toContain('<a href="mailto:desk@example.com">mail</a>');
    expect(html).toContain('<a href="/people/kalumbu-mutisya/">profile</a>');
  });
});

describe('rehypeLinkMentions', () => {
  const rapuo: MentionLink = { text: 'Rapuo', href: '/people/rapuo-odongo/', entity: 'person:rapuo odongo', kind: 'person' };
  const rapuoOdongo: MentionLink = { ...rapuo, text: 'Rapuo Odongo' };
  const mrOdongo: MentionLink = { ...rapuo, text: 'Mr Odongo' };
  const odm: MentionLink = { text: 'ODM', href: '/parties/orange-democratic-movement/', entity: 'party:odm', kind: 'party' };
  const rapuoLink = (text: string) => `<a href="/people/rapuo-odongo/" class="mention" data-entity="person">${text}</a>`;
  const odmLink = '<a href="/parties/orange-democratic-movement/" class="mention" data-entity="party">ODM</a>';

  function link(html: string, mentions: MentionLink[]): string {
    const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeLinkMentions, { mentions }).use(rehypeStringify);
    return String(processor.processSync(html));
  }

  it('links only the first mention of an entity in a paragraph, and again in the next paragraph', () => {
    expect(link('<p>Rapuo spoke. Rapuo left.</p><p>Rapuo returned.</p>', [rapuo])).toBe(
      `<p>${rapuoLink('Rapuo')} spoke. Rapuo left.</p><p>${rapuoLink('Rapuo')} returned.</p>`,
    );
  });

  it('links one text per entity in a paragraph even when the entity is named two ways', () => {
    expect(link('<p>Rapuo Odongo spoke. Mr Odongo left.</p>', [rapuoOdongo, mrOdongo])).toBe(
      `<p>${rapuoLink('Rapuo Odongo')} spoke. Mr Odongo left.</p>`,
    );
  });

  it('links the first mention of each of two entities', () => {
    expect(link('<p>Rapuo leads ODM.</p>', [rapuo, odm])).toBe(`<p>${rapuoLink('Rapuo')} leads ${odmLink}.</p>`);
  });

  it('links the longer of two overlapping texts: "Rapuo Odongo" over "Rapuo"', () => {
    expect(link('<p>Rapuo Odongo spoke.</p>', [rapuo, rapuoOdongo])).toBe(`<p>${rapuoLink('Rapuo Odongo')} spoke.</p>`);
  });

  it('links a name only at word boundaries, not inside "Rapuoson"', () => {
    expect(link('<p>Rapuoson met Rapuo.</p>', [rapuo])).toBe(`<p>Rapuoson met ${rapuoLink('Rapuo')}.</p>`);
  });

  it('does not link inside an existing link', () => {
    expect(link('<p><a href="https://example.com/rapuo">Rapuo</a> leads ODM.</p>', [rapuo, odm])).toBe(
      `<p><a href="https://example.com/rapuo">Rapuo</a> leads ${odmLink}.</p>`,
    );
  });

  it('links a name followed by a possessive ’s, leaving the ’s outside the link', () => {
    expect(link('<p>Rapuo’s allies met.</p>', [rapuo])).toBe(`<p>${rapuoLink('Rapuo')}’s allies met.</p>`);
  });

  it('links a mention inside emphasis', () => {
    expect(link('<p>Allies <em>of Rapuo</em> met.</p>', [rapuo])).toBe(`<p>Allies <em>of ${rapuoLink('Rapuo')}</em> met.</p>`);
  });

  it('links a name that is the whole text of an element', () => {
    expect(link('<p>Allies of <em>Rapuo</em> met.</p>', [rapuo])).toBe(`<p>Allies of <em>${rapuoLink('Rapuo')}</em> met.</p>`);
  });

  it('links again in the second paragraph of a list item', () => {
    expect(link('<ul><li><p>Rapuo spoke.</p><p>Rapuo left.</p></li></ul>', [rapuo])).toBe(
      `<ul><li><p>${rapuoLink('Rapuo')} spoke.</p><p>${rapuoLink('Rapuo')} left.</p></li></ul>`,
    );
  });

  it('leaves the HTML unchanged when there are no mentions', () => {
    const html = '<h2>Talks</h2><p>Rapuo &#x26; <em>Kalumbu</em> met in <a href="/x">Machakos</a>.</p>';
    expect(link(html, [])).toBe(html);
  });

  it('leaves the HTML unchanged when no mention occurs in it', () => {
    const html = '<p>Kalumbu met Obare in Machakos.</p>';
    expect(link(html, [rapuo, odm])).toBe(html);
  });

  it('does not change the tree it is given when there are no mentions', () => {
    const tree: Root = unified().use(rehypeParse, { fragment: true }).parse('<p>Rapuo spoke.</p>');
    const before = structuredClone(tree);
    rehypeLinkMentions({ mentions: [] })(tree);
    expect(tree).toEqual(before);
  });
});
