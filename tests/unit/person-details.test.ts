/**
 * A person's roles and quotes live in a file of their own (content/people-details/),
 * which their profile reads: a file damaged by hand is one sentence naming it, not a stack.
 */
import { describe, expect, it } from 'vitest';
import { splitPerson, joinPerson, type PersonEntry } from '../../src/schemas';
import { parsePersonDetails } from '../../src/site/person-details';

const evidence = { article: 'wekesa-quits-budget-committee', articleTitle: 'Wekesa quits budget committee', sentence: 'Bungoma Senator Amina Wekesa quit the committee on Tuesday.' };
const person: PersonEntry = {
  slug: 'amina-wekesa',
  name: 'Amina Wekesa',
  aliases: ['Wekesa'],
  articles: [{ slug: evidence.article, title: evidence.articleTitle, snippet: evidence.sentence }],
  mentionCount: 3,
  coMentions: { people: [], parties: [] },
  coMentionCounts: { people: 0, parties: 0 },
  roles: [{ title: 'Senator', organisation: 'Bungoma', tense: 'current', evidence }],
  parties: [],
  quotes: [{ text: 'We will not sign a budget that was never debated.', evidence }],
};
const FILE = 'content/people-details/amina-wekesa.json';

describe('a person split into summary and details', () => {
  it('keeps the first role in the summary and joins back into the same entry', () => {
    const { summary, details } = splitPerson(person);
    expect(summary).not.toHaveProperty('roles');
    expect(summary).not.toHaveProperty('quotes');
    expect(summary.firstRole).toEqual(person.roles[0]);
    expect(joinPerson(summary, parsePersonDetails(JSON.stringify(details), FILE))).toEqual(person);
  });

  it('gives a person with no role no first role', () => {
    expect(splitPerson({ ...person, roles: [] }).summary).not.toHaveProperty('firstRole');
  });
});

describe('parsePersonDetails', () => {
  it('names the file that is not JSON', () => {
    expect(() => parsePersonDetails('{"roles": [', FILE)).toThrow(`${FILE} is not JSON: run \`npm run ingest\` to write it again`);
  });

  it('names the file and the field that is wrong', () => {
    expect(() => parsePersonDetails(JSON.stringify({ roles: [{ title: 'Senator' }], quotes: [] }), FILE)).toThrow(
      new RegExp(`^${FILE} is not a person's details file \\(roles\\.0\\.tense: Required\\)`),
    );
  });
});
