/**
 * The records kept between builds of one process (src/pipeline/records-memo.ts):
 * an edit to an article's text rebuilds the entries of the entities it names
 * only where what they show of it changed (their snippet, their facts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildRecords } from '../../src/pipeline/records';
import { forgetRecords } from '../../src/pipeline/records-memo';
import { EMPTY_REGISTRY } from '../../src/pipeline/registry';
import type { SlugPlan } from '../../src/pipeline/slugs';
import type { Article, Entity, Mention, PartyTie } from '../../src/pipeline/types';
import { article } from './helpers';

const slugs: SlugPlan = {
  entities: new Map([
    ['person:amina achieng', 'amina-achieng'],
    ['party:maa unity movement', 'maa-unity-movement'],
  ]),
  articles: new Map([['a.txt', 'a']]),
  retired: [],
  registry: EMPTY_REGISTRY,
};

function mention(name: string, paragraph: number, sentence: string, kind: Mention['kind'] = 'person'): Mention {
  return { kind, name, surface: name, offset: sentence.indexOf(name), place: { paragraph, sentence }, evidence: 1 };
}

function entity(id: string, kind: Entity['kind'], name: string, mentions: Mention[], ties: PartyTie[] = []): Entity {
  return { id, kind, name, aliases: [], acronym: null, roles: [], ties, quotes: [], coalitions: [], mentions: new Map([['a.txt', mentions]]) };
}

/** The article, and its two entities as resolve hands them out (new objects each build, the kept lists and facts within). */
function build(text: Article, person: Mention[], party: Mention[], tie: PartyTie) {
  const entities = [entity('person:amina achieng', 'person', 'Amina Achieng', person, [tie]), entity('party:maa unity movement', 'party', 'Maa Unity Movement', party)];
  return buildRecords([text], entities, slugs, new Map(), []);
}

const lede = 'Amina Achieng of the Maa Unity Movement spoke on Monday.';
const tail = 'The meeting ended late.';

describe('records kept after an edit', () => {
  beforeEach(() => forgetRecords());

  it('keeps the entries of the people and parties an edit to a sentence that names no one leaves as they were', () => {
    const person = [mention('Amina Achieng', 0, lede)];
    const party = [mention('Maa Unity Movement', 0, lede, 'party')];
    const tie: PartyTie = { party: 'party:maa unity movement', relation: 'member', evidence: { source: 'a.txt', sentence: lede } };
    const before = build(article('a.txt', [lede, tail]), person, party, tie);
    // The edited article is a new object, and so is its tie (a new extraction), saying what the old one said.
    const after = build(article('a.txt', [lede, 'The meeting ended late at night.']), person, party, { ...tie, evidence: { source: 'a.txt', sentence: lede } });
    expect(after.parties[0]).toBe(before.parties[0]);
    expect(after.people[0]).toBe(before.people[0]);
    expect(after.articles[0]).not.toBe(before.articles[0]);
    expect(after.articles[0]?.wordCount).toBe((before.articles[0]?.wordCount ?? 0) + 2);
  });

  it('builds them again when the edit is to the sentence they are shown by', () => {
    const tie: PartyTie = { party: 'party:maa unity movement', relation: 'member', evidence: { source: 'a.txt', sentence: lede } };
    const before = build(article('a.txt', [lede, tail]), [mention('Amina Achieng', 0, lede)], [mention('Maa Unity Movement', 0, lede, 'party')], tie);
    const edited = 'Amina Achieng of the Maa Unity Movement spoke in Kajiado on Monday.';
    const after = build(
      article('a.txt', [edited, tail]),
      [mention('Amina Achieng', 0, edited)],
      [mention('Maa Unity Movement', 0, edited, 'party')],
      { ...tie, evidence: { source: 'a.txt', sentence: edited } },
    );
    expect(after.parties[0]).not.toBe(before.parties[0]);
    expect(after.parties[0]?.articles[0]?.snippet).toBe(edited);
    expect(after.parties[0]?.people[0]?.evidence?.sentence).toBe(edited);
    expect(after.people[0]?.parties[0]?.evidence?.sentence).toBe(edited);
  });
});
