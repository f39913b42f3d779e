/**
 * The data export's streamed JSON is byte for byte what one JSON.stringify
 * writes, however its arrays fall into chunks.
 */
import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonResponse } from '../../src/site/json-stream';

const sample = {
  schema: 'https://example.org/data/schema/v1/graph.json',
  version: 1,
  left: undefined,
  nodes: Array.from({ length: 2345 }, (_, index) => ({ id: `person:p-${index}`, name: `Wanjiru “${index}” <b>`, aliases: index % 7 ? [] : ['Ms W'], description: index % 3 ? undefined : 'x' })),
  empty: [],
  nested: { a: [1, 2, { b: null }] },
  holes: [1, undefined, 3],
};

describe('jsonChunks', () => {
  it('gives the bytes of JSON.stringify, compact, and a newline', () => {
    const chunks = [...jsonChunks(sample)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(`${JSON.stringify(sample)}\n`);
  });

  it('writes an array of exactly one chunk, and an object with no arrays, the same way', () => {
    const exact = { list: Array.from({ length: 1000 }, (_, index) => index) };
    expect([...jsonChunks(exact)].join('')).toBe(`${JSON.stringify(exact)}\n`);
    expect([...jsonChunks({ a: 1, b: 'two' })].join('')).toBe(`${JSON.stringify({ a: 1, b: 'two' })}\n`);
  });
});

describe('jsonResponse', () => {
  it('streams the same bytes as UTF-8, with its content type', async () => {
    const response = jsonResponse(sample);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(`${JSON.stringify(sample)}\n`);
  });

  it('says when its body has been read to the end, or dropped, and not before', async () => {
    let ended = 0;
    const response = jsonResponse(sample, () => (ended += 1));
    const reader = response.body!.getReader();
    await reader.read();
    expect(ended).toBe(0);
    while (!(await reader.read()).done);
    expect(ended).toBe(1);

    let dropped = 0;
    const other = jsonResponse(sample, () => (dropped += 1));
    const partly = other.body!.getReader();
    await partly.read();
    await partly.cancel();
    expect(dropped).toBe(1);
  });
});
