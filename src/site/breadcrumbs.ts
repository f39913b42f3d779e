/**
 * Where a page sits in the site: the trail of pages above it, worked out from
 * its path alone, so that every page gets one without saying anything.
 */

import { t } from '../i18n';

/** One page in a trail: its name and its path within the site (`people/x`, no base path). */
export interface TrailStep {
  name: string;
  path: string;
}

/** What the sections are called, as the sidebar calls them. */
const sectionNames: Record<string, string> = { people: t('nav.people'), parties: t('nav.parties'), articles: t('nav.articles') };

/**
 * The trail from the home page to a page, the page itself last, named by its title.
 * @example breadcrumbTrail('people/amina-wekesa/', 'Amina Wekesa', 'siasa')
 * // [{ name: 'siasa', path: '' }, { name: 'People', path: 'people' }, { name: 'Amina Wekesa', path: 'people/amina-wekesa' }]
 */
export function breadcrumbTrail(sitePath: string, title: string, homeName: string): TrailStep[] {
  const segments = sitePath.split('/').filter(Boolean);
  const steps: TrailStep[] = [{ name: homeName, path: '' }];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    steps.push({ name: last ? title : (sectionNames[segment] ?? segment), path: segments.slice(0, index + 1).join('/') });
  });
  return steps;
}
