/**
 * The join of the last resolve in this process, kept for the next (the dev
 * server resolves the whole corpus on every save): when every cluster of the
 * corpus is the same object as last time, or shows the same join face (an
 * edited article whose people are named as before), the last plan is the
 * plan, and only the notes about changed clusters are written again. A save
 * that names someone new adds clusters: each whose name no other name can
 * stand for or be stood for by is placed in the last plan (new-names.ts).
 * Any other change (a cluster gone, a name spelled anew that another name can
 * stand for, an honorific or a title that could let a short form join
 * someone else, another editorial `keep_apart`) joins the corpus afresh.
 */
import type { ArticlePeople, PersonCluster } from './article-people';
import { joinedBy, joinFace, planJoin, type JoinOrders, type JoinPlan, type PersonGroup, type ReviewNote } from './people';
import { addName, nameIndex, placeNewClusters, standsAlone, type NameIndex } from './new-names';

/** The last join, and the index of its clusters' names (made when a save first names someone new). */
let last: { clusters: PersonCluster[]; apart: string; plan: JoinPlan; review: ReviewNote[]; names?: NameIndex } | undefined;

/** Past this many new clusters (a new article, a pasted list), the corpus is joined afresh. */
const MOST_ADDED = 8;

/** Lets go of the kept join (see forgetResolveMemory). */
export function forgetJoin(): void {
  last = undefined;
}

/** `joinPeople`, reusing the last plan when no cluster's join face changed and each new cluster stands alone (resolve/new-names.ts). */
export function keptJoin(articles: ArticlePeople[], apart: string[][], orders: JoinOrders): { groups: PersonGroup[]; review: ReviewNote[] } {
  const clusters = articles.flatMap((article) => article.clusters);
  const apartKey = JSON.stringify(apart);
  const known = last && last.apart === apartKey ? last : undefined;
  const matched = known && matchClusters(known.clusters, clusters);
  const names = matched && matched.added.length > 0 ? (known.names ?? nameIndex(known.clusters)) : known?.names;
  const alone = matched && names && newNamesAlone(matched.added.map((index) => (clusters[index] as PersonCluster).words), names);
  const placed = matched && (matched.added.length === 0 ? { plan: known.plan, origins: undefined } : alone ? placeNewClusters(known.plan, matched.at, matched.added, clusters) : undefined);
  const plan = placed ? placed.plan : planJoin(clusters, apart, orders);
  // A note reads its cluster and its candidates' first clusters: kept while all of them are the same objects.
  const kept = (note: number) => {
    if (!placed || !matched) return undefined;
    const was = placed.origins ? placed.origins[note] : note;
    if (was === undefined) return undefined;
    const { cluster, candidates } = plan.notes[note] as JoinPlan['notes'][number];
    if (matched.changed.has(cluster) || candidates.some((group) => matched.changed.has((plan.groups[group] as number[])[0] as number))) return undefined;
    return known.review[was];
  };
  const joined = joinedBy(plan, clusters, kept);
  // The index stays the corpus's while every last cluster is still there with its face.
  if (matched && names) for (const index of matched.added) addName(names, (clusters[index] as PersonCluster).words);
  last = { clusters, apart: apartKey, plan, review: joined.review, names: matched ? names : undefined };
  return joined;
}

/**
 * The last clusters in the new list, in order, each the same object or one with the same join face:
 * where each now stands (`at`), the positions of those that are other objects (`changed`), and of the
 * clusters between them that are new (`added`). Undefined when a cluster went or changed its face.
 */
function matchClusters(before: PersonCluster[], now: PersonCluster[]): { at: number[]; changed: Set<number>; added: number[] } | undefined {
  if (before.length === now.length && before.every((cluster, index) => cluster === now[index])) return { at: [], changed: new Set(), added: [] };
  const at: number[] = [];
  const changed = new Set<number>();
  const added: number[] = [];
  let face: string | undefined;
  for (let index = 0; index < now.length; index++) {
    const one = before[at.length];
    const other = now[index] as PersonCluster;
    if (one === other) {
      at.push(index);
      face = undefined;
      continue;
    }
    if (one && (face ??= joinFace(one)) === joinFace(other)) {
      at.push(index);
      changed.add(index);
      face = undefined;
      continue;
    }
    added.push(index);
    if (added.length > MOST_ADDED) return undefined;
  }
  return at.length === before.length ? { at, changed, added } : undefined;
}

/** Each new name stands alone among the others and the corpus's (the index holds the corpus's). */
function newNamesAlone(added: string[][], names: NameIndex): boolean {
  const words = added.flat();
  if (new Set(words).size < words.length) return false;
  return added.every((one) => standsAlone(one, names));
}
