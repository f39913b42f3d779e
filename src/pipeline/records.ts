/**
 * Shapes resolved entities and rendered articles into the content entries the
 * site reads (the contract in `src/schemas.ts`), with every cross-reference
 * worked out here once, so that no page has to join collections.
 */
import type { ArticleEntry, Evidence as EntryEvidence, PartyEntry, PersonEntry, RetiredEntry, ReviewItemEntry } from '../schemas';
import type { ReviewNote } from './resolve/index';
import { byLocale, Collation } from './collation';
import { articleDigest, articleSignature, articleTexts, entityKey, factText, entityNames, NO_RECORD_MEMO, openRecordMemo, sourceSignatures, sourcesOf, type Key } from './records-memo';
import { reviewIds, settlementsOf } from './review-items';
import type { SlugPlan } from './slugs';
import { CO_MENTIONS_KEPT, CoMentionIndex, coMentions } from './co-mentions';
import { cut, SNIPPET_LENGTH, snippetOf, sortArticles } from './entry-articles';
import type { Article, Entity, Evidence } from './types';

export interface ContentEntries {
  articles: ArticleEntry[];
  /** Each article's rendered body, in the order of `articles`: kept out of the entries (src/content-files.ts). */
  bodies: ArticleBody[];
  people: PersonEntry[];
  parties: PartyEntry[];
  review: ReviewItemEntry[];
  retired: RetiredEntry[];
}

/** An article's body, rendered by the ingest when the emit needs it: sanitized, mentions linked. The one HTML a page trusts. */
export interface ArticleBody {
  slug: string;
  /** What decides the HTML (src/pipeline/body-key.ts): a body whose key is as on disk is not rendered again. */
  key: string;
  /** Renders it. */
  html(): string;
}

const NO_BODY: Omit<ArticleBody, 'slug'> = { key: '', html: () => '' };

export interface RecordOptions {
  /** Tests keep fewer, to see the cut on a small corpus. */
  coMentionsKept?: number;
  /** Keep entries for the next build in this process (the dev server's); `false` for a process that builds once. Default `true`. */
  memo?: boolean;
}

/** Builds every entry; `bodies` holds each article's body by source. */
export function buildRecords(
  articles: Article[],
  entities: Entity[],
  slugs: SlugPlan,
  bodies: ReadonlyMap<string, Omit<ArticleBody, 'slug'>>,
  review: ReviewNote[],
  settled: ReviewNote[] = [],
  { coMentionsKept = CO_MENTIONS_KEPT, memo: keeping = true }: RecordOptions = {},
): ContentEntries {
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
  for (const entity of entities) for (const source of entity.mentions.keys()) pushTo(entitiesIn, source, entity);
  const together = new CoMentionIndex(entities, entitiesIn, keeping ? articleSignature : undefined);
  // An entry whose inputs are as when it was last built, in this process, is that entry (records-memo.ts).
  if (keeping) sourceSignatures(articles, entities, slugs);
  const memo = keeping ? openRecordMemo() : NO_RECORD_MEMO;
  const slugById = (id: string) => slugs.entities.get(id);
  const nameById = (id: string) => byId.get(id)?.name;
  // Ranked when a first entry needs them: an ingest that keeps most entries needs none.
  let ranked: ReadonlyMap<string, number> | undefined;
  const nameRank = () => (ranked ??= entityNames().ranks(entities.map((entity) => entity.name)));
  // Articles' titles and dates likewise (kept only by a build that keeps its entries): a party's entry sorts thousands of its articles.
  let articlesRanked: ReadonlyMap<string, number> | undefined;
  const articleRank = () => (articlesRanked ??= (keeping ? articleTexts() : new Collation()).ranks(['', ...articles.flatMap((article) => [article.title, article.date ?? ''])]));

  const common = (entity: Entity) => ({
    slug: slugOf(entity),
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
    articles: sortArticles(
      [...entity.mentions.entries()].map(([source, mentions]) => {
        const article = bySource.get(source) as Article;
        return {
          slug: articleSlug(source),
          title: article.title,
          ...(article.date ? { date: article.date } : {}),
          snippet: snippetOf(article, mentions),
        };
      }),
      articleRank(),
    ),
    mentionCount: [...entity.mentions.values()].reduce((sum, list) => sum + list.length, 0),
    ...coMentions(entity, together, nameRank, slugOf, coMentionsKept),
  });

  const people: PersonEntry[] = entities
    .filter((entity) => entity.kind === 'person')
    .map((entity) => memo.keep(`person\0${entity.id}`, () => entityKey(entity, slugById, nameById, [coMentionsKept]), () => sourcesOf(entity), () => {
      // The first tie stated by each role's sentence: a prominent person has hundreds of each.
      const tieOf = new Map<string, Entity['ties'][number]>();
      for (const tie of entity.ties) {
        const key = tie.evidence && `${tie.relation}\0${tie.evidence.sentence}`;
        if (key && !tieOf.has(key)) tieOf.set(key, tie);
      }
      return {
        ...common(entity),
        roles: entity.roles.map((role) => {
          const party = role.organisation ? tieOf.get(`${role.title}\0${role.evidence.sentence}`) : undefined;
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
      };
    }));

  // Each party's people, in the order of entities and then of their ties.
  const members = new Map<string, { person: Entity; tie: Entity['ties'][number] }[]>();
  for (const person of entities) for (const tie of person.ties) pushTo(members, tie.party, { person, tie });
  // Each party's coalition members, from their side, in the order of entities.
  const includes = new Map<string, { member: Entity; link: Entity['coalitions'][number] }[]>();
  for (const member of entities) for (const link of member.coalitions) pushTo(includes, link.party, { member, link });
  const partyEntry = (entity: Entity): PartyEntry => {
    const people = members.get(entity.id) ?? [];
    const others = includes.get(entity.id) ?? [];
    // Who a party's people are and what ties them (ties by object: a large party has thousands).
    const extra = () => [coMentionsKept, people.length, ...people.flatMap(({ person, tie }) => [slugOf(person), person.name, factText(tie)]), ...others.flatMap(({ member, link }) => [slugOf(member), member.name, factText(link)])];
    const cited = () => [...people.flatMap(({ tie }) => (tie.evidence ? [tie.evidence] : [])), ...others.map(({ link }) => link.evidence)];
    return memo.keep(`party\0${entity.id}`, () => entityKey(entity, slugById, nameById, extra()), () => sourcesOf(entity, cited()), () => ({
      ...common(entity),
      acronym: entity.acronym,
      label: partyLabel(entity),
      people: people.map(({ person, tie }) => ({
        slug: slugOf(person),
        name: person.name,
        relation: tie.relation,
        tense: tie.tense ?? 'current',
        ...(tie.evidence ? { evidence: evidence(tie.evidence) } : {}),
      })),
      coalitions: [
        ...entity.coalitions.flatMap((link) => {
          const other = byId.get(link.party);
          return other ? [{ slug: slugOf(other), name: other.name, relation: 'member of' as const, evidence: evidence(link.evidence) }] : [];
        }),
        ...others.map(({ member, link }) => ({ slug: slugOf(member), name: member.name, relation: 'includes' as const, evidence: evidence(link.evidence) })),
      ],
    }));
  };
  const parties: PartyEntry[] = entities.filter((entity) => entity.kind === 'party').map(partyEntry);

  // An article's entry reads its own text (its digest) and nothing else its signature does not hold.
  const articleEntries: ArticleEntry[] = articles.map((article) => memo.keep(`article\0${article.source}`, () => [articleDigest(article)], () => [article.source], () => {
    const present = entitiesIn.get(article.source) ?? [];
    const refs = (kind: Entity['kind']) =>
      present
        .filter((entity) => entity.kind === kind)
        .map((entity) => ({ slug: slugOf(entity), name: entity.name, count: entity.mentions.get(article.source)?.length ?? 0 }))
        .sort((a, b) => b.count - a.count || byLocale(a.name, b.name));
    return {
      slug: articleSlug(article.source),
      title: article.title,
      ...(article.date ? { date: article.date } : {}),
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.author ? { author: article.author } : {}),
      ...(article.url ? { url: article.url } : {}),
      source: article.source,
      excerpt: cut(article.paragraphs[0] ?? '', SNIPPET_LENGTH),
      wordCount: article.paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
      people: refs('person'),
      parties: refs('party'),
    };
  }));

  const byKindAndMessage = (a: ReviewNote, b: ReviewNote) => byLocale(a.kind, b.kind) || byLocale(a.message, b.message);
  const notes = [
    ...[...review].sort(byKindAndMessage).map((note) => ({ note, status: 'open' as const })),
    ...[...settled].sort(byKindAndMessage).map((note) => ({ note, status: 'settled' as const })),
  ];
  const ids = reviewIds(notes.map(({ note }) => note));
  // Resolve makes its notes anew on every run, thousands of them at 10,000 articles: an item whose note
  // says the same about unchanged articles is the entry built last time, which the emit need not serialise again.
  const reviewItems: ReviewItemEntry[] = notes.map(({ note, status }, index) =>
    memo.keep(`review\0${ids[index] as string}`, () => reviewKey(note, status), () => [...note.sources, ...note.evidence.map((proof) => proof.source)], () => ({
      slug: ids[index] as string,
      kind: note.kind,
      status,
      message: note.message,
      names: note.names,
      articles: note.sources.flatMap((source) => {
        const article = bySource.get(source);
        return article ? [{ slug: articleSlug(source), title: article.title }] : [];
      }),
      evidence: note.evidence.filter((proof) => bySource.has(proof.source)).map(evidence),
      fixes: settlementsOf(note),
    })),
  );

  const retired: RetiredEntry[] = slugs.retired.map((row) => ({
    id: `${row.kind}--${row.slug}`,
    kind: row.kind,
    slug: row.slug,
    name: row.name,
    ...(row.target ? { target: row.target } : {}),
  }));

  return {
    articles: articleEntries,
    bodies: articleEntries.map((entry, index) => ({ slug: entry.slug, ...(bodies.get((articles[index] as Article).source) ?? NO_BODY) })),
    people,
    parties,
    review: reviewItems,
    retired,
  };
}

/** What a review item reads of its note, besides its articles: each list after its length, so that no two notes give the same key. */
function reviewKey(note: ReviewNote, status: 'open' | 'settled'): Key {
  return [
    status,
    note.kind,
    note.message,
    note.names.length,
    ...note.names,
    note.sources.length,
    ...note.sources,
    note.evidence.length,
    ...note.evidence.flatMap((proof) => [proof.source, proof.sentence]),
    note.fixes.length,
    ...note.fixes,
  ];
}

/** Adds `value` to the list `map` keeps under `key`, starting the list when there is none. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A party's label in pictures, as the articles write it: its acronym if one of
 * them wrote it ("ODM", or "One Kenya Alliance (OKA)"), else the shortest form
 * they use ("Wiper"), most used first among equals; the name if none is shorter.
 */
function partyLabel(entity: Entity): string {
  const written = new Map<string, number>();
  for (const mention of [...entity.mentions.values()].flat()) {
    for (const form of [mention.surface, mention.acronym]) if (form) written.set(form, (written.get(form) ?? 0) + 1);
  }
  if (entity.acronym && written.has(entity.acronym)) return entity.acronym;
  const [shortest] = [...written.entries()].sort(([a, aCount], [b, bCount]) => a.length - b.length || bCount - aCount || (a < b ? -1 : a > b ? 1 : 0));
  return shortest && shortest[0].length < entity.name.length ? shortest[0] : entity.name;
}
