/**
 * `flatStringify` (src/integrations/flat-json.ts) against Astro's own data
 * store serialisation (devalue): the same bytes for JSON-shaped ASCII data,
 * ASCII text that reads back as the same values for any other (curly quotes,
 * accents, emoji, markup), and no output for what it does not write.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { flatStringify, flatStringifyPaced } from '../../src/integrations/flat-json';
import { dataStoreModule } from '../../src/integrations/store-writes';

interface Store {
  toString(): string;
  _collections: Map<string, Map<string, unknown>>;
}
interface StoreClass {
  fromMap(data: Map<string, Map<string, unknown>>): Promise<Store>;
  fromString(text: string): Promise<Store>;
}

/** Astro's own class, unpatched in this file: its `toString` is devalue's. */
async function astroStore(): Promise<StoreClass> {
  return ((await import(dataStoreModule())) as { MutableDataStore: StoreClass }).MutableDataStore;
}

const person = (slug: string, name: string) => ({
  id: slug,
  data: {
    slug,
    name,
    aliases: [name.split(' ').at(-1)],
    mentionCount: 3,
    roles: [{ title: 'Senator', of: 'Kitui', tense: 'current', evidence: { article: 'a-story', sentence: `Kitui Senator ${name} said.` } }],
    optional: undefined,
    shared: 0,
    ratio: 0.25,
    active: true,
    missing: null,
  },
  digest: 'a1b2c3',
  filePath: `content/people/${slug}.json`,
});

describe('flatStringify', () => {
  it("writes a store's collections byte for byte as Astro's devalue does", async () => {
    const collections = new Map<string, Map<string, unknown>>([
      ['people', new Map<string, unknown>([['amina-wekesa', person('amina-wekesa', 'Amina Wekesa')], ['otieno-barasa', person('otieno-barasa', 'Otieno Barasa')]])],
      ['meta::meta', new Map<string, unknown>([['content-config-digest', 'f00d'], ['astro-version', '5.18.2']])],
    ]);
    const store = await (await astroStore()).fromMap(collections);
    expect(flatStringify(store._collections)).toBe(store.toString());
  });

  it('writes characters past ASCII as escapes, which read back as the same store, however many values it holds', async () => {
    // More values than one slice of the writer (10,000), so that the slices' seams are read back too.
    const names = ['Wanjiru Kamau-Otieno', 'Ng’ang’a Mũrĩithi', 'Chébet “Mama” Koros', 'Émile Ondieki 🇰🇪', 'Kitui \u2028 Senator'];
    const people = new Map<string, unknown>();
    for (let i = 0; i < 1_200; i++) people.set(`p${i}`, person(`p${i}`, `${names[i % names.length]} ${i}`));
    const collections = new Map<string, Map<string, unknown>>([['people', people]]);
    const text = flatStringify(collections)!;
    expect(text).toMatch(/^[\x00-\x7e]*$/);
    expect(text).toContain('Ng\\u2019ang\\u2019a');
    const Astro = await astroStore();
    const read = await Astro.fromString(text);
    expect(isDeepStrictEqual(read._collections, collections)).toBe(true);
    // devalue's own text, read back, gives the same flat list.
    expect(JSON.parse(text)).toEqual(JSON.parse((await Astro.fromMap(collections)).toString()));
  });

  it('reads back the same values where devalue escapes more (markup, line separators) or numbers are special', async () => {
    const odd = new Map<string, Map<string, unknown>>([['articles', new Map<string, unknown>([['a', { id: 'a', data: { title: '<script>alert(1)</script> \u2028 “quoted”', sparse: [1, , 3], numbers: [NaN, Infinity, -Infinity, -0] } }]])]]);
    const text = flatStringify(odd);
    expect(text).toBeDefined();
    const read = await (await astroStore()).fromString(text!);
    expect(isDeepStrictEqual(read._collections, odd)).toBe(true);
    expect(Object.is((read._collections.get('articles')!.get('a') as { data: { numbers: number[] } }).data.numbers[3], -0)).toBe(true);
  });

  it('writes nothing for what only devalue can write', () => {
    expect(flatStringify(new Map([['a', new Map([['b', { when: new Date(0) }]])]]))).toBeUndefined();
    expect(flatStringify({ tags: new Set(['x']) })).toBeUndefined();
    expect(flatStringify({ big: 1n })).toBeUndefined();
  });

  it('makes the same text in pieces, pausing between them, and gives it up when told to', async () => {
    const people = new Map<string, unknown>();
    for (let i = 0; i < 3_000; i++) people.set(`p${i}`, person(`p${i}`, `Ng’ang’a Wekesa ${i % 40}`));
    const collections = new Map<string, Map<string, unknown>>([
      ['people', people],
      ['meta::meta', new Map<string, unknown>([['astro-version', '5.18.2']])],
    ]);
    let pauses = 0;
    const paced = await flatStringifyPaced(collections, async () => {
      pauses++;
      await new Promise((resolve) => setImmediate(resolve));
      return true;
    }, 0);
    expect(paced).toBe(flatStringify(collections));
    // After every entry, and every slice of the text.
    expect(pauses).toBeGreaterThan(3_000);
    expect(await flatStringifyPaced(collections, async () => false)).toBeNull();
    expect(await flatStringifyPaced(new Map([['a', new Map([['b', { when: new Date(0) }]])]]), async () => true)).toBeUndefined();
  });
});
