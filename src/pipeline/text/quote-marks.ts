/**
 * Single curly marks used as quotation marks (‘…’, as some outlets write every
 * quote) read as double ones, so that one set of rules finds and attributes
 * both. Each mark is replaced by one character, so every offset into the text
 * stays where it was; the article itself keeps its marks as written.
 *
 * An apostrophe is no quotation mark (Raila’s, the ’90s, the farmers’ union):
 * an opening mark follows the start, a space, a bracket or a dash, and its
 * closing mark is the first ’ that ends the quote's words (after , . ! or ?,
 * or before a space, punctuation or the end). Inside a double-quoted passage
 * single marks are a quote within the quote and stay single. An opening mark
 * that starts a paragraph and is never closed runs to its end, as a quote
 * running over several paragraphs does.
 */

const OPENS_AFTER = /[\s([{—–-]/u;

/** `text` with its single-mark quotations in double marks, at the same offsets. */
export function doubleSingleQuotes(text: string): string {
  if (!text.includes('‘')) return text;
  // UTF-16 units, as offsets count them: each mark is one, so nothing moves.
  const units = text.split('');
  let inDouble = false;
  for (let at = 0; at < units.length; at++) {
    const unit = units[at];
    if (unit === '“') inDouble = true;
    else if (unit === '”') inDouble = false;
    if (unit !== '‘' || inDouble || (at > 0 && !OPENS_AFTER.test(units[at - 1] as string))) continue;
    const close = closingMark(text, at + 1);
    if (close === undefined) {
      if (text.slice(0, at).trim() === '') units[at] = '“';
      continue;
    }
    units[at] = '“';
    units[close] = '”';
    at = close;
  }
  return units.join('');
}

/** Where the ’ that closes a quote opened just before `from` stands; none if no ’ ends it. */
function closingMark(text: string, from: number): number | undefined {
  let fallback: number | undefined;
  // A second opening mark first: this one was never closed.
  const nextOpening = text.indexOf('‘', from);
  for (let at = text.indexOf('’', from); at !== -1; at = text.indexOf('’', at + 1)) {
    if (nextOpening !== -1 && nextOpening < at) break;
    const before = text[at - 1] ?? '';
    const after = text[at + 1] ?? '';
    if (/[,.!?]/.test(before) || /[,.;:!?]/.test(after)) return at;
    if (fallback === undefined && (after === '' || /\s/u.test(after))) fallback = at;
  }
  return fallback;
}
