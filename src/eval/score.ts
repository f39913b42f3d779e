/**
 * Scores what the extractor found against gold, at the level of entities
 * after resolution: precision, recall and F1, plus clustering errors (one
 * person split over two entities, two people merged into one) and traps hit.
 */
import { nameKey } from '../pipeline/resolve/normalise';
import type { GoldEntity } from './gold';

/** An entity as the extractor reports it (the shape of `npm run extract -- --json`). */
export interface Predicted {
  name: string;
  aliases: string[];
  acronym?: string | null;
  articles: string[];
}

export interface KindScore {
  truePositives: number;
  /** How many gold entities had to be found (optional ones left out). */
  requiredCount: number;
  falsePositives: string[];
  falseNegatives: string[];
  precision: number;
  recall: number;
  f1: number;
  /** Gold entities found as more than one entity. */
  splits: string[];
  /** Entities that hold two gold entities. */
  merges: string[];
  /** Entities made of a name the gold says is no entity. */
  traps: string[];
}

const keysOf = (entity: { name: string; aliases: string[]; acronym?: string | null }) =>
  new Set([entity.name, ...entity.aliases, ...(entity.acronym ? [entity.acronym] : [])].map(nameKey));

/** Scores one kind (people or parties). */
export function scoreKind(predicted: Predicted[], gold: GoldEntity[], traps: string[]): KindScore {
  const goldKeys = gold.map((entity) => ({ entity, keys: keysOf(entity) }));
  const trapKeys = new Set(traps.map(nameKey));
  const found = new Map<GoldEntity, Predicted[]>();
  const falsePositives: string[] = [];
  const trapHits: string[] = [];
  const merges: string[] = [];
  let correct = 0;

  for (const entity of predicted) {
    const matches = matchesOf(entity, goldKeys);
    if (matches.length === 0) {
      falsePositives.push(entity.name);
      if ([...keysOf(entity)].some((key) => trapKeys.has(key))) trapHits.push(entity.name);
      continue;
    }
    for (const match of matches) found.set(match, [...(found.get(match) ?? []), entity]);
    if (matches.some((match) => !match.optional)) correct++;
    const held = goldKeys.filter(({ entity: other }) => !other.optional && other.name.includes(' ') && keysOf(entity).has(nameKey(other.name)));
    if (held.length > 1) merges.push(`${entity.name} = ${held.map(({ entity: other }) => other.name).join(' + ')}`);
  }

  // A person the gold knows only by surname ("Senator Kiptoo") is found when an
  // entity goes by that surname: resolution may rightly link it to the full name.
  for (const entity of gold) {
    if (found.has(entity) || entity.name.includes(' ')) continue;
    const owner = predicted.find((candidate) => [candidate.name, ...candidate.aliases].some((name) => nameKey(name).split(' ').includes(nameKey(entity.name))));
    if (owner) found.set(entity, [owner]);
  }
  const required = gold.filter((entity) => !entity.optional);
  const falseNegatives = required.filter((entity) => !found.has(entity)).map((entity) => entity.name);
  const splits = required.filter((entity) => (found.get(entity)?.length ?? 0) > 1).map((entity) => `${entity.name} (${found.get(entity)?.map((p) => p.name).join(' / ')})`);
  const precision = ratio(correct, correct + falsePositives.length);
  const recall = ratio(required.length - falseNegatives.length, required.length);
  return {
    truePositives: correct,
    requiredCount: required.length,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    splits,
    merges,
    traps: trapHits,
  };
}

/**
 * The one gold entity a predicted entity stands for, as `scoreKind` matches
 * them (by name, else by an alias only one gold entity has, else by the
 * surname of a person the gold knows only so); none if it stands for several.
 */
export function goldEntityOf(entity: Omit<Predicted, 'articles'>, gold: GoldEntity[]): GoldEntity | undefined {
  const matches = matchesOf({ ...entity, articles: [] }, gold.map((one) => ({ entity: one, keys: keysOf(one) })));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) return undefined;
  const words = [entity.name, ...entity.aliases].flatMap((name) => nameKey(name).split(' '));
  const bySurname = gold.filter((one) => !one.name.includes(' ') && words.includes(nameKey(one.name)));
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

/**
 * The gold entities a prediction stands for: by its name, else by its
 * acronym, else by a name only one gold entity has. The acronym only when the
 * name finds none: two parties may share one ("ANC", Kenya's and South
 * Africa's), and a prediction named for one of them is not also the other.
 */
function matchesOf(entity: Predicted, gold: { entity: GoldEntity; keys: Set<string> }[]): GoldEntity[] {
  const named = (name: string) => gold.filter(({ keys }) => keys.has(nameKey(name)));
  const byName = named(entity.name);
  if (byName.length > 0) return byName.map(({ entity: match }) => match);
  const byAcronym = entity.acronym ? named(entity.acronym) : [];
  if (byAcronym.length > 0) return byAcronym.map(({ entity: match }) => match);
  const byAlias = gold.filter(({ keys }) => entity.aliases.some((alias) => keys.has(nameKey(alias))));
  return byAlias.length === 1 ? [(byAlias[0] as { entity: GoldEntity }).entity] : [];
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Joins per-article gold into corpus gold: entities with the same name are one. */
export function mergeGold(entities: GoldEntity[]): GoldEntity[] {
  const byName = new Map<string, GoldEntity>();
  for (const entity of entities) {
    const known = byName.get(nameKey(entity.name));
    if (!known) {
      byName.set(nameKey(entity.name), { ...entity, aliases: [...entity.aliases] });
      continue;
    }
    known.aliases = [...new Set([...known.aliases, ...entity.aliases])];
    known.optional = known.optional && entity.optional;
    known.acronym = known.acronym ?? entity.acronym ?? null;
  }
  return [...byName.values()];
}

/** Pools several scores of one kind into one, counting every entity once per set (micro-average). */
export function poolScores(scores: KindScore[]): KindScore {
  const truePositives = scores.reduce((sum, score) => sum + score.truePositives, 0);
  const falsePositives = scores.flatMap((score) => score.falsePositives);
  const falseNegatives = scores.flatMap((score) => score.falseNegatives);
  const required = scores.reduce((sum, score) => sum + Math.round(score.recall * score.requiredCount), 0);
  const requiredCount = scores.reduce((sum, score) => sum + score.requiredCount, 0);
  const precision = ratio(truePositives, truePositives + falsePositives.length);
  const recall = ratio(required, requiredCount);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    requiredCount,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    splits: scores.flatMap((score) => score.splits),
    merges: scores.flatMap((score) => score.merges),
    traps: scores.flatMap((score) => score.traps),
  };
}
