/** Extraction on worker threads gives exactly what one thread gives, in the files' order. */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/pipeline/corpus';
import { loadPack, readSeedFolder } from '../../src/pipeline/ingest';
import { extractFiles } from '../../src/pipeline/parallel';
import { fileURLToPath } from 'node:url';

const dev = fileURLToPath(new URL('../fixtures/gold/dev/', import.meta.url));

// Workers start Node afresh and load the reading libraries: seconds on a quiet machine, 33 s in a unit run
// beside other work (load 8-10 on 2 cores), not a hang.
describe('extractFiles', { timeout: 90_000 }, async () => {
  const pack = await loadPack();
  const files = await readSeedFolder(dev);
  // Many batches, so that this thread and the workers each take several.
  const many = Array.from({ length: 8 }, (_, copy) => files.map((file) => ({ ...file, name: `${copy}-${file.name}` }))).flat();

  it('on workers, gives the results one thread gives, in order', async () => {
    const progress: number[] = [];
    const parallel = await extractFiles(many, pack, (done) => progress.push(done), 0);
    expect(parallel).toEqual(many.map((file) => extractFile(file, pack)));
    expect(progress.at(-1)).toBe(many.length);
  });

  it("keeps a quote's speaker the same object as the mention it came from", async () => {
    const parallel = await extractFiles(many, pack, () => {}, 0);
    const quotes = parallel.flatMap((result) => (result.extraction ? result.extraction.quotes.map((quote) => ({ quote, mentions: result.extraction!.mentions })) : []));
    const spoken = quotes.filter(({ quote }) => quote.speaker);
    expect(spoken.length).toBeGreaterThan(0);
    for (const { quote, mentions } of spoken) expect(mentions).toContain(quote.speaker);
  });
});
