/**
 * Joins the person clusters of all articles into people: the same full name
 * is one person; a shorter form ("Festus Adongo", "President Kenyatta")
 * joins the one corpus person it can stand for, or stays apart for review.
 */
import type { Evidence, Mention } from '../types';
import type { ArticlePeople, PersonCluster } from './article-people';
import { honorificSex, isRunOf, isSuffixVariant, nameKey, personWords } from './normalise';
import { Collation } from '../collation';

export interface PersonGroup {
  words: string[];
  clusters: PersonCluster[];
}

export interface ReviewNote {
  kind: 'ambiguous-short-form' | 'title-only' | 'possible-duplicate' | 'weak-evidence' | 'stale-editorial' | 'held-back-fact' | 'unattributed-quote';
  message: string;
  names: string[];
  sources: string[];
  /** The sentences the names stand in, so the editor need not open the articles. */
  evidence: Evidence[];
  /** Lines of `seeds/editorial.yaml` that would settle it, ready to copy; one per way to settle it. */
  fixes: string[];
}

/** The sentences of up to `limit` mentions, one per article. */
export function evidenceOf(clusters: { source: string; mentions: Mention[] }[], limit = 3): Evidence[] {
  return clusters.slice(0, limit).flatMap((cluster) => (cluster.mentions[0] ? [{ source: cluster.source, sentence: cluster.mentions[0].place.sentence }] : []));
}

/** The orders names and sources sort in; a process that resolves again passes the same ones (they keep what they ranked). */
export interface JoinOrders {
  names: Collation;
  sources: Collation;
}

/** Joins clusters across articles; returns the groups and what an editor should look at. */
export function joinPeople(
  articles: ArticlePeople[],
  apart: string[][] = [],
  orders: JoinOrders = { names: new Collation(), sources: new Collation() },
): { groups: PersonGroup[]; review: ReviewNote[] } {
  const clusters = articles.flatMap((article) => article.clusters);
  return joinedBy(planJoin(clusters, apart, orders), clusters);
}

/**
 * Where `joinPeople` put each cluster, by its position in the list of all
 * clusters: a function of each cluster's join face (see `joinFace`) alone,
 * so that a resolve whose clusters all show the faces they showed last time
 * can reuse it (resolve/join-memo.ts).
 */
export interface JoinPlan {
  /** Each group's clusters, by position, in the order they joined it; groups in the order they were made. */
  groups: number[][];
  /** Each note in the order made: its cluster, and the groups it could stand for (none: a title-only note). */
  notes: { cluster: number; candidates: number[] }[];
}

/** Decides the join: longest names first, each cluster joining the one group it can stand for, if any. */
export function planJoin(clusters: PersonCluster[], apart: string[][], orders: JoinOrders): JoinPlan {
  // Longest names first, so that short forms meet every full name they could stand for; then by name, then
  // by source, each by its rank in the collator's order (equal ones sharing a rank), as one number per cluster:
  // tens of thousands of clusters sort, most of them on names many clusters share.
  const names = clusters.map((cluster) => wordsKey(cluster.words));
  const nameRank = orders.names.ranks(names);
  const sourceRank = orders.sources.ranks(clusters.map((cluster) => cluster.source));
  const span = Math.max(nameRank.size, sourceRank.size) + 1;
  const keys = clusters.map(
    (cluster, index) => (-cluster.words.length * span + (nameRank.get(names[index] as string) as number)) * span + (sourceRank.get(cluster.source) as number),
  );
  const order = clusters.map((_cluster, index) => index).sort((a, b) => (keys[a] as number) - (keys[b] as number));
  const plan: JoinPlan = { groups: [], notes: [] };
  // The groups as they grow, with their place in the plan; indexes, so that each cluster meets only the groups that share a word with it.
  const groups: PersonGroup[] = [];
  const at = new Map<PersonGroup, number>();
  const byKey = new Map<string, PersonGroup>();
  const byWord = new Map<string, PersonGroup[]>();
  const join = (group: PersonGroup, index: number) => {
    group.clusters.push(clusters[index] as PersonCluster);
    plan.groups[at.get(group) as number]?.push(index);
  };
  for (const index of order) {
    const cluster = clusters[index] as PersonCluster;
    const same = byKey.get(names[index] as string);
    if (same) {
      join(same, index);
      continue;
    }
    const sharing = new Set(cluster.words.flatMap((word) => byWord.get(word) ?? []));
    const candidates = [...sharing].filter((group) => group.words.length > cluster.words.length && standsFor(cluster, group) && !keptApart(cluster, group, apart));
    if (candidates.length === 1 && compatible(cluster, candidates[0] as PersonGroup)) {
      join(candidates[0] as PersonGroup, index);
      continue;
    }
    if (candidates.length > 1) plan.notes.push({ cluster: index, candidates: candidates.map((group) => at.get(group) as number) });
    else if (cluster.words.length === 1) plan.notes.push({ cluster: index, candidates: [] });
    const group = { words: cluster.words, clusters: [cluster] };
    at.set(group, groups.length);
    groups.push(group);
    plan.groups.push([index]);
    byKey.set(wordsKey(group.words), group);
    for (const word of new Set(group.words)) addTo(byWord, word, group);
  }
  return plan;
}

/**
 * The groups and notes a plan makes of the clusters: new groups (later stages grow them), and each
 * note made again unless `kept` hands one back (a note whose cluster and candidates are the same objects).
 */
export function joinedBy(plan: JoinPlan, clusters: PersonCluster[], kept: (note: number) => ReviewNote | undefined = () => undefined): { groups: PersonGroup[]; review: ReviewNote[] } {
  const groups = plan.groups.map((members) => ({ words: (clusters[members[0] as number] as PersonCluster).words, clusters: members.map((index) => clusters[index] as PersonCluster) }));
  const review = plan.notes.map((note, index) => kept(index) ?? noteOf(clusters[note.cluster] as PersonCluster, note.candidates.map((group) => groups[group] as PersonGroup)));
  return { groups, review };
}

/** What an editor is told of a cluster that joined no group: it could be several people, or it has no full name anywhere. */
function noteOf(cluster: PersonCluster, candidates: PersonGroup[]): ReviewNote {
  if (candidates.length > 0) {
    return {
      kind: 'ambiguous-short-form',
      message: `“${displayName(cluster)}” in ${cluster.source} could be ${candidates.map((group) => displayGroup(group)).join(' or ')}`,
      names: [displayName(cluster), ...candidates.map(displayGroup)],
      sources: [cluster.source],
      evidence: evidenceOf([cluster]),
      // Nothing to write: the mention stays unlinked. Adding the full name to the article settles it.
      fixes: [],
    };
  }
  return {
    kind: 'title-only',
    message: `“${displayName(cluster)}” in ${cluster.source} is named without a full name anywhere in the corpus`,
    names: [displayName(cluster)],
    sources: [cluster.source],
    evidence: evidenceOf([cluster]),
    fixes: [`entities:\n  - name: FULL NAME\n    same_as: [${displayName(cluster)}]`],
  };
}

/**
 * All that `planJoin` reads of a cluster, as one text: its article, its words, and of its mentions
 * the sexes their honorifics say, the words of their titles and their names (`compatible`, `keptApart`).
 * Two clusters with the same face are joined alike.
 */
export function joinFace(cluster: PersonCluster): string {
  const sorted = (items: Iterable<string>) => [...new Set(items)].sort().join('\u0002');
  const { mentions } = cluster;
  return [
    cluster.source,
    cluster.words.join(' '),
    // A mention with no honorific tells `compatible` nothing: another "said X" leaves the face as it was.
    sorted(mentions.flatMap((mention) => honorificSex(mention.honorific) ?? [])),
    sorted(mentions.flatMap((mention) => (mention.role ? titleWords(mention.role.title) : []))),
    sorted(mentions.map((mention) => nameKey(mention.name))),
  ].join('\u0001');
}

/** Lone words left over in an article that stand for exactly one corpus person: "Raila said". */
export function placeLeftovers(leftovers: { source: string; mention: Mention }[], groups: PersonGroup[]): Mention[] {
  const unplaced: Mention[] = [];
  const byWord = new Map<string, PersonGroup[]>();
  for (const group of groups) for (const word of new Set(group.words)) addTo(byWord, word, group);
  for (const { source, mention } of leftovers) {
    if (mention.evidence < 1) {
      unplaced.push(mention);
      continue;
    }
    const words = personWords(mention.name);
    const candidates = (byWord.get(words[0] ?? '') ?? []).filter((group) => group.words.length > words.length && isRunOf(words, group.words));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only && mention.evidence >= 1) {
      // The article's own clusters are resolve's kept ones (see articlePartsOf): the group gets a grown copy.
      const at = only.clusters.findIndex((cluster) => cluster.source === source);
      const home = only.clusters[at];
      if (home) only.clusters[at] = { ...home, mentions: [...home.mentions, mention] };
      else only.clusters.push({ source, words, mentions: [mention] });
    } else unplaced.push(mention);
  }
  return unplaced;
}

/**
 * A cluster's words as one name, by the words' list: each resolve clones the
 * clusters of every article but keeps their lists of words, and joining them
 * anew made tens of thousands of strings on every run of the dev server.
 */
const joined = new WeakMap<string[], string>();

function wordsKey(words: string[]): string {
  let key = joined.get(words);
  if (key === undefined) joined.set(words, (key = words.join(' ')));
  return key;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when the editor said the cluster's person and the group's are two people. */
function keptApart(cluster: PersonCluster, group: PersonGroup, apart: string[][]): boolean {
  if (apart.length === 0) return false;
  const names = (clusters: PersonCluster[]) => new Set(clusters.flatMap((one) => [one.words.join(' '), ...one.mentions.map((mention) => nameKey(mention.name))]));
  const mine = names([cluster]);
  const theirs = names(group.clusters);
  return apart.some((pair) => {
    const keys = pair.map(nameKey);
    return keys.some((a) => mine.has(a) && keys.some((b) => b !== a && theirs.has(b)));
  });
}

function standsFor(cluster: PersonCluster, group: PersonGroup): boolean {
  return nameStandsFor(cluster.words, group.words);
}

/** Whether a name of `words` may stand for the longer name `whole` (a group's): a run of it, or its first and last words. */
export function nameStandsFor(words: string[], whole: string[]): boolean {
  if (isSuffixVariant(words, whole)) return false;
  if (isRunOf(words, whole)) return words.length > 1 || words[0] === whole[0] || words[0] === whole[whole.length - 1];
  // "Festus Adongo" for "Festus Omondi Adongo": same first and last word.
  return words.length > 1 && words[0] === whole[0] && words[words.length - 1] === whole[whole.length - 1] && words.every((word) => whole.includes(word));
}

/** A short form may join a full name only if their honorifics and titles do not disagree. */
function compatible(cluster: PersonCluster, group: PersonGroup): boolean {
  const theirs = group.clusters.flatMap((other) => other.mentions);
  const gender = (mentions: Mention[]) => new Set(mentions.map((mention) => honorificSex(mention.honorific)).filter(Boolean));
  const mine = gender(cluster.mentions);
  const other = gender(theirs);
  if ([...mine].some((value) => other.size > 0 && !other.has(value))) return false;
  if (cluster.words.length > 1) return true;
  const titles = (mentions: Mention[]) => new Set(mentions.flatMap((mention) => (mention.role ? titleWords(mention.role.title) : [])));
  const myTitles = titles(cluster.mentions);
  const theirTitles = titles(theirs);
  if (myTitles.size === 0 || theirTitles.size === 0) return true;
  return [...myTitles].some((word) => theirTitles.has(word));
}

function titleWords(title: string): string[] {
  return title.toLowerCase().split(/[\s-]+/).filter((word) => !/^(?:former|ex|deputy|vice|the|of|for|acting)$/.test(word));
}

function displayName(cluster: PersonCluster): string {
  const longest = [...cluster.mentions].sort((a, b) => b.name.length - a.name.length)[0];
  return longest?.name ?? cluster.words.join(' ');
}

function displayGroup(group: PersonGroup): string {
  return displayName(group.clusters[0] as PersonCluster);
}
