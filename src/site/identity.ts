/** What the site calls itself, in one place. */
import { t } from '../i18n';

/** The site's name, shown in the header and in every page title. */
export const siteName = 'siasa';

/** One sentence saying what the site is, used as the default meta description, in the build's language. */
export const siteDescription = t('site.description');
