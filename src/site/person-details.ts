/**
 * A person's roles and quotes, read from their details file when their own
 * page (or the data export) is generated: they are kept out of Astro's data
 * store (`personDetailsSchema` in src/schemas.ts).
 */
import path from 'node:path';
import { personDetailsPath } from '../content-files';
import { joinPerson, personDetailsSchema, type PersonEntry, type PersonSummary } from '../schemas';
import { contentPath, readContentFile } from './content-file';

/** The person's whole entry: the summary the lists know, with the roles and quotes of their details file. */
export async function withDetails(person: PersonSummary): Promise<PersonEntry> {
  const relative = personDetailsPath(person);
  const text = await readContentFile(relative);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = personDetailsSchema.safeParse(value);
  if (!parsed.success) {
    // A file edited by hand: which file, and what is wrong with it, in one sentence.
    const where = path.relative(process.cwd(), contentPath(relative));
    const issue = parsed.error.issues[0];
    throw new Error(`${where} is not a person's details file (${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'not JSON'}): run \`npm run ingest\` to write it again`);
  }
  return joinPerson(person, parsed.data);
}
