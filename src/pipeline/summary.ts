/**
 * What the machine sees, as plain data: the people and parties of a resolved
 * corpus with their names, articles and facts. The shape of
 * `npm run extract -- --json`, which editors read and the eval scores.
 */
import type { Analysis } from './corpus';
import type { Entity, Evidence } from './types';

export interface EntitySummary {
  name: string;
  aliases: string[];
  /** Base names of the seed files that mention it. */
  articles: string[];
  mentions: number;
}

export interface PersonSummary extends EntitySummary {
  roles: { title: string; organisation?: string; evidence: Evidence }[];
  parties: { party: string; relation: string; evidence?: Evidence }[];
  quotes: { text: string; evidence: Evidence }[];
}

export interface PartySummary extends EntitySummary {
  acronym: string | null;
}

export interface ExtractReport {
  people: PersonSummary[];
  parties: PartySummary[];
  review: { kind: string; message: string }[];
  problems: { file: string; line?: number; message: string }[];
}

/** Summarises an analysis for people to read and programs to score. */
export function summarise(analysis: Analysis): ExtractReport {
  const { entities, review } = analysis.resolution;
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const base = (entity: Entity): EntitySummary => ({
    name: entity.name,
    aliases: entity.aliases,
    articles: [...entity.mentions.keys()].sort(),
    mentions: [...entity.mentions.values()].reduce((sum, list) => sum + list.length, 0),
  });
  return {
    people: entities
      .filter((entity) => entity.kind === 'person')
      .map((entity) => ({
        ...base(entity),
        roles: entity.roles,
        parties: entity.ties.map((tie) => ({ party: byId.get(tie.party)?.name ?? tie.party, relation: tie.relation, ...(tie.evidence ? { evidence: tie.evidence } : {}) })),
        quotes: entity.quotes,
      })),
    parties: entities.filter((entity) => entity.kind === 'party').map((entity) => ({ ...base(entity), acronym: entity.acronym })),
    review: review.map(({ kind, message }) => ({ kind, message })),
    problems: analysis.problems,
  };
}
