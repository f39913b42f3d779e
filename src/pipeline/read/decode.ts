/**
 * Turns a seed file's bytes into text, or says in one sentence why it cannot.
 * Seeds come from copy-paste and scrapers: BOMs, UTF-16 and stray binaries happen.
 */

export type Decoded = { ok: true; text: string } | { ok: false; message: string; line?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 (with or without BOM) and BOM-marked UTF-16, and normalises line endings to `\n`. */
export function decode(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return accept(new TextDecoder(utf16).decode(bytes));
  if (bytes.includes(0)) return { ok: false, message: 'is binary, not text (it contains NUL bytes)' };
  try {
    return accept(utf8.decode(bytes));
  } catch {
    const line = lineOfInvalidByte(bytes);
    return { ok: false, message: 'is not valid UTF-8 text; save it as UTF-8', line };
  }
}

function accept(text: string): Decoded {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  if (normalised.trim() === '') return { ok: false, message: 'is empty' };
  return { ok: true, text: normalised };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The 1-based line of the first byte that is not valid UTF-8, so the message can point at it. */
function lineOfInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection: decoding a prefix cut mid-character
  // fails too, so allow up to three bytes of slack when testing a prefix.
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (validPrefix(decoder, bytes, middle)) low = middle;
    else high = middle;
  }
  let line = 1;
  for (let index = 0; index < low; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

function validPrefix(decoder: TextDecoder, bytes: Uint8Array, length: number): boolean {
  for (let cut = length; cut >= Math.max(0, length - 3); cut--) {
    try {
      decoder.decode(bytes.subarray(0, cut));
      return true;
    } catch {
      // try a shorter cut
    }
  }
  return false;
}
