/** Splits a measured `astro build` into its phases by the output lines that end them (see `markers` in sites.ts). */
import type { Measured, Usage } from './measure';

export interface Row extends Usage {
  label: string;
}

export interface BuildPhases {
  rows: Row[];
  /** The ingest's own account of its duration (siasa only), from its summary line. */
  ingestMs?: number;
  /** Pages Pagefind indexed. */
  pages: number;
}

/**
 * Rows: start (Node, Astro's config, and for siasa the ingest, which runs in
 * `astro:config:setup`), then Astro's content layer (Vite's dependency scan,
 * the loaders, the data store, types), the server bundle, page generation,
 * Astro as a whole up to Pagefind, Pagefind, and the whole process.
 */
export function buildPhases(build: Measured, kind: 'siasa' | 'baseline'): BuildPhases {
  const at = (name: string, after = 0) => {
    const mark = build.marks.find((m) => m.name === name && m.at >= after);
    if (!mark) throw new Error(`no "${name}" line in the output of astro build:\n${build.output.split('\n').slice(-20).join('\n')}`);
    return mark;
  };
  const start = at('start');
  const content = at('content', start.at);
  const merged = build.marks.find((m) => m.name === 'merged' && m.at >= content.at);
  const routes = merged ? undefined : at('routes', content.at);
  const pagesDone = merged ?? at('completed', routes?.at);
  const indexed = at('pagefind', pagesDone.at);
  const [, pages, pagefindMs] = /Read (\d+) pages in (\d+) ms/.exec(indexed.line) ?? [];
  const pagefindStart = indexed.at - Number(pagefindMs);
  const row = (label: string, from: number, to: number): Row => ({ label, ...build.between(from, to) });
  const ingestSeconds = /ingest: .* in ([\d.]+) s/.exec(start.line)?.[1];
  return {
    rows: [
      row(kind === 'siasa' ? 'start + ingest' : 'start', 0, start.at),
      ...ingestStages(build, start.at).map(([label, from, to]) => row(label, from, to)),
      row('astro: content layer', start.at, content.at),
      // A split build's parts bundle and generate side by side: one row from the store to their merge.
      ...(routes
        ? [row('astro: bundle', content.at, routes.at), row('astro: pages', routes.at, pagesDone.at)]
        : [row('astro: parts (bundle + pages) + merge', content.at, pagesDone.at)]),
      row('astro build', start.at, pagefindStart),
      row('pagefind', pagefindStart, indexed.at),
      { label: 'whole', wallMs: build.wallMs, cpuMs: build.cpuMs, peakRss: build.peakRss },
    ],
    ingestMs: ingestSeconds === undefined ? undefined : Number(ingestSeconds) * 1000,
    pages: Number(pages),
  };
}

/**
 * The ingest's stages inside the build, from its progress lines where it logs
 * them (large corpora): each from the previous stage's end to its own, the
 * first from the process's start (so it holds Node's and Astro's start-up),
 * then the rest up to the ingest's summary.
 */
function ingestStages(build: Measured, end: number): [string, number, number][] {
  const stages: [string, number, number][] = [];
  for (const mark of build.marks) {
    if (mark.name !== 'stage' || mark.at > end) continue;
    const stage = /\] (\w+):/.exec(mark.line)?.[1] ?? 'stage';
    const previous = stages.at(-1);
    // A stage may say it is done twice (its cached share, then all): it ends at the later line.
    if (previous?.[0].endsWith(` ${stage}`)) previous[2] = mark.at;
    else stages.push([previous ? `  ${stage}` : `  start + ${stage}`, previous?.[2] ?? 0, mark.at]);
  }
  const last = stages.at(-1)?.[2];
  if (last !== undefined) stages.push(['  rest of the ingest', last, end]);
  return stages;
}
