/**
 * An article's body as its page shows it under the headline. A headline made
 * from a whole first sentence is that sentence: the body then starts after it,
 * so that no reader sees it twice. A headline cut from the sentence ("…") says
 * only part of it, and the body keeps the sentence whole.
 */

const firstParagraph = /^(\s*<p\b[^>]*>)([\s\S]*?)(<\/p>\s*)/;
/** A tag, an entity, or one character of text: how the body's HTML is walked. */
const token = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);|[\s\S]/giu;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The body without a first sentence that the headline already says.
 * @example bodyAfterHeadline('<p>Wekesa quits.</p>\n<p>More.</p>', 'Wekesa quits') // '<p>More.</p>'
 * @example bodyAfterHeadline('<p>Wekesa quits. She left.</p>', 'Wekesa quits') // '<p>She left.</p>'
 */
export function bodyAfterHeadline(html: string, title: string): string {
  const paragraph = firstParagraph.exec(html);
  const headline = title.trim();
  if (!paragraph || headline === '' || headline.endsWith('…')) return html;
  const [whole, open = '', inner = '', close = ''] = paragraph;
  const cut = sentenceEnd(inner, headline);
  if (cut === undefined) return html;
  const rest = inner.slice(cut.at);
  const after = html.slice(whole.length);
  return rest.trim() === '' ? after : `${open}${cut.reopen}${rest}${close}${after}`;
}

/**
 * Where the paragraph's text goes on after `headline` and the end of its
 * sentence (a full stop, closing quotes, spaces), with the tags still open
 * there; none when the paragraph does not start with the headline's sentence.
 */
function sentenceEnd(inner: string, headline: string): { at: number; reopen: string } | undefined {
  const wanted = headline.replace(/\s+/g, ' ');
  const open: string[] = [];
  let text = '';
  let ended = false;
  for (const match of inner.matchAll(token)) {
    const [piece, closing, name] = match;
    if (name !== undefined) {
      if (closing) open.pop();
      else if (!piece.endsWith('/>') && !/^(br|img|wbr)$/i.test(name)) open.push(piece);
      continue;
    }
    const character = decode(piece);
    if (text !== wanted) {
      // Spaces as the title has them: one between words, none before the first.
      if (/\s/u.test(character)) text += text === '' || text.endsWith(' ') ? '' : ' ';
      else text += character;
      if (!wanted.startsWith(text)) return undefined;
      continue;
    }
    // After the headline's words: its sentence must end before the next one starts.
    if (/^[.!?]$/u.test(character)) ended = true;
    else if (!/^["”’'\s]$/u.test(character)) return ended ? { at: match.index, reopen: open.join('') } : undefined;
  }
  return text === wanted ? { at: inner.length, reopen: '' } : undefined;
}

function decode(piece: string): string {
  if (!piece.startsWith('&') || piece.length === 1) return piece;
  const name = piece.slice(1, -1).toLowerCase();
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return entities[name] ?? piece;
}
