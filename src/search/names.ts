/**
 * The names a profile is found by, as the search index sees them: every form
 * of a name, the words Pagefind makes of it, and which forms another profile
 * also answers to, so that the index can say whose name it really is.
 * Pure functions: no Astro, no DOM, usable in the build, the browser and tests.
 */

/** A person or party as far as names go. `key` is unique across kinds: `person:raila-odinga`. */
export interface NamedEntity {
  key: string;
  name: string;
  aliases: readonly string[];
  acronym?: string | null;
}

/** Forms of an entity's names that other entities' names also match. */
export interface ContestedNames {
  /** The canonical name, when another entity's names contain every word of it. */
  name?: string;
  /** Aliases (and the acronym) that other entities' names also contain. */
  aliases: string[];
}

// Straight, curly and modifier-letter apostrophes, backtick and acute accent:
// "Matiang'i", "Matiang’i" and "Matiangʼi" are all typed "matiangi".
const apostrophes = /['’‘ʼ`´]/g;

/**
 * A name as people type it: lower case, without accents or apostrophes.
 * @example foldName("Ng’ang’a Ōmondi") // 'nganga omondi'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(apostrophes, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words a name is indexed as, the way Pagefind splits it: folded, split on
 * spaces and punctuation, a hyphenated name both whole and in parts.
 * @example nameWords('Rwigi-Mogaka Jnr.') // ['rwigimogaka', 'rwigi', 'mogaka', 'jnr']
 */
export function nameWords(name: string): string[] {
  const words = new Set<string>();
  for (const token of foldName(name).split(/[\s,.;:()/]+/)) {
    const parts = token.split('-').filter(Boolean);
    if (parts.length > 1) words.add(parts.join(''));
    for (const part of parts) words.add(part);
  }
  words.delete('');
  return [...words];
}

/**
 * Whether every searched word starts a word of a profile's names (its `names`
 * metadata): the profile was found by its name, not by a word of its text.
 * @example namesCover('Raila Amolo Odinga; Baba', ['odi']) // true
 */
export function namesCover(names: string | undefined, searchedWords: readonly string[]): boolean {
  if (!names || searchedWords.length === 0) return false;
  const words = nameWords(foldName(names));
  return searchedWords.every((searched) => words.some((word) => word.startsWith(searched)));
}

/**
 * Every form of an entity's names, once each, in a stable order: the
 * canonical name, the acronym, the aliases.
 */
export function nameForms(entity: Omit<NamedEntity, 'key'>): string[] {
  const forms = [entity.name, entity.acronym, ...entity.aliases].filter(
    (form): form is string => typeof form === 'string' && form.trim() !== '',
  );
  const seen = new Set<string>();
  return forms.filter((form) => {
    const folded = foldName(form);
    return !seen.has(folded) && seen.add(folded);
  });
}

/**
 * The forms of a name worth indexing besides the name itself: the folded
 * spelling when it differs (no accents, no apostrophes), so that a reader who
 * types "matiangi" finds Matiang'i however the index tokenises the apostrophe.
 * @example spellingVariants("Fred Matiang'i") // ['fred matiangi']
 */
export function spellingVariants(form: string): string[] {
  const folded = foldName(form);
  return folded === form.toLowerCase() ? [] : [folded];
}

/**
 * For each entity, the forms of its names that another entity's names also
 * match word for word, as Pagefind matches them (each typed word is a prefix
 * of an indexed word). "Mudavadi" is Musalia Mudavadi's alias and a word of
 * Rosabella Jerono Mudavadi's name; "Tom Wekesa" is all of one person's name and
 * part of another's. The index gives such forms an extra, page-specific weight
 * so that the entity that is called exactly that comes first.
 */
export function contestedNames(entities: readonly NamedEntity[]): Map<string, ContestedNames> {
  const owners = wordOwners(entities);
  const contested = new Map<string, ContestedNames>();
  for (const entity of entities) {
    const isContested = (form: string) => sharedWith(nameWords(form), owners, entity.key);
    contested.set(entity.key, {
      name: isContested(entity.name) ? entity.name : undefined,
      // nameForms lists the canonical name first.
      aliases: nameForms(entity).slice(1).filter(isContested),
    });
  }
  return contested;
}

/** Every indexed word of every entity's names, sorted, with the entities it belongs to. */
interface WordOwners {
  words: string[];
  owners: Map<string, Set<string>>;
}

function wordOwners(entities: readonly NamedEntity[]): WordOwners {
  const owners = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const word of nameForms(entity).flatMap(nameWords)) {
      if (!owners.has(word)) owners.set(word, new Set());
      owners.get(word)!.add(entity.key);
    }
  }
  return { words: [...owners.keys()].sort(), owners };
}

/** Whether some entity other than `self` has, for every word, a name word that starts with it. */
function sharedWith(words: string[], index: WordOwners, self: string): boolean {
  if (words.length === 0) return false;
  let candidates: Set<string> | undefined;
  for (const word of words) {
    const found = entitiesWithPrefix(word, index);
    candidates = candidates === undefined ? found : new Set([...candidates].filter((key) => found.has(key)));
    candidates.delete(self);
    if (candidates.size === 0) return false;
  }
  return true;
}

function entitiesWithPrefix(prefix: string, { words, owners }: WordOwners): Set<string> {
  const found = new Set<string>();
  for (let i = lowerBound(words, prefix); i < words.length && words[i]!.startsWith(prefix); i++) {
    for (const key of owners.get(words[i]!) ?? []) found.add(key);
  }
  return found;
}

/** The first index in sorted `words` whose word is not below `target`. */
function lowerBound(words: readonly string[], target: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
