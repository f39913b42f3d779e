/**
 * Splits a Markdown seed into its YAML front matter and body, and checks the
 * five keys an article may have. Problems carry the line they are on.
 */
import { LineCounter, parseDocument } from 'yaml';

export interface FrontMatter {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
  /** The byline's name(s), as written: shown on the article's page and in its JSON-LD. */
  author?: string;
}

export type Split =
  | { ok: true; data: FrontMatter; body: string; bodyLine: number; warnings: { line?: number; message: string }[] }
  | { ok: false; line?: number; message: string };

const KEYS = new Set(['title', 'date', 'outlet', 'url', 'author']);

/** Reads `---` fenced YAML at the top of `text`; text without a fence is all body. */
export function splitFrontMatter(text: string): Split {
  if (!/^---[ \t]*\n/.test(text)) return { ok: true, data: {}, body: text, bodyLine: 1, warnings: [] };
  const close = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!close) return { ok: false, line: 1, message: 'front matter opened with `---` is never closed' };
  const yamlText = text.slice(4, 3 + close.index + 1);
  const body = text.slice(3 + close.index + close[0].length);
  const bodyLine = yamlText.split('\n').length + 2;

  const lines = new LineCounter();
  const document = parseDocument(yamlText, { prettyErrors: false, lineCounter: lines });
  const error = document.errors[0];
  if (error) {
    // The YAML starts on the file's second line, after the opening `---`.
    const line = lines.linePos(error.pos[0]).line + 1;
    return { ok: false, line, message: `front matter is not valid YAML: ${firstLine(error.message)}` };
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return { ok: true, data: {}, body, bodyLine, warnings: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, line: 2, message: 'front matter must be a mapping of keys to values' };
  }
  return checkKeys(value as Record<string, unknown>, yamlText, body, bodyLine);
}

function checkKeys(record: Record<string, unknown>, yamlText: string, body: string, bodyLine: number): Split {
  const data: FrontMatter = {};
  const warnings: { line?: number; message: string }[] = [];
  for (const [key, raw] of Object.entries(record)) {
    const line = lineOfKey(yamlText, key);
    if (!KEYS.has(key)) {
      warnings.push({ line, message: `front matter key \`${key}\` is not one of title, date, outlet, url, author; it is ignored` });
      continue;
    }
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
    if (typeof value !== 'string' || value.trim() === '') {
      if (value === null || value === undefined) continue;
      return { ok: false, line, message: `front matter \`${key}\` must be text` };
    }
    if (key === 'date' && !isCalendarDate(value)) {
      return { ok: false, line, message: `front matter \`date\` is not a date (write YYYY-MM-DD): ${value}` };
    }
    if (key === 'url' && !/^https?:\/\/\S+$/.test(value)) {
      return { ok: false, line, message: `front matter \`url\` must start with http:// or https://` };
    }
    data[key as keyof FrontMatter] = key === 'date' ? value.trim().slice(0, 10) : value.trim();
  }
  return { ok: true, data, body, bodyLine, warnings };
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return false;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(match[0]);
}

function lineOfKey(yamlText: string, key: string): number | undefined {
  const index = yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 2;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
