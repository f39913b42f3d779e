/**
 * How the site's search ranks, in one place: the metadata fields profiles
 * carry for their names and the weight of a match in each, handed to
 * `pagefind.options()` by the search page and by the ranking tests alike.
 */

/**
 * Results the search page shows at once, and adds with "Show more": as many as
 * Pagefind's Default UI. Each needs its own fragment fetched before it shows.
 */
export const resultsPerPage = 5;

/** Longer canonical names share one field: four words and more. */
const longestTier = 4;

/** Profile metadata that exists only to rank names; never shown. */
export const nameMeta = {
  /** Every name a person or party goes by: canonical, acronym, aliases and their folded spellings. */
  names: 'names',
  /**
   * The canonical name, on the profile only when other profiles' names also
   * contain it, in a field named for its length in words: `exact_name_2`.
   */
  exactName: (words: number) => `exact_name_${Math.min(Math.max(words, 1), longestTier)}`,
  /** Aliases other profiles' names also contain, on the profile that has them as aliases. */
  exactAlias: 'exact_alias',
  /**
   * On an article, the names of the people and parties it mentions, in a field
   * named for how often it mentions each (`mentionTier`): `mentioned_3`.
   */
  mentioned: (tier: number) => `mentioned_${tier}`,
} as const;

/** The least mentions an article makes of an entity to file its names in each tier: 1, 2–3, 4–7, 8 and more. */
const mentionTiers = [1, 2, 4, 8] as const;

/**
 * The tier an article files an entity's names in, by how often it mentions it.
 * @example mentionTier(5) // 3
 */
export function mentionTier(mentions: number): number {
  return mentionTiers.filter((least) => mentions >= least).length;
}

/** What a full-coverage match in the lowest `mentioned_N` adds, and how much more each tier up adds. */
const mentionedWeight = 5;
const mentionedStep = 1.5;

/** What a full-coverage match in `exact_alias` adds, in units of the query's IDF. */
const exactAliasWeight = 6;
/** How much more a canonical name of N words counts than one of N + 1 words. */
const tierStep = 12;

/**
 * Pagefind's ranking parameters (https://pagefind.app/docs/ranking/).
 *
 * A metadata match adds `weight × IDF` when it covers the whole query (less,
 * steeply, when it covers part), while a page's body adds at most about
 * 4.3 × IDF (BM25 saturates at `termSaturation + 1` = 2.4, times 1.8 for
 * exact diacritics). So:
 * - `names` (15) puts a profile whose names cover the query above every
 *   article, even one with the name in its title (`title` 5, plus body);
 * - an alias other profiles also match (`exact_alias`, 6) puts the profile that
 *   has it as an alias first: "Odinga" finds Raila Odinga before Oburu Oginga,
 *   alias "Oburu Odinga";
 * - a canonical name others contain (`exact_name_N`) comes first by more than an
 *   alias and a body can add together, and a shorter such name outweighs a
 *   longer one that contains it (44, 32, 20, 8 for 1, 2, 3, 4+ words): "Ole
 *   Kiserian" finds the person of that name before Tajeu Ole Kiserian, whose
 *   own name is contested by Tajeu Ole Kiserian Jnr;
 * - an article carries the names it mentions in `mentioned_N` (5, 6.5, 8, 9.5
 *   for 1, 2–3, 4–7, 8+ mentions): more than any profile's body can add, so
 *   the articles about a person come before other profiles that merely quote a
 *   sentence naming them, the most-mentioning first; and less than `names`
 *   minus a body, so the profile itself still comes first.
 */
export const ranking = {
  metaWeights: {
    title: 5,
    [nameMeta.names]: 15,
    [nameMeta.exactAlias]: exactAliasWeight,
    ...Object.fromEntries(
      Array.from({ length: longestTier }, (_, index) => [
        nameMeta.exactName(index + 1),
        8 + tierStep * (longestTier - 1 - index),
      ]),
    ),
    ...Object.fromEntries(mentionTiers.map((_, index) => [nameMeta.mentioned(index + 1), mentionedWeight + mentionedStep * index])),
  },
};

/**
 * Everything the search page passes to `pagefind.options()`; `baseUrl` is the
 * site's base path. No worker: a search takes milliseconds even on 5,000
 * articles, and the worker's script (43 KB) would be a sixth of the first
 * query's budget (bench/search.ts).
 */
export function searchOptions(baseUrl: string) {
  return { baseUrl, excerptLength: 28, noWorker: true, ranking };
}
