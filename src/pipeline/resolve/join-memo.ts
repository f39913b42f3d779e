/**
 * The join of the last resolve in this process, kept for the next (the dev
 * server resolves the whole corpus on every save): when every cluster of the
 * corpus is the same object as last time, or shows the same join face (an
 * edited article whose people are named as before), the last plan is the
 * plan, and only the notes about changed clusters are written again. Any
 * other change (a cluster more or less, a name spelled anew, an honorific or
 * a title that could let a short form join someone else, another editorial
 * `keep_apart`) joins the corpus afresh.
 */
import type { ArticlePeople, PersonCluster } from './article-people';
import { joinedBy, joinFace, planJoin, type JoinOrders, type JoinPlan, type PersonGroup, type ReviewNote } from './people';

let last: { clusters: PersonCluster[]; apart: string; plan: JoinPlan; review: ReviewNote[] } | undefined;

/** Lets go of the kept join (see forgetResolveMemory). */
export function forgetJoin(): void {
  last = undefined;
}

/** `joinPeople`, reusing the last plan when no cluster's join face changed. */
export function keptJoin(articles: ArticlePeople[], apart: string[][], orders: JoinOrders): { groups: PersonGroup[]; review: ReviewNote[] } {
  const clusters = articles.flatMap((article) => article.clusters);
  const apartKey = JSON.stringify(apart);
  const changed = last && last.apart === apartKey ? changedClusters(last.clusters, clusters) : undefined;
  const known = changed && last;
  const plan = known ? known.plan : planJoin(clusters, apart, orders);
  // A note reads its cluster and its candidates' first clusters: kept while all of them are the same objects.
  const kept = (note: number) => {
    if (!known) return undefined;
    const { cluster, candidates } = plan.notes[note] as JoinPlan['notes'][number];
    if (changed.has(cluster) || candidates.some((group) => changed.has((plan.groups[group] as number[])[0] as number))) return undefined;
    return known.review[note];
  };
  const joined = joinedBy(plan, clusters, kept);
  last = { clusters, apart: apartKey, plan, review: joined.review };
  return joined;
}

/** The positions whose cluster is another object with the same join face; undefined when any face (or the count) differs. */
function changedClusters(before: PersonCluster[], now: PersonCluster[]): Set<number> | undefined {
  if (before.length !== now.length) return undefined;
  const changed = new Set<number>();
  for (let index = 0; index < now.length; index++) {
    const one = before[index] as PersonCluster;
    const other = now[index] as PersonCluster;
    if (one === other) continue;
    if (joinFace(one) !== joinFace(other)) return undefined;
    changed.add(index);
  }
  return changed;
}
