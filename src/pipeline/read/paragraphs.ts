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
