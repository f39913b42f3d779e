import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataStoreAsJson } from '../../src/integrations/data-store';
import { readyMark } from '../../scripts/part-store.mjs';

type Transform = (code: string, id: string) => Promise<{ code: string } | undefined>;

describe('dataStoreAsJson', () => {
  let folder: string;
  // devalue's flat form, as Astro writes it: a store with one entry whose name holds quotes, a backslash and a </script>.
  const store = [['Map', 1, 2], 'people', ['Map', 3, 4], 'ayo', { name: 5 }, 'Ayo "Jnr" \\ </script> Odera'];
  // What Astro's loader gets from the module: the Map itself, printed as its entries (or "not a Map").
  const unflattened = [['people', [['ayo', { name: 'Ayo "Jnr" \\ </script> Odera' }]]]];
  const printStore = (module: string) =>
    `import store from ${JSON.stringify(pathToFileURL(module).href)}; console.log(JSON.stringify(store instanceof Map ? [...store].map(([key, value]) => [key, [...value]]) : 'not a Map'));`;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'siasa-data-store-'));
    await writeFile(path.join(folder, 'data-store.json'), JSON.stringify(store));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const transform = (file: string) => dataStoreAsJson(file).transform as unknown as Transform;

  it("turns Astro's store module into one that reads the store from its file, as the Map Astro makes of it", async () => {
    const result = await transform(path.join(folder, 'data-store.json'))('export default [1,2]', '\0astro:data-layer-content');
    const module = path.join(folder, 'store.mjs');
    await writeFile(module, result?.code ?? '');
    // Node itself runs the module, as the build does (Vitest's own loader would transform it).
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', printStore(module)], { encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual(unflattened);
  });

  it('leaves every other module alone', async () => {
    expect(await transform(path.join(folder, 'data-store.json'))('export default 1', '/src/pages/index.astro')).toBeUndefined();
  });

  it("leaves Astro's code alone when there is no store on disk", async () => {
    expect(await transform(path.join(folder, 'missing.json'))('export default new Map()', '\0astro:data-layer-content')).toBeUndefined();
  });

  it('in a part of a split build, reads a store placed after the bundle was made, once it is marked ready', async () => {
    const later = path.join(folder, 'later', 'data-store.json');
    const result = await (dataStoreAsJson(later, { later: true }).transform as unknown as Transform)('export default new Map()', '\0astro:data-layer-content');
    const module = path.join(folder, 'later.mjs');
    await writeFile(module, result?.code ?? '');
    const printed = promisify(execFile)(process.execPath, ['--input-type=module', '-e', printStore(module)], { encoding: 'utf8' });
    // The store is placed first, then marked: the module must not have read it before the mark.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await mkdir(path.dirname(later), { recursive: true });
    await writeFile(later, JSON.stringify(store));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeFile(readyMark(later), '');
    expect(JSON.parse((await printed).stdout)).toEqual(unflattened);
  });

  it("spares Astro's own plugin printing the store, and leaves its other modules to it", async () => {
    const calls: string[] = [];
    const astro = { name: 'astro-content-virtual-mod-plugin', load: async (id: string) => (calls.push(id), { code: 'export default "astro"' }) };
    const plugin = dataStoreAsJson(path.join(folder, 'data-store.json'));
    (plugin.configResolved as unknown as (config: { plugins: unknown[] }) => void)({ plugins: [astro] });
    const store = (await astro.load('\0astro:data-layer-content')) as { code: string };
    expect(store.code).toContain('readFileSync');
    expect(await astro.load('\0astro:content')).toEqual({ code: 'export default "astro"' });
    expect(calls).toEqual(['\0astro:content']);
  });
});

