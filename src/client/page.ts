/**
 * The script every page loads, as one module: the disclosures' manners, the
 * "On this page" marker (idle where a page has no contents list) and the `/`
 * search shortcut. One file, not one per component: each is a few lines, and
 * a tag per component is written again in every one of the site's pages.
 */
import './disclosures';
import './page-contents';
import { installSearchShortcut } from '../search/shortcut';

installSearchShortcut();
