/**
 * Reads `seeds/editorial.yaml`, the file in which an editor corrects the
 * machine, and checks it. Every mistake becomes a sentence about the file,
 * with the line it is on, never a stack trace.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { nameKey } from '../resolve/normalise';
import type { Problem } from '../types';
import { closestKey } from './suggest';

const name = z.string({ invalid_type_error: 'must be a name (text)' }).trim().min(1, 'must not be empty');

const tieSchema = z.object({ party: name, relation: name.default('member') }).strict();

const entitySchema = z
  .object({
    name,
    same_as: z.array(name).default([]),
    aliases: z.array(name).default([]),
    kind: z.enum(['person', 'party'], { errorMap: () => ({ message: 'must be `person` or `party`' }) }).optional(),
    wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata id such as Q12345').optional(),
    description: z.string().trim().min(1).max(300, 'must be at most 300 characters').optional(),
    parties: z.array(tieSchema).default([]),
  })
  .strict();

export const editorialSchema = z
  .object({
    entities: z.array(entitySchema).default([]),
    not_entities: z.array(name).default([]),
    keep_apart: z.array(z.array(name).min(2, 'must list at least two names')).default([]),
    /** Names an editor has checked and found right: their review items are settled for good. */
    confirmed: z.array(name).default([]),
  })
  .strict();

export type EditorialEntry = z.infer<typeof entitySchema> & { line?: number };

/** An editorial file, checked, with the line each entry came from. */
export interface EditorialFile {
  file: string;
  entities: EditorialEntry[];
  notEntities: string[];
  keepApart: string[][];
  confirmed: string[];
}

export const EMPTY_EDITORIAL: EditorialFile = { file: 'editorial.yaml', entities: [], notEntities: [], keepApart: [], confirmed: [] };

export type ParsedEditorial = { ok: true; editorial: EditorialFile } | { ok: false; problems: Problem[] };

/** Parses and checks an editorial file's text; `file` names it in messages. */
export function parseEditorial(text: string, file: string): ParsedEditorial {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
  // One slip (a missing `]`) makes the parser trip again on every line after it:
  // the first error is the mistake, the rest are echoes of it.
  const [error] = document.errors;
  if (error) {
    const line = unclosedBracketLine(text, error.message, at(error.pos[0])) ?? at(error.pos[0]);
    return { ok: false, problems: [problem(file, line, `is not valid YAML: ${error.message.split('\n')[0]}`)] };
  }
  const parsed = editorialSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path: (string | number)[] = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] as string] : issue.path;
        return problem(file, lineOf(document, path, at), `${describe(issue.path)} ${issueMessage(issue)}`);
      }),
    };
  }
  const entities = parsed.data.entities.map((entry, index) => ({ ...entry, line: lineOf(document, ['entities', index], at) }));
  const problems = checkMerges(entities, file);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    editorial: { file, entities, notEntities: parsed.data.not_entities, keepApart: parsed.data.keep_apart, confirmed: parsed.data.confirmed },
  };
}

/** A name merged twice, or into itself, makes the file mean two things at once. */
function checkMerges(entities: EditorialEntry[], file: string): Problem[] {
  const problems: Problem[] = [];
  const claimed = new Map<string, EditorialEntry>();
  for (const entry of entities) {
    for (const other of entry.same_as) {
      if (nameKey(other) === nameKey(entry.name)) {
        problems.push(problem(file, entry.line, `merges “${entry.name}” into itself`));
        continue;
      }
      const first = claimed.get(nameKey(other));
      if (first && first !== entry) {
        problems.push(problem(file, entry.line, `merges “${other}” into “${entry.name}”, but line ${first.line} already merges it into “${first.name}”`));
      }
      claimed.set(nameKey(other), entry);
    }
  }
  for (const entry of entities) {
    const into = claimed.get(nameKey(entry.name));
    if (into && into !== entry) {
      problems.push(problem(file, entry.line, `“${entry.name}” is merged into “${into.name}” (line ${into.line}) and also has an entry of its own: merge chains and loops are not allowed; list every name under the one entry`));
    }
  }
  return problems;
}

/**
 * The parser notices a missing `]` or `}` on the line after the mistake; the
 * editor needs the line that opened the bracket: the last one before that
 * opens more than it closes.
 */
function unclosedBracketLine(text: string, message: string, noticed: number | undefined): number | undefined {
  const closer = /end with an? ([\]}])/.exec(message)?.[1];
  if (!closer || noticed === undefined) return undefined;
  const opener = closer === ']' ? '[' : '{';
  const lines = text.split('\n');
  for (let index = Math.min(noticed, lines.length) - 1; index >= 0; index--) {
    const line = lines[index] as string;
    if (line.split(opener).length > line.split(closer).length) return index + 1;
  }
  return undefined;
}

function lineOf(document: Document, path: (string | number)[], at: (offset: number | undefined) => number | undefined): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node && (isMap(node) || isSeq(node) || node.range)) return at(node.range?.[0]);
  }
  return undefined;
}

function describe(path: (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return `\`${path.map((part) => (typeof part === 'number' ? `[${part}]` : part)).join('.').replace(/\.\[/g, '[')}\``;
}

function issueMessage(issue: z.ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(issue.path);
    return `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys
      .map((key) => {
        const near = closestKey(key, allowed);
        return `\`${key}\`${near ? ` (did you mean \`${near}\`?)` : ''}`;
      })
      .join(', ')}; allowed here: ${allowed.map((key) => `\`${key}\``).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'is required';
  if (issue.code === 'invalid_type') return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${RECEIVED[issue.received] ?? issue.received}`;
  return issue.message;
}

/** The keys a mapping at `path` may have: the file's, an entity entry's, or a party tie's. */
function allowedKeys(path: (string | number)[]): string[] {
  if (path.length === 0) return Object.keys(editorialSchema.shape);
  if (path[0] === 'entities' && path.length === 2) return Object.keys(entitySchema.shape);
  if (path[0] === 'entities' && path[2] === 'parties') return Object.keys(tieSchema.shape);
  return [];
}

const EXPECTED: Record<string, string> = { array: 'a list', object: 'a mapping of keys to values', string: 'text' };
const RECEIVED: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'text', number: 'a number', boolean: 'true/false', null: 'empty' };

function problem(file: string, line: number | undefined, message: string): Problem {
  const result: Problem = { file, message: `${file}${line ? `:${line}` : ''} ${message}` };
  if (line !== undefined) result.line = line;
  return result;
}
