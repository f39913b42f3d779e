/**
 * html-validate over a built site: every `.html` file in `dist/`, judged by the
 * project's own settings (.htmlvalidate.mjs), each problem as one readable line.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

export interface SiteValidity {
  /** The pages validated, as paths relative to `dist/`. */
  pages: string[];
  /** `page:line:column rule: message`, for every error and warning. */
  problems: string[];
}

/**
 * Validates every page of a built site.
 *
 * @example
 * const { pages, problems } = await validateSite(site.dist);
 * expect(problems).toEqual([]);
 */
export async function validateSite(dist: string): Promise<SiteValidity> {
  // The settings are passed in, not looked up from the folder: test builds live outside the checkout.
  const validator = new HtmlValidate(config);
  const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(path.join(dist, page));
    for (const { messages } of report.results) {
      for (const message of messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return { pages, problems };
}
