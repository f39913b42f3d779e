/**
 * A person's roles and quotes, read from their details file when their own
 * page (or the data export) is generated: they are kept out of Astro's data
 * store (`personDetailsSchema` in src/schemas.ts).
 */
import path from 'node:path';
import { personDetailsPath } from '../content-files';
import { joinPerson, personDetailsSchema, type PersonDetails, type PersonEntry, type PersonSummary } from '../schemas';
import { contentPath, readContentFile } from './content-file';

/** The person's whole entry: the summary the lists know, with the roles and quotes of their details file. */
export async function withDetails(person: PersonSummary): Promise<PersonEntry> {
  const relative = personDetailsPath(person);
  return joinPerson(person, parsePersonDetails(await readContentFile(relative), path.relative(process.cwd(), contentPath(relative))));
}

/** A details file's text, checked; one that is not (a file edited by hand) is one sentence naming `file` and what is wrong. */
export function parsePersonDetails(text: string, file: string): PersonDetails {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON: run \`npm run ingest\` to write it again`);
  }
  const parsed = personDetailsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${file} is not a person's details file (${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}): run \`npm run ingest\` to write it again`);
}
