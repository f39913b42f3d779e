/**
 * Forms paragraphs from an article's lines. Seeds separate paragraphs by blank
 * lines or by single newlines; a block whose lines are hard-wrapped prose is
 * joined back into one paragraph.
 */

/** Splits cleaned lines into paragraphs of plain text. */
export function toParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  for (const block of blocks(lines)) {
    if (isHardWrapped(block)) paragraphs.push(block.map((line) => line.trim()).join(' '));
    else for (const line of block) paragraphs.push(line.trim());
  }
  return paragraphs.map((text) => text.replace(/[ \t\u00a0]+/g, ' ')).filter((text) => text !== '');
}

function blocks(lines: string[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) result.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * True when the block is one paragraph wrapped at a fixed width: every line
 * but the last is of nearly the same length, 50 to 100 characters, and the
 * last is no longer than them. A headline over a long paragraph is not that.
 */
function isHardWrapped(block: string[]): boolean {
  if (block.length < 2) return false;
  const lengths = block.map((line) => line.trimEnd().length);
  const wrapped = lengths.slice(0, -1);
  const widest = Math.max(...wrapped);
  const last = lengths[lengths.length - 1] as number;
  if (block.length === 2 && /[.!?"”]$/.test(block[0]?.trimEnd() ?? '')) return false;
  return wrapped.every((length) => length >= 50 && length <= 100 && widest - length <= 25) && last <= widest + 5 && (block.length > 2 || !/[.!?]$/.test(block[0] ?? ''));
}

/** Longer than this, a line is prose: a sign-off's name, office or organisation fits well within it. */
const SHORT_LINE = 60;
/** The small words a name or an office keeps in lower case ("Head of Communications", "Haki na Usawa Party"). */
const SMALL_WORDS = new Set('of and the for in on at to na wa ya la za cha de da van von bin'.split(' '));
/** A label over what follows: "Issued by:", "Signed:", "Contact:". */
const LABEL = /:$/;

/**
 * True when the line reads as a name, an office or an organisation: every word
 * capitalised (or a number, an address, a small word of a name), not ending
 * in a small word that runs on into the next line.
 */
function isNameLine(line: string): boolean {
  if (line.length > SHORT_LINE) return false;
  if (LABEL.test(line)) return true;
  const words = line.split(' ').map((word) => word.replace(/^[^\p{L}\p{N}@]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (words.length === 0 || SMALL_WORDS.has((words.at(-1) as string).toLowerCase())) return false;
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || word.includes('@') || SMALL_WORDS.has(word));
}

/**
 * The text of one Markdown block whose lines had no blank line between them.
 * Markdown joins such lines into one paragraph, and so does the reader, so
 * that the render's paragraphs are the reader's. When every line is a name,
 * an office, an organisation or a label over them (a press release's
 * sign-off), the lines are a list and not prose: a line break is kept between
 * them, which ends a sentence for the extractor, so that "Secretary,
 * Communications" and the party's name on the next line never read as one
 * name. Wrapped prose is joined with spaces, as before.
 */
export function blockText(lines: string[]): string {
  const kept = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return kept.join(kept.length > 1 && kept.every(isNameLine) ? '\n' : ' ');
}
