/** Prints the bench's sections as one compact table, with the medians of several runs. */
import type { Row } from './phases';

export interface Section {
  title: string;
  rows: TableRow[];
}

/** A row may lack CPU or RSS: the ingest's own log gives only its duration. */
export type TableRow = Pick<Row, 'label' | 'wallMs'> & Partial<Pick<Row, 'cpuMs' | 'peakRss'>>;

/** Each section of the first run, every number the median of the same row over the runs that have it (the ingest's own split may differ between runs). */
export function medianSections(runs: Section[][]): Section[] {
  const first = runs[0] ?? [];
  return first.map((section, s) => ({
    title: section.title,
    rows: section.rows.map((row) => {
      const cells = runs.map((run) => run[s]?.rows.find((cell) => cell.label === row.label)).filter((cell): cell is TableRow => cell !== undefined);
      const pick = (field: 'wallMs' | 'cpuMs' | 'peakRss') => {
        const values = cells.map((cell) => cell[field]).filter((value): value is number => value !== undefined);
        return values.length === 0 ? undefined : median(values);
      };
      return { label: row.label, wallMs: pick('wallMs') ?? Number.NaN, cpuMs: pick('cpuMs'), peakRss: pick('peakRss') };
    }),
  }));
}

/** The table: wall, CPU, peak RSS of the largest process, and wall and CPU per article. */
export function formatTable(sections: Section[], articles: number): string {
  const header = `${''.padEnd(26)}${['wall', 'CPU', 'peak RSS', 'wall/art.', 'CPU/art.'].map((h) => h.padStart(10)).join('')}`;
  const lines = [header];
  for (const section of sections) {
    lines.push(section.title);
    for (const row of section.rows) {
      const cells = [
        seconds(row.wallMs),
        row.cpuMs === undefined ? '—' : seconds(row.cpuMs),
        row.peakRss === undefined ? '—' : megabytes(row.peakRss),
        perArticle(row.wallMs, articles),
        row.cpuMs === undefined ? '—' : perArticle(row.cpuMs, articles),
      ];
      lines.push(`  ${row.label.padEnd(24)}${cells.map((cell) => cell.padStart(10)).join('')}`);
    }
  }
  return lines.join('\n');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[half] as number) : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const perArticle = (ms: number, articles: number) => `${(ms / articles).toFixed(2)} ms`;
