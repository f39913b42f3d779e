/**
 * Retired addresses, resolved against the live content: where each one leads
 * now, if anywhere. The redirect pages and `_redirects` share this one rule,
 * so a redirect never points at a page that was not built.
 */
import type { RetiredEntry } from '../schemas';
import type { SiteData } from './data';
import { pageHref } from './urls';

/** A retired address and the live page it leads to, if any. */
export interface RetiredAddress {
  entry: RetiredEntry;
  /** The live page's name (or title) and path; absent when the address leads nowhere. */
  target?: { name: string; href: string };
}

/** Every retired address with its live target, when it has one that has a page. */
export function retiredAddresses(site: Pick<SiteData, 'retired' | 'personBySlug' | 'partyBySlug' | 'articleBySlug'>): RetiredAddress[] {
  return site.retired.map((entry) => {
    const name = entry.target === undefined ? undefined : liveName(entry.kind, entry.target, site);
    return name === undefined || entry.target === undefined
      ? { entry }
      : { entry, target: { name, href: pageHref(entry.kind, entry.target) } };
  });
}

function liveName(kind: RetiredEntry['kind'], slug: string, site: Pick<SiteData, 'personBySlug' | 'partyBySlug' | 'articleBySlug'>): string | undefined {
  if (kind === 'person') return site.personBySlug.get(slug)?.name;
  if (kind === 'party') return site.partyBySlug.get(slug)?.name;
  return site.articleBySlug.get(slug)?.title;
}
