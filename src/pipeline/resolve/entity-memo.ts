/**
 * The people and parties a resolve can keep from the last one in the same
 * process (see memo.ts): each entity is built again only when what it is built
 * from changed, and is handed out as a copy that later stages may change.
 */
import type { Entity, Mention } from '../types';
import type { EntityMentions } from './entities';
import type { PersonCluster } from './article-people';
import type { HeldBackFact } from './held-back';
import type { PartyDirectory, PartyGroup } from './parties';
import type { PersonGroup } from './people';
import { sameItems } from '../same-items';

/** A person as `buildPerson` makes it. */
export interface BuiltPerson {
  entity: Entity;
  mentions: Mention[];
  heldBack: HeldBackFact[];
}

/** Keyed by the group's first mention; the entry says the rest of what it was built from. */
const people = new WeakMap<Mention, { clusters: readonly PersonCluster[]; parties: string; built: BuiltPerson }>();

/**
 * A person built from a group, or the one built last time from the same
 * mentions (the same objects, from the same articles, in the same order) while
 * the parties were the same (`parties`: their ids, names, aliases and
 * acronyms, and the directory that finds them; all `buildPerson` asks of them).
 * Later stages add quotes and the editorial file renames and merges: each call
 * hands out an entity of its own.
 */
export function personOf(group: PersonGroup, parties: string, build: (group: PersonGroup) => BuiltPerson): BuiltPerson {
  const first = group.clusters.find((cluster) => cluster.mentions.length > 0)?.mentions[0];
  const known = first && people.get(first);
  const same = known && known.parties === parties && sameClusters(known.clusters, group.clusters);
  const kept = same ? known.built : copyPerson(withKeptLists(build(group)));
  if (!same && first) people.set(first, { clusters: [...group.clusters], parties, built: kept });
  const handed = copyPerson(kept);
  origins.set(handed.entity, kept);
  return handed;
}

/**
 * The same mentions from the same articles in the same order, cluster by cluster: an unchanged
 * article's clusters are the same kept objects (see articlePartsOf), so the corpus's mentions
 * are not gathered into one list per person on every resolve; a cluster grown by a leftover is
 * a copy, compared by its source and mentions.
 */
function sameClusters(a: readonly PersonCluster[], b: readonly PersonCluster[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const one = a[index] as PersonCluster;
    const other = b[index] as PersonCluster;
    if (one !== other && (one.source !== other.source || !sameItems(one.mentions, other.mentions))) return false;
  }
  return true;
}

/** The kept person each handed-out entity was copied from. */
const origins = new WeakMap<Entity, BuiltPerson>();

/** What the quote decisions read of each kept person: see `quoteInputs`. */
const quoteFaces = new WeakMap<BuiltPerson, { names: string; rolesIn: Map<string, string> }>();

/**
 * What an article's quote decisions read of a person handed out by `personOf`
 * (resolve/quotes.ts), as items that stay the same, by `===`, while that does:
 * its names with the titles of its roles, the title and tense of each role
 * the article gives it, and its mentions there (a kept list, see
 * `withKeptLists`). A prominent person built again because another article
 * changed reads the same to every article whose part of it did not: keyed by
 * the person, that was hundreds of articles' quotes decided again on every save.
 */
export function quoteInputs(entity: Entity, source: string): readonly unknown[] {
  const kept = origins.get(entity);
  if (!kept) return [entity];
  let face = quoteFaces.get(kept);
  if (!face) quoteFaces.set(kept, (face = quoteFace(kept.entity)));
  return [face.names, face.rolesIn.get(source) ?? '', entity.mentions.get(source)];
}

function quoteFace(entity: Entity): { names: string; rolesIn: Map<string, string> } {
  const titles = new Set<string>();
  const rolesIn = new Map<string, string>();
  for (const role of entity.roles) {
    titles.add(role.title);
    const said = `${role.title}\u0001${role.tense ?? ''}`;
    const known = rolesIn.get(role.evidence.source);
    rolesIn.set(role.evidence.source, known === undefined ? said : `${known}\u0000${said}`);
  }
  const names = [entity.name, entity.acronym ?? '', entity.aliases.length, ...entity.aliases, titles.size, ...titles].join('\u0000');
  return { names, rolesIn };
}

/** Keyed by the party's directory entry (the same object while the directory is); the entry says which mentions it was built from. */
const partiesBuilt = new WeakMap<PartyGroup, { mentions: EntityMentions; built: Entity }>();

/**
 * A party built from its directory entry and mentions, or the one built last
 * time from the same entry and the same mentions (the same objects, from the
 * same articles, in the same order). Like `personOf`, each call hands out an
 * entity of its own.
 */
export function keptParty(group: PartyGroup, mentions: EntityMentions, build: () => Entity): Entity {
  const known = partiesBuilt.get(group);
  const same = known && known.mentions.length === mentions.length && known.mentions.every((one, index) => one.source === mentions[index]?.source && one.mention === mentions[index]?.mention);
  const kept = same ? known.built : copyEntity(withKeptLists({ entity: build() }).entity);
  if (!same) partiesBuilt.set(group, { mentions, built: kept });
  return copyEntity(kept);
}

/** Each list of an entity's mentions in one article, by its first mention: see `withKeptLists`. */
const mentionLists = new WeakMap<Mention, Mention[]>();

/**
 * The entity with each article's list of its mentions as last built, where
 * that list holds the same mentions: a party or a person named in thousands
 * of articles is built again when one of them changes, and a new list for
 * every other article made each of them look changed to the links, the
 * records' signatures and the bodies' keys (7,000 of 10,000 articles on a
 * warm run). Lists are never changed once made.
 */
function withKeptLists<T extends { entity: Entity }>(built: T): T {
  for (const [source, list] of built.entity.mentions) {
    const first = list[0];
    if (!first) continue;
    const known = mentionLists.get(first);
    if (known && known !== list && sameItems(known, list)) built.entity.mentions.set(source, known);
    else mentionLists.set(first, list);
  }
  return built;
}

function copyPerson({ entity, mentions, heldBack }: BuiltPerson): BuiltPerson {
  return { entity: copyEntity(entity), mentions, heldBack };
}

/** An entity whose lists and maps later stages may change without reaching the kept one. */
function copyEntity(entity: Entity): Entity {
  return {
    ...entity,
    aliases: [...entity.aliases],
    roles: [...entity.roles],
    ties: [...entity.ties],
    quotes: [...entity.quotes],
    coalitions: [...entity.coalitions],
    // The editorial file's merges set a source's list anew; nothing pushes into one.
    mentions: new Map(entity.mentions),
  };
}

/** Ids of directories, so that the parties' key can name the one that finds them. */
const directoryIds = new WeakMap<PartyDirectory, number>();
let directoryCount = 0;

/** The parties as `buildPerson` sees them, as one string to compare. */
export function partiesKey(directory: PartyDirectory, parties: Entity[]): string {
  let id = directoryIds.get(directory);
  if (id === undefined) directoryIds.set(directory, (id = ++directoryCount));
  return `${id}\u0001${parties.map((party) => [party.id, party.name, party.acronym ?? '', ...party.aliases].join('\u0002')).join('\u0000')}`;
}
