/**
 * A join plan with new clusters placed in it without joining the corpus
 * again (the dev server's save that names someone new): a cluster whose name
 * can stand for no other name of the corpus, and no other name for it, joins
 * no group and is joined by no cluster. `planJoin` would make it a group of
 * its own, where its turn in the plan's order falls, and change nothing else
 * but the numbers of the groups made after it.
 */
import type { PersonCluster } from './article-people';
import { nameStandsFor, type JoinPlan } from './people';
import { byLocale } from '../collation';

/** The distinct names of a corpus's clusters under each of their words: name → its words. */
export type NameIndex = Map<string, Map<string, string[]>>;

/** The index of `clusters`' names. */
export function nameIndex(clusters: readonly PersonCluster[]): NameIndex {
  const index: NameIndex = new Map();
  for (const cluster of clusters) addName(index, cluster.words);
  return index;
}

/** Adds one name to the index (it keeps a name once). */
export function addName(index: NameIndex, words: string[]): void {
  const name = words.join(' ');
  for (const word of words) {
    let names = index.get(word);
    if (!names) index.set(word, (names = new Map()));
    if (!names.has(name)) names.set(name, words);
  }
}

/**
 * Whether a new cluster's name changes no other cluster's join: no other
 * cluster has it, it stands for no longer name (it would join, or be a short
 * form of several), and no shorter name stands for it (its group would take
 * that cluster, or make it ambiguous). `index` holds every other name.
 */
export function standsAlone(words: string[], index: NameIndex): boolean {
  if (words.length === 0) return false;
  const name = words.join(' ');
  for (const word of words) {
    for (const [other, otherWords] of index.get(word) ?? []) {
      if (other === name) return false;
      if (otherWords.length > words.length && nameStandsFor(words, otherWords)) return false;
      if (otherWords.length < words.length && nameStandsFor(otherWords, words)) return false;
    }
  }
  return true;
}

/**
 * The last plan for the corpus `clusters`, given where each of the last
 * clusters now stands (`at`) and the new ones (`added`, positions, each
 * `standsAlone`); and, for each note of the plan, the last plan's note it is
 * (none for a new one).
 */
export function placeNewClusters(last: JoinPlan, at: readonly number[], added: readonly number[], clusters: readonly PersonCluster[]): { plan: JoinPlan; origins: (number | undefined)[] } {
  const plan: JoinPlan = {
    groups: last.groups.map((members) => members.map((index) => at[index] as number)),
    notes: last.notes.map((note) => ({ cluster: at[note.cluster] as number, candidates: note.candidates })),
  };
  const origins: (number | undefined)[] = last.notes.map((_note, index) => index);
  // planJoin's order: longest names first, then by name and by source in the collator's order, then by position.
  const before = (a: number, b: number) => {
    const one = clusters[a] as PersonCluster;
    const other = clusters[b] as PersonCluster;
    return other.words.length - one.words.length || byLocale(one.words.join(' '), other.words.join(' ')) || byLocale(one.source, other.source) || a - b;
  };
  for (const index of added) {
    // Groups and notes are made in that order: each goes where its first cluster's turn comes.
    const group = firstAfter(plan.groups.length, (at) => before(index, (plan.groups[at] as number[])[0] as number) < 0);
    plan.groups.splice(group, 0, [index]);
    for (const note of plan.notes) if (note.candidates.some((candidate) => candidate >= group)) note.candidates = note.candidates.map((candidate) => (candidate >= group ? candidate + 1 : candidate));
    // A lone word that joined nobody is a title-only note.
    if ((clusters[index] as PersonCluster).words.length === 1) {
      const note = firstAfter(plan.notes.length, (at) => before(index, (plan.notes[at] as JoinPlan['notes'][number]).cluster) < 0);
      plan.notes.splice(note, 0, { cluster: index, candidates: [] });
      origins.splice(note, 0, undefined);
    }
  }
  return { plan, origins };
}

/** The first of `count` positions where `after` holds (it holds from some position on), or `count`. */
function firstAfter(count: number, after: (at: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (after(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
