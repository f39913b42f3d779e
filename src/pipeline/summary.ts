/**
 * What the machine sees, as plain data: the people and parties of a resolved
 * corpus with their names, articles and facts. The shape of
 * `npm run extract -- --json`, which editors read and the eval scores.
 */
import type { Analysis } from './corpus';
import type { UnattributedQuote } from './resolve/index';
import type { Entity, Evidence, Tense } from './types';

export interface EntitySummary {
  name: string;
  aliases: string[];
  /** Base names of the seed files that mention it. */
  articles: string[];
  mentions: number;
}

/** When a fact was reported: its article's date, when the article has one. */
type Dated = { tense: Tense; date?: string };

export interface PersonSummary extends EntitySummary {
  roles: ({ title: string; organisation?: string; evidence: Evidence } & Dated)[];
  parties: ({ party: string; relation: string; evidence?: Evidence } & Dated)[];
  quotes: { text: string; evidence: Evidence }[];
}

export interface PartySummary extends EntitySummary {
  acronym: string | null;
}

export interface ExtractReport {
  people: PersonSummary[];
  parties: PartySummary[];
  /** Quotes whose speaker the text does not settle, with the people they could be: on no profile. */
  unattributed: UnattributedQuote[];
  review: { kind: string; message: string }[];
  problems: { file: string; line?: number; message: string }[];
}

/** Summarises an analysis for people to read and programs to score. */
export function summarise(analysis: Analysis): ExtractReport {
  const { entities, review } = analysis.resolution;
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const dates = new Map(analysis.articles.flatMap((article) => (article.date ? [[article.source, article.date] as const] : [])));
  const dated = (tense: Tense | undefined, evidence: Evidence | undefined): Dated => {
    const date = evidence && dates.get(evidence.source);
    return { tense: tense ?? 'current', ...(date ? { date } : {}) };
  };
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
        roles: entity.roles.map((role) => ({ ...role, ...dated(role.tense, role.evidence) })),
        parties: entity.ties.map((tie) => ({
          party: byId.get(tie.party)?.name ?? tie.party,
          relation: tie.relation,
          ...dated(tie.tense, tie.evidence),
          ...(tie.evidence ? { evidence: tie.evidence } : {}),
        })),
        quotes: entity.quotes,
      })),
    parties: entities.filter((entity) => entity.kind === 'party').map((entity) => ({ ...base(entity), acronym: entity.acronym })),
    unattributed: analysis.resolution.unattributed,
    review: review.map(({ kind, message }) => ({ kind, message })),
    problems: analysis.problems,
  };
}
