/** What the site calls itself, in one place. */

/** The site's name, shown in the header and in every page title. */
export const siteName = 'siasa';

/** One sentence saying what the site is, used as the default meta description. */
export const siteDescription =
  'Who is who in the political news: articles, and the people and parties they mention, each fact linked to its source sentence.';
