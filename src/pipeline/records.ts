/**
 * Shapes resolved entities and rendered articles into the content entries the
 * site reads (the contract in `src/schemas.ts`), with every cross-reference
 * worked out here once, so that no page has to join collections.
 */
import type { ArticleEntry, Evidence as EntryEvidence, PartyEntry, PersonEntry, RetiredEntry, ReviewItemEntry } from '../schemas';
import type { ReviewNote } from './resolve/index';
import type { SlugPlan } from './slugs';
import type { Article, Entity, Evidence, Mention } from './types';

export interface ContentEntries {
  articles: ArticleEntry[];
  people: PersonEntry[];
  parties: PartyEntry[];
  review: ReviewItemEntry[];
  retired: RetiredEntry[];
}

const SNIPPET_LENGTH = 220;

/** Builds every entry; `html` holds each article's rendered body by source. */
export function buildRecords(articles: Article[], entities: Entity[], slugs: SlugPlan, html: Map<string, string>, review: ReviewNote[]): ContentEntries {
  const bySource = new Map(articles.map((article) => [article.source, article]));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const slugOf = (entity: Entity) => slugs.entities.get(entity.id) as string;
  const articleSlug = (source: string) => slugs.articles.get(source) as string;
  const evidence = (proof: Evidence): EntryEvidence => ({
    article: articleSlug(proof.source),
    articleTitle: bySource.get(proof.source)?.title ?? proof.source,
    sentence: proof.sentence,
    ...(bySource.get(proof.source)?.date ? { date: bySource.get(proof.source)?.date } : {}),
    ...(bySource.get(proof.source)?.outlet ? { outlet: bySource.get(proof.source)?.outlet } : {}),
  });
  const entitiesIn = new Map<string, Entity[]>();
  for (const entity of entities) {
    for (const source of entity.mentions.keys()) entitiesIn.set(source, [...(entitiesIn.get(source) ?? []), entity]);
  }

  const common = (entity: Entity) => ({
    slug: slugOf(entity),
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
    articles: sortArticles([...entity.mentions.entries()].map(([source, mentions]) => {
      const article = bySource.get(source) as Article;
      return {
        slug: articleSlug(source),
        title: article.title,
        ...(article.date ? { date: article.date } : {}),
        snippet: snippet(article, mentions),
      };
    })),
    mentionCount: [...entity.mentions.values()].reduce((sum, list) => sum + list.length, 0),
    coMentions: coMentions(entity, entitiesIn, slugOf),
  });

  const people: PersonEntry[] = entities
    .filter((entity) => entity.kind === 'person')
    .map((entity) => ({
      ...common(entity),
      roles: entity.roles.map((role) => {
        const party = role.organisation ? entity.ties.find((tie) => tie.relation === role.title && tie.evidence?.sentence === role.evidence.sentence) : undefined;
        const partyEntity = party ? byId.get(party.party) : undefined;
        return {
          title: role.title,
          ...(role.organisation ? { organisation: role.organisation } : {}),
          ...(partyEntity ? { organisationSlug: slugOf(partyEntity) } : {}),
          tense: role.tense ?? 'current',
          evidence: evidence(role.evidence),
        };
      }),
      parties: entity.ties.flatMap((tie) => {
        const party = byId.get(tie.party);
        if (!party) return [];
        return [{ slug: slugOf(party), name: party.name, relation: tie.relation, tense: tie.tense ?? 'current', ...(tie.evidence ? { evidence: evidence(tie.evidence) } : {}) }];
      }),
      quotes: entity.quotes.map((quote) => ({ text: quote.text, evidence: evidence(quote.evidence) })),
    }));

  const parties: PartyEntry[] = entities
    .filter((entity) => entity.kind === 'party')
    .map((entity) => ({
      ...common(entity),
      acronym: entity.acronym,
      people: entities.flatMap((person) =>
        person.ties
          .filter((tie) => tie.party === entity.id)
          .map((tie) => ({ slug: slugOf(person), name: person.name, relation: tie.relation, ...(tie.evidence ? { evidence: evidence(tie.evidence) } : {}) })),
      ),
      coalitions: [
        ...entity.coalitions.flatMap((link) => {
          const other = byId.get(link.party);
          return other ? [{ slug: slugOf(other), name: other.name, relation: 'member of' as const, evidence: evidence(link.evidence) }] : [];
        }),
        ...entities.flatMap((member) =>
          member.coalitions
            .filter((link) => link.party === entity.id)
            .map((link) => ({ slug: slugOf(member), name: member.name, relation: 'includes' as const, evidence: evidence(link.evidence) })),
        ),
      ],
    }));

  const articleEntries: ArticleEntry[] = articles.map((article) => {
    const present = entitiesIn.get(article.source) ?? [];
    const refs = (kind: Entity['kind']) =>
      present
        .filter((entity) => entity.kind === kind)
        .map((entity) => ({ slug: slugOf(entity), name: entity.name, count: entity.mentions.get(article.source)?.length ?? 0 }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return {
      slug: articleSlug(article.source),
      title: article.title,
      ...(article.date ? { date: article.date } : {}),
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.url ? { url: article.url } : {}),
      source: article.source,
      html: html.get(article.source) ?? '',
      excerpt: cut(article.paragraphs[0] ?? '', SNIPPET_LENGTH),
      wordCount: article.paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
      people: refs('person'),
      parties: refs('party'),
    };
  });

  const reviewItems: ReviewItemEntry[] = [...review]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.message.localeCompare(b.message))
    .map((note, index) => ({
      slug: `${String(index + 1).padStart(4, '0')}-${note.kind}`,
      kind: note.kind,
      message: note.message,
      names: note.names,
      articles: note.sources.flatMap((source) => {
        const article = bySource.get(source);
        return article ? [{ slug: articleSlug(source), title: article.title }] : [];
      }),
      evidence: note.evidence.filter((proof) => bySource.has(proof.source)).map(evidence),
      fixes: note.fixes,
    }));

  const retired: RetiredEntry[] = slugs.retired.map((row) => ({
    id: `${row.kind}--${row.slug}`,
    kind: row.kind,
    slug: row.slug,
    name: row.name,
    ...(row.target ? { target: row.target } : {}),
  }));

  return { articles: articleEntries, people, parties, review: reviewItems, retired };
}

/** The people and parties that share articles with `entity`, most shared first. */
function coMentions(entity: Entity, entitiesIn: Map<string, Entity[]>, slugOf: (entity: Entity) => string): PersonEntry['coMentions'] {
  const counts = new Map<Entity, number>();
  for (const source of entity.mentions.keys()) {
    for (const other of entitiesIn.get(source) ?? []) if (other !== entity) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const refs = (kind: Entity['kind']) =>
    [...counts.entries()]
      .filter(([other]) => other.kind === kind)
      .map(([other, count]) => ({ slug: slugOf(other), name: other.name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { people: refs('person'), parties: refs('party') };
}

/** The sentence of the first mention, cut around the name when long. */
function snippet(article: Article, mentions: Mention[]): string {
  const first = [...mentions].sort((a, b) => a.place.paragraph - b.place.paragraph || a.offset - b.offset)[0];
  if (!first) return cut(article.paragraphs[0] ?? '', SNIPPET_LENGTH);
  const sentence = first.place.sentence;
  if (sentence.length <= SNIPPET_LENGTH) return sentence;
  const at = Math.max(0, sentence.indexOf(first.surface));
  const start = Math.max(0, at - SNIPPET_LENGTH / 2);
  const text = cut(sentence.slice(start), SNIPPET_LENGTH);
  return start > 0 ? `…${text.replace(/^\S*\s/, '')}` : text;
}

/** Cuts text at a word boundary, with an ellipsis when anything was cut. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const slice = text.slice(0, length);
  return `${slice.slice(0, Math.max(slice.lastIndexOf(' '), length / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function sortArticles<T extends { date?: string; title: string }>(list: T[]): T[] {
  return list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
}
