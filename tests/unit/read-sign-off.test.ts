/**
 * A Markdown press release's sign-off: lines with no blank line between them
 * are one paragraph to Markdown, and the reader keeps it one paragraph (the
 * render makes the same paragraphs, and the anchors count them) but keeps a
 * line break between lines that are a list of short lines, not prose, so that
 * the extractor never reads two lines as one name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract/index';
import { loadPack } from '../../src/pipeline/ingest';
import { readArticle } from '../../src/pipeline/read/index';
import { renderArticle } from '../../src/pipeline/render';
import { splitSentences } from '../../src/pipeline/text/sentences';
import { fixtureSeed, seed } from './helpers';

const pack = await loadPack();
const { article } = readArticle(fixtureSeed('read', 'press-release-sign-off.md'));
if (!article) throw new Error('the press release did not read');
const extraction = extractArticle(article, pack);

describe('a sign-off block in Markdown', () => {
  it('stays one paragraph, its lines kept apart by line breaks, hard breaks ("two spaces") included', () => {
    expect(article.paragraphs.slice(-2)).toEqual(['Akinyi Wairimu Nduta\nDirector, Communications\nJumuia Umoja Party', 'Chebet Rono Kiprotich\nHead of Media\nJumuia Umoja Party']);
  });

  it('joins prose wrapped over two lines with a space, as before', () => {
    expect(article.paragraphs[1]).toBe(
      'The National Executive of the Jumuia Umoja Party (JUP) met in Nakuru on Thursday and elected Hon. Barasa Wekesa Simiyu, the Kimilili MP, as its National Chairman.',
    );
  });

  it('gives no party made of a line and the next ("Communications Jumuia Umoja Party"), and no person made of two lines', () => {
    const parties = extraction.mentions.filter((mention) => mention.kind === 'party').map((mention) => mention.name);
    expect(parties.length).toBeGreaterThan(0);
    expect(new Set(parties)).toEqual(new Set(['Jumuia Umoja Party', 'JUP']));
    const people = extraction.mentions.filter((mention) => mention.kind === 'person').map((mention) => mention.surface);
    expect(people).toContain('Akinyi Wairimu Nduta');
    for (const surface of people) expect(surface).not.toMatch(/\n|Director|Head|Communications|Media/);
  });

  it('renders as many paragraphs as it reads, the sign-off\'s party linked inside its own paragraph', () => {
    const links = [
      { text: 'Jumuia Umoja Party', href: '/parties/jumuia-umoja-party/', entity: 'party:jup', kind: 'party' as const },
      { text: 'Akinyi Wairimu Nduta', href: '/people/akinyi-wairimu-nduta/', entity: 'person:nduta', kind: 'person' as const },
    ];
    const html = renderArticle(article, links);
    const paragraphs = [...html.matchAll(/<p id="p-(\d+)"[^>]*>([\s\S]*?)<\/p>/g)];
    expect(paragraphs.map((match) => Number(match[1]))).toEqual(article.paragraphs.map((_, index) => index + 1));
    const signOff = paragraphs.at(-2)?.[2] ?? '';
    expect(signOff).toBe(
      '<a href="/people/akinyi-wairimu-nduta/" class="mention" data-entity="person">Akinyi Wairimu Nduta</a>\nDirector, Communications\n<a href="/parties/jumuia-umoja-party/" class="mention" data-entity="party">Jumuia Umoja Party</a>',
    );
    expect(paragraphs.at(-1)?.[2]).toContain('<br>');
  });
});

describe('a line break in a paragraph', () => {
  it('ends a sentence, as the reader keeps one only between lines that are not prose', () => {
    expect(splitSentences('Akinyi Wairimu Nduta\nDirector, Communications').map((sentence) => [sentence.text, sentence.start])).toEqual([
      ['Akinyi Wairimu Nduta', 0],
      ['Director, Communications', 21],
    ]);
  });

  it('is not kept between lines of prose, short or long, nor after a line that ends in a small word', () => {
    const read = (body: string) => readArticle(seed('x.md', `# Headline\n\n${body}`)).article?.paragraphs.at(-1);
    expect(read('The party met in\nNakuru on Thursday.')).toBe('The party met in Nakuru on Thursday.');
    expect(read('Delegates from Nakuru and\nKisumu backed the motion.')).toBe('Delegates from Nakuru and Kisumu backed the motion.');
    expect(read('The National Executive of the Jumuia Umoja Party met today\nIn Nakuru the delegates elected a new National Chairman.')).toBe(
      'The National Executive of the Jumuia Umoja Party met today In Nakuru the delegates elected a new National Chairman.',
    );
  });
});
