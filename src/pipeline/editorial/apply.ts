/**
 * Applies an editor's corrections to a resolved corpus: merges, canonical
 * names, aliases, kinds, party ties, Wikidata ids and descriptions. The
 * machine never writes the editorial file; it only obeys it.
 */
import type { Resolution, ReviewNote } from '../resolve/index';
import { nameKey } from '../resolve/normalise';
import type { ArticleExtraction, Entity } from '../types';
import type { EditorialEntry, EditorialFile } from './parse';
import { reviewBaseId } from '../review-items';
import { closestName } from './suggest';

/**
 * An entry that matches nothing in the articles: a person whose articles were
 * retracted, or a typo. It is skipped, never a reason to stop the build.
 */
export interface StaleEntry {
  line?: number;
  /** The entry's name, or the person of a party tie. */
  name: string;
  /** The names that matched nothing: the entry's own, or the tie's party. */
  unmatched: string[];
  /**
   * `entity`: no name of the entry is found; `party-tie`: the tie's party is not;
   * `near-miss`: the entry would give an entity a new name that is one slip away
   * from another entity's ("Oburu Ogina" beside "Oburu Oginga"), most likely a typo.
   */
  what: 'entity' | 'party-tie' | 'near-miss';
  /** For a near miss: the name the editor most likely meant. */
  near?: string;
}

/** Drops mentions of names the editor says are no entity, before resolution sees them. */
export function dropNotEntities(extractions: ArticleExtraction[], editorial: EditorialFile): ArticleExtraction[] {
  if (editorial.notEntities.length === 0) return extractions;
  const banned = new Set(editorial.notEntities.map(nameKey));
  return extractions.map((extraction) => ({
    ...extraction,
    mentions: extraction.mentions.filter((mention) => !banned.has(nameKey(mention.name))),
  }));
}

/** Applies every entity entry; an entry naming no entity is stale, and the rest still apply. */
export function applyEditorial(resolution: Resolution, editorial: EditorialFile): { resolution: Resolution; stale: StaleEntry[] } {
  let entities = [...resolution.entities];
  const stale: StaleEntry[] = [];
  const renamed = new Map<string, string>();
  const line = (entry: EditorialEntry) => (entry.line ? { line: entry.line } : {});

  for (const entry of editorial.entities) {
    const keys = new Set([entry.name, ...entry.same_as].map(nameKey));
    const targets = entities.filter((entity) => [entity.name, ...entity.aliases].some((alias) => keys.has(nameKey(alias))));
    if (targets.length === 0) {
      stale.push({ ...line(entry), name: entry.name, unmatched: [entry.name, ...entry.same_as], what: 'entity' });
      continue;
    }
    const near = nearMiss(entry, targets, entities);
    if (near) {
      stale.push({ ...line(entry), name: entry.name, unmatched: [entry.name], what: 'near-miss', near });
      continue;
    }
    const primary = pickPrimary(targets, entry.name);
    for (const other of targets) {
      if (other === primary) continue;
      absorb(primary, other);
      renamed.set(other.id, primary.id);
      entities = entities.filter((entity) => entity !== other);
    }
    const oldId = primary.id;
    const aliases = new Set([...primary.aliases, primary.name, ...entry.aliases]);
    primary.name = entry.name;
    primary.kind = entry.kind ?? primary.kind;
    primary.id = `${primary.kind}:${nameKey(entry.name)}`;
    primary.aliases = [...aliases].filter((alias) => nameKey(alias) !== nameKey(entry.name)).sort((a, b) => a.localeCompare(b));
    if (entry.wikidata) primary.wikidata = entry.wikidata;
    if (entry.description) primary.description = entry.description;
    if (oldId !== primary.id) {
      renamed.set(oldId, primary.id);
      for (const [from, to] of renamed) if (to === oldId) renamed.set(from, primary.id);
    }
  }

  for (const entry of editorial.entities) {
    const person = entities.find((entity) => nameKey(entity.name) === nameKey(entry.name));
    for (const tie of entry.parties) {
      const party = entities.find((entity) => entity.kind === 'party' && [entity.name, ...entity.aliases, entity.acronym ?? ''].some((alias) => nameKey(alias) === nameKey(tie.party)));
      if (!person) continue; // the entry itself is stale, and said so above
      if (!party) {
        stale.push({ ...line(entry), name: entry.name, unmatched: [tie.party], what: 'party-tie' });
        continue;
      }
      if (!person.ties.some((known) => known.party === party.id && known.relation === tie.relation)) person.ties.push({ party: party.id, relation: tie.relation });
    }
  }

  return { resolution: { ...resolution, entities: remap(entities, renamed), links: remapLinks(resolution.links, renamed) }, stale };
}

/** Notes about one sentence, not about who someone is: only their id confirms them. */
const BY_ID_ONLY = new Set<ReviewNote['kind']>(['held-back-fact', 'unattributed-quote']);

/**
 * Splits review notes into those still open and those the editor has settled:
 * a name merged, renamed, kept apart or ruled out settles every note about it;
 * `confirmed` settles a note whose names are all confirmed ("this is right, stop asking"),
 * or the one note whose id it gives (a held-back fact, an unattributed quote).
 */
export function settleReview(review: ReviewNote[], editorial: EditorialFile): { open: ReviewNote[]; settled: ReviewNote[] } {
  const corrected = new Set(
    [...editorial.entities.flatMap((entry) => [entry.name, ...entry.same_as]), ...editorial.notEntities, ...editorial.keepApart.flat()].map(nameKey),
  );
  const confirmed = new Set(editorial.confirmed.map(nameKey));
  const confirmedIds = new Set(editorial.confirmed);
  const open: ReviewNote[] = [];
  const settled: ReviewNote[] = [];
  // Thousands of notes on every run of the dev server: with nothing in the file to settle them, no name is keyed.
  if (corrected.size === 0 && confirmed.size === 0) return { open: [...review], settled: [] };
  for (const note of review) {
    // A stale entry's own name is in the file by definition: only `confirmed` settles it.
    const fixed = note.kind !== 'stale-editorial' && note.names.some((name) => corrected.has(nameKey(name)));
    const byName = !BY_ID_ONLY.has(note.kind) && note.names.length > 0 && note.names.every((name) => confirmed.has(nameKey(name)));
    const done = fixed || byName || confirmedIds.has(reviewBaseId(note));
    (done ? settled : open).push(note);
  }
  return { open, settled };
}

/**
 * A new name for the entry's entities that the articles never use, and that is
 * a slip away from another entity's name: applying it would publish the typo.
 */
function nearMiss(entry: EditorialEntry, targets: Entity[], entities: Entity[]): string | undefined {
  const key = nameKey(entry.name);
  if (targets.some((entity) => [entity.name, ...entity.aliases].some((alias) => nameKey(alias) === key))) return undefined;
  const others = entities.filter((entity) => !targets.includes(entity)).flatMap((entity) => [entity.name, ...entity.aliases]);
  return closestName(entry.name, others);
}

/** The entity that keeps its identity in a merge: the one already called so, else the most mentioned. */
function pickPrimary(targets: Entity[], name: string): Entity {
  const named = targets.find((entity) => nameKey(entity.name) === nameKey(name));
  if (named) return named;
  const count = (entity: Entity) => [...entity.mentions.values()].reduce((sum, list) => sum + list.length, 0);
  return [...targets].sort((a, b) => count(b) - count(a) || a.id.localeCompare(b.id))[0] as Entity;
}

function absorb(into: Entity, other: Entity): void {
  into.aliases = [...new Set([...into.aliases, other.name, ...other.aliases])];
  for (const [source, mentions] of other.mentions) into.mentions.set(source, [...(into.mentions.get(source) ?? []), ...mentions]);
  // The same office in another tense (former beside current), or reported by another
  // article (with its own date), is another report: both stay, as resolution keeps them.
  const sameRole = (a: Entity['roles'][number], b: Entity['roles'][number]) =>
    a.title === b.title && a.organisation === b.organisation && (a.tense ?? 'current') === (b.tense ?? 'current') && a.evidence.source === b.evidence.source;
  const sameTie = (a: Entity['ties'][number], b: Entity['ties'][number]) =>
    a.party === b.party && a.relation === b.relation && (a.tense ?? 'current') === (b.tense ?? 'current') && a.evidence?.source === b.evidence?.source;
  into.roles.push(...other.roles.filter((role) => !into.roles.some((known) => sameRole(known, role))));
  into.ties.push(...other.ties.filter((tie) => !into.ties.some((known) => sameTie(known, tie))));
  into.quotes.push(...other.quotes.filter((quote) => !into.quotes.some((known) => known.text === quote.text)));
  into.acronym = into.acronym ?? other.acronym;
}

function remap(entities: Entity[], renamed: Map<string, string>): Entity[] {
  // A fact whose party keeps its id stays the same object: the records memo knows an unchanged fact by it.
  const follow = <T extends { party: string }>(fact: T): T => {
    const party = renamed.get(fact.party);
    return party === undefined ? fact : { ...fact, party };
  };
  if (renamed.size > 0) {
    for (const entity of entities) {
      entity.ties = entity.ties.map(follow);
      entity.coalitions = entity.coalitions.map(follow);
    }
  }
  return entities.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

function remapLinks(links: Resolution['links'], renamed: Map<string, string>): Resolution['links'] {
  if (renamed.size === 0) return links;
  const result = new Map<string, Map<string, string>>();
  for (const [source, article] of links) result.set(source, new Map([...article].map(([text, id]) => [text, renamed.get(id) ?? id])));
  return result;
}
