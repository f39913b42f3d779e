/**
 * Removes a saved page's furniture from its DOM before the article is looked
 * for: what never is the story (scripts, forms, navigation, pictures and their
 * captions) and the blocks outlets name for what they are (share bars,
 * newsletter boxes, "Related", comments, cookie banners). Readability drops
 * much of this itself, but keeps what sits inside the story's own container.
 */

/** Elements that are never article text, wherever they stand. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio', 'picture',
  'form', 'button', 'input', 'select', 'textarea', 'label', 'dialog', 'menu',
  'nav', 'aside', 'footer', 'figure', 'figcaption',
  // The headline comes from the page's metadata; left in, it would be read as the first paragraph.
  'h1',
]);

/** ARIA roles of page furniture: navigation, site header and footer, sidebars, pop-ups. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search']);

/**
 * A class or id word that names furniture: `share-bar`, `nl-signup`,
 * `related-stories`, `cookie-banner`, `comments`, `wp-caption`, `post-meta`.
 * Matched on the parts between `-` and `_`, so `article-body` is not `ad`.
 */
const FURNITURE_NAME =
  /(?:^|[-_])(?:share\w*|sharing|social|follow|newsletter|nl|subscribe|signup|sign-up|related|rel|also|read-?more|recommended|more|comment\w*|disqus\w*|cookie\w*|consent|gdpr|notice|promo\w*|advert\w*|ads?|sponsor\w*|caption|credits?|byline|meta|bio|tags?|breadcrumbs?|paywall|popup|modal|overlay|toolbar|ticker|trending|most|widget|sidebar|masthead|menu|nav|navbar|footer|load)(?:[-_\s]|$)/i;

/**
 * A word that says what a container has or how it is laid out, not what it
 * is: `has-sidebar`, `with-comments`, `no-ads`, `layout-sidebar-right`. A
 * wrapper of the whole story often carries one.
 */
const STATE_WORD = /^(?:has|with|without|no|is|show|hide|enable|disable|layout)[-_]/i;

/** Containers that hold the story itself: never removed for a class name they carry (`<body class="has-sidebar">`). */
const STORY_CONTAINERS = new Set(['html', 'body', 'main', 'article']);

/**
 * Removes furniture from `document` in place, in one walk of the tree (a
 * selector per rule costs several times more in linkedom).
 */
export function removeFurniture(document: Document): void {
  if (document.documentElement) prune(document.documentElement, false);
}

function prune(parent: Element, inArticle: boolean): void {
  for (const element of Array.from(parent.children)) {
    if (isFurniture(element, inArticle)) element.remove();
    else prune(element, inArticle || element.localName === 'article');
  }
}

function isFurniture(element: Element, inArticle: boolean): boolean {
  const tag = element.localName;
  if (NEVER_TEXT.has(tag)) return true;
  // A site header, not an article's own header (which may hold its standfirst).
  if (tag === 'header' && !inArticle) return true;
  if (isHidden(element)) return true;
  if (STORY_CONTAINERS.has(tag)) return false;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.split(/\s+/).some((name) => FURNITURE_NAME.test(name) && !STATE_WORD.test(name)) && element.querySelector('article, main') === null;
}

/** Hidden from readers, or a pop-up over the page. */
function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || element.getAttribute('aria-modal') === 'true') return true;
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  return /display\s*:\s*none/i.test(element.getAttribute('style') ?? '');
}
