/** A profile's sidebar lists the parties that are theirs now, not one the newest report says they left. */
import { describe, expect, it } from 'vitest';
import { personSidebar } from '../../src/site/sidebar';

const evidence = (date: string) => ({ article: 'a', articleTitle: 'A', sentence: 'S.', date });

describe('personSidebar', () => {
  it('leaves out a party the person has since left', () => {
    const groups = personSidebar({
      parties: [
        { slug: 'jumuia-democratic-congress', name: 'Jumuia Democratic Congress', relation: 'member', tense: 'current', evidence: evidence('2022-05-01') },
        { slug: 'jumuia-democratic-congress', name: 'Jumuia Democratic Congress', relation: 'left', tense: 'current', evidence: evidence('2025-02-01') },
        { slug: 'umoja-party-kenya', name: 'Umoja Party-Kenya', relation: 'joined', tense: 'current', evidence: evidence('2025-02-01') },
      ],
      coMentions: { people: [], parties: [] },
    });
    expect(groups.map((group) => group.links.map((link) => link.label))).toEqual([['Umoja Party-Kenya']]);
  });
});
