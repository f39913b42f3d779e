/**
 * devalue's flat format (`[root, ...values]`, each object or array a list of
 * indices into the same list) for JSON-shaped data, built with `JSON.stringify`.
 * Astro's data store is saved in that format, and devalue writes it value by
 * value, each string escaped character by character: 4.6 s for the 55 MB store
 * of a 10,000-article archive, on every save of the dev server and once per
 * build. This writes it in about a third of the time, and in ASCII: every
 * character past U+007E as a `\u` escape, which JSON reads back as the same
 * string. A single curly quote or dash makes V8 hold a whole string two bytes
 * a character, and the store is read whole (by Astro's content layer, then by
 * the pages' bundle): at 100,000 articles its 427 MB file was 854 MB of memory
 * each time, in ASCII it is 427 MB. For ASCII data the bytes are devalue's
 * (strings without `<`, which devalue escapes and JSON leaves as it is: both
 * read back the same).
 *
 * Only what JSON and Astro's store hold is written: Maps, plain objects,
 * arrays, strings, numbers, booleans, null and undefined. For anything else
 * (a Date, a Set, a class) it returns undefined, and the caller uses devalue.
 */

// devalue's indices for values that have no place in the list.
const UNDEFINED = -1;
const HOLE = -2;
const NAN = -3;
const POSITIVE_INFINITY = -4;
const NEGATIVE_INFINITY = -5;
const NEGATIVE_ZERO = -6;

class Unsupported extends Error {}

/** `value` in devalue's flat format, or undefined when it holds something beyond JSON, Maps and undefined. */
export function flatStringify(value: unknown): string | undefined {
  const flat = flattener();
  try {
    flat.add(value);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return asciiJson(flat.values);
}

/**
 * `flatStringify(store)`'s very text, for a Map of Maps (Astro's store: its
 * collections of entries), made a few milliseconds at a time: `pause` is awaited
 * between pieces, and the work given up (null) as soon as it answers false. In
 * `astro dev` the store is saved on the thread that ingests and renders pages:
 * made in one go, the text of a 10,000-article store held it for 2.3-2.7 s of CPU.
 */
export async function flatStringifyPaced(store: Map<unknown, unknown>, pause: () => Promise<boolean>, pieceMs = PIECE_MS): Promise<string | undefined | null> {
  const flat = flattener();
  let lap = performance.now();
  const due = async () => {
    if (performance.now() - lap < pieceMs) return true;
    const going = await pause();
    lap = performance.now();
    return going;
  };
  // add() of the two outer Maps, entry by entry, so that the values come in the same order.
  const addMap = async (map: Map<unknown, unknown>, depth: number): Promise<number | null> => {
    const index = flat.values.push(map) - 1;
    flat.indices.set(map, index);
    const list: unknown[] = ['Map'];
    for (const [key, entry] of map) {
      const keyIndex = flat.add(key);
      const inner = depth === 0 && entry instanceof Map && !flat.indices.has(entry) ? await addMap(entry, 1) : flat.add(entry);
      if (inner === null || !(await due())) return null;
      list.push(keyIndex, inner);
    }
    flat.values[index] = list;
    return index;
  };
  try {
    if ((await addMap(store, 0)) === null) return null;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const parts: Buffer[] = [];
  for (let start = 0; start < flat.values.length; start += SLICE) {
    parts.push(asciiSlice(flat.values, start));
    if (!(await due())) return null;
  }
  return joinSlices(parts);
}

/** How long the paced text is made between pauses. */
const PIECE_MS = 8;

/** The list of values and `add`, which puts a value (and, first, what it holds) in it. */
function flattener() {
  const values: unknown[] = [];
  // Each value once, as devalue does: an object by identity, a primitive by value.
  const indices = new Map<unknown, number>();

  const add = (item: unknown): number => {
    if (item === undefined) return UNDEFINED;
    if (typeof item === 'number') {
      if (Number.isNaN(item)) return NAN;
      if (item === Infinity) return POSITIVE_INFINITY;
      if (item === -Infinity) return NEGATIVE_INFINITY;
      if (item === 0 && 1 / item < 0) return NEGATIVE_ZERO;
    } else if (typeof item !== 'string' && typeof item !== 'boolean' && typeof item !== 'object') {
      throw new Unsupported();
    }
    const known = indices.get(item);
    if (known !== undefined) return known;
    const index = values.push(item) - 1;
    indices.set(item, index);
    if (item === null || typeof item !== 'object') return index;
    if (item instanceof Map) {
      const flat: unknown[] = ['Map'];
      for (const [key, entry] of item) flat.push(add(key), add(entry));
      values[index] = flat;
    } else if (Array.isArray(item)) {
      const flat = new Array<number>(item.length);
      for (let i = 0; i < item.length; i++) flat[i] = i in item ? add(item[i]) : HOLE;
      values[index] = flat;
    } else if (Object.getPrototypeOf(item) === Object.prototype) {
      const flat: Record<string, number> = {};
      for (const key of Object.keys(item)) flat[key] = add((item as Record<string, unknown>)[key]);
      values[index] = flat;
    } else {
      throw new Unsupported();
    }
    return index;
  };
  return { values, indices, add };
}

/** Values a slice: each is stringified and escaped on its own, so that no two-byte copy of the whole text is ever made. */
const SLICE = 10_000;

/**
 * `JSON.stringify(values)` in ASCII. The slices are kept as Latin-1 buffers and
 * the text made from them at once, so it is a one-byte string from the start:
 * one made with `replace` from a two-byte string stays two bytes a character.
 */
function asciiJson(values: unknown[]): string {
  const parts: Buffer[] = [];
  for (let start = 0; start < values.length; start += SLICE) parts.push(asciiSlice(values, start));
  return joinSlices(parts);
}

/** The values of one slice from `start`, as JSON text in Latin-1, with the list's `[` or a `,` before them. */
function asciiSlice(values: unknown[], start: number): Buffer {
  const inner = JSON.stringify(values.slice(start, start + SLICE)).slice(1, -1);
  return Buffer.from(`${start === 0 ? '[' : ','}${escapeNonAscii(inner)}`, 'latin1');
}

function joinSlices(parts: Buffer[]): string {
  if (parts.length === 0) return '[]';
  return Buffer.concat([...parts, Buffer.from(']', 'latin1')]).toString('latin1');
}

/** JSON text with every character past U+007E (each UTF-16 unit of one beyond U+FFFF) as a `\uXXXX` escape. */
function escapeNonAscii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
