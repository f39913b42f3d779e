/**
 * Reads built pages over HTTP the way a crawler would, without a browser:
 * status, heading, and whether the page is a page, a redirect, or the notice
 * left at an address whose subject is gone. Regular expressions suffice
 * because they only read markup this project writes.
 */

/** What one address answers. */
export interface PageAnswer {
  status: number;
  /**
   * `moved`: a meta-refresh redirect; `notice`: the page left at an address
   * whose subject is gone (noindex, no redirect); `page`: any other page.
   */
  kind: 'page' | 'moved' | 'notice';
  /** The first h1's text. */
  heading: string;
  /** For a moved page: the address its meta refresh leads to (a path with the base path). */
  target?: string;
}

/** Fetches `url` (no redirects followed) and reads what kind of page it is. */
export async function readPage(url: string): Promise<PageAnswer> {
  const response = await fetch(url, { redirect: 'manual' });
  const html = await response.text();
  const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
  const heading = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  const kind = refresh ? 'moved' : html.includes('<meta name="robots" content="noindex">') ? 'notice' : 'page';
  return { status: response.status, kind, heading, ...(refresh ? { target: decodeEntities(refresh) } : {}) };
}

/** Text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The entities Astro writes: numeric ones and the five XML ones. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
