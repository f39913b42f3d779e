/**
 * A JSON file as a stream of chunks, for the data export: at 100,000 articles
 * `graph.json` holds millions of edges, and one `JSON.stringify` of it would
 * pass the longest string Node can hold (about 512 MB). Astro collects an
 * endpoint's body as bytes, which have no such limit, so the file is written
 * in pieces: the top-level arrays a thousand elements at a time. The bytes are
 * those of `JSON.stringify(value)` (compact), followed by a newline.
 */

/** Elements of a top-level array per chunk: few enough chunks, each far below any limit. */
const ELEMENTS_PER_CHUNK = 1000;

/** The chunks of `JSON.stringify(value) + '\n'` for a plain object whose large parts are top-level arrays. */
export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, member] of Object.entries(value)) {
    // JSON.stringify leaves out what JSON cannot say.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(member)) {
      yield JSON.stringify(member);
      continue;
    }
    yield '[';
    for (let start = 0; start < member.length; start += ELEMENTS_PER_CHUNK) {
      const part = member.slice(start, start + ELEMENTS_PER_CHUNK).map((element) => JSON.stringify(element) ?? 'null');
      yield `${start === 0 ? '' : ','}${part.join(',')}`;
    }
    yield ']';
  }
  yield '}\n';
}

/**
 * A `Response` whose body is `jsonChunks(value)`, encoded as UTF-8 as it is
 * read; `onEnd` is called once the body has been read to its end or dropped.
 */
export function jsonResponse(value: Record<string, unknown>, onEnd: () => void = () => {}): Response {
  const chunks = jsonChunks(value);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) {
        controller.close();
        onEnd();
      } else controller.enqueue(encoder.encode(next.value));
    },
    cancel: onEnd,
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}
