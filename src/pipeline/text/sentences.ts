/**
 * Splits a paragraph into sentences the way news English punctuates them:
 * a full stop after "Mr", "Dr", an initial or "Jnr" does not end a sentence.
 */

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the paragraph. */
  start: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof hon gen lt col capt maj sgt sen rep gov st jr jnr snr sr no mt rev fr inc ltd co corp vs etc approx dept est fig govt op amb eng arch messrs'.split(' '),
);

/** A sentence ends at . ! or ? (plus closing quotes or brackets), before space and a capital, digit or quote. */
const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

/**
 * A line break ends a sentence too: the reader keeps one in a paragraph only
 * between the lines of a list (a press release's sign-off), never in prose.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (isAbbreviation(paragraph, match.index)) continue;
    pushLines(sentences, paragraph, start, end);
    start = end;
  }
  pushLines(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function pushLines(sentences: Sentence[], paragraph: string, from: number, to: number): void {
  let line = paragraph.indexOf('\n', from);
  while (line !== -1 && line < to) {
    push(sentences, paragraph, from, line);
    from = line + 1;
    line = paragraph.indexOf('\n', from);
  }
  push(sentences, paragraph, from, to);
}

function push(sentences: Sentence[], paragraph: string, from: number, to: number): void {
  const raw = paragraph.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) sentences.push({ text, start: from + lead });
}

/** True when the full stop at `index` closes an abbreviation or an initial, not a sentence. */
function isAbbreviation(paragraph: string, index: number): boolean {
  if (paragraph[index] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(paragraph.slice(Math.max(0, index - 12), index))?.[1] ?? '';
  if (INITIAL.test(word)) return true;
  if (DOTTED_INITIALS.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

// (Built once, not per full stop: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const INITIAL = /^\p{Lu}$/u;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
