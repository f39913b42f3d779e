/**
 * The interface in English: every string the pages show around the articles'
 * own words. `sw.ts` must have the same keys (its type says so).
 */
import type { Message } from './messages';

export const en = {
  'site.description':
    'Who is who in the political news: articles, and the people and parties they mention, each fact linked to its source sentence.',
  'site.feedTitle': '{site}: articles',
  'site.generated':
    '{site} is generated from news articles. Every role, tie and quote links to the sentence it was read from.',
  'site.editors': 'Editors: see {link}.',
  'site.review': 'what to review',

  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.people': 'People',
  'nav.parties': 'Parties',
  'nav.articles': 'Articles',
  'nav.network': 'Network',
  'nav.search': 'Search',
  'nav.skip': 'Skip to content',
  'nav.breadcrumbs': 'You are here',
  'nav.sections': 'Sections',
  'nav.menu': 'Menu',
  'nav.sidebar': 'Site',
  'nav.profileParties': 'Their parties',
  'nav.profilePeople': 'Closest people',
  'nav.partyPeople': 'Its people',
  'nav.articlePeople': 'People in this article',
  'nav.articleParties': 'Parties in this article',

  'toc.title': 'On this page',
  'toc.top': 'Top of the page',

  'kind.person': 'Person',
  'kind.party': 'Party',
  'kind.article': 'Article',

  'count.article': { one: '{count} article', other: '{count} articles' },
  'count.person': { one: '{count} person', other: '{count} people' },
  'count.party': { one: '{count} party', other: '{count} parties' },
  'count.mention': { one: '{count} mention', other: '{count} mentions' },
  'count.sharedArticle': { one: '{count} shared article', other: '{count} shared articles' },
  'count.tied': { one: '{count} person tied', other: '{count} people tied' },
  'count.entity': { one: '{count} person and party', other: '{count} people and parties' },

  'search.label': 'Search people, parties and articles',
  'search.landmark': 'Site',
  'search.placeholder': 'Search…',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.description': 'Search the people, parties and articles.',
  'search.needsScript':
    'Search runs in your browser and needs JavaScript, which is off or blocked here: the results for your query cannot be shown. Browse the {people}, {parties} and {articles} instead.',
  'search.needsScriptPeople': 'people',
  'search.needsScriptParties': 'parties',
  'search.needsScriptArticles': 'articles',
  'search.hint':
    'A name finds its profile first, however it is typed: “matiangi” finds Matiang’i, a surname or a first name alone will do. Spelling mistakes are not corrected. Press {key} to come back to this field.',
  'search.show': 'Show',
  'search.kindAll': 'Everything',
  'search.kindPeople': 'People',
  'search.kindParties': 'Parties',
  'search.kindArticles': 'Articles',
  'search.party': 'Party',
  'search.anyParty': 'Any party',
  'search.order': 'Order',
  'search.orderRelevance': 'Best match',
  'search.orderNewest': 'Newest articles first',
  'search.orderOldest': 'Oldest articles first',
  'search.orderHint': 'Ordering by date lists dated articles only.',
  'search.more': 'Show more',

  'home.lede':
    'Political news, read for who is who: {articles}, mentioning {people} and {parties}. Every role, party tie and quote on a profile links to the sentence it was read from.',
  'home.articles': 'Articles',
  'home.mostMentioned': 'Most mentioned',
  'home.topPeople': 'Most mentioned people',
  'home.topParties': 'Most mentioned parties',
  'home.allPeople': 'All people, A–Z',
  'home.allParties': 'All parties',
  'home.noPeople': 'No people yet.',
  'home.noParties': 'No parties yet.',

  'articles.title': 'Articles',
  'articles.description': 'All {count} on the site, newest first.',
  'articles.lede': '{count}, newest first; undated articles last.',
  'articles.none': 'No articles yet.',

  'people.title': 'People',
  'people.description': '{count} mentioned in the articles, A–Z.',
  'people.lede': '{count}, filed by surname.',
  'parties.title': 'Parties',
  'parties.description': '{count} mentioned in the articles.',
  'parties.lede': '{count} and coalitions, by name.',
  'parties.acronym': 'Acronym',

  'letters.label': 'Letters',
  'filter.label': 'Filter the list',
  'filter.hint': 'Type part of a name; the list narrows as you type.',
  'filter.none': 'No name matches.',
  'filter.status': { one: '{count} shown', other: '{count} shown' },

  'article.kind': 'Article',
  'article.outlet': 'Outlet',
  'article.published': 'Published',
  'article.original': 'Original',
  'article.originalExternal': '(original article, external site)',
  'article.readingTime': { one: '{count} minute read', other: '{count} minutes read' },
  'article.names': 'Names',
  'article.namesPeople': 'People',
  'article.namesParties': 'Parties',
  'article.mentioned': 'Mentioned in this article',
  'article.noPeople': 'No people.',
  'article.noParties': 'No parties.',
  'article.editorLine': 'For editors: read from the seed file {file}.',
  'article.text': 'Text',

  'profile.roles': 'Roles',
  'profile.parties': 'Parties',
  'profile.quotes': 'Quotes',
  'profile.articles': 'Articles',
  'profile.appearsWith': 'Appears with',
  'profile.people': 'People',
  'profile.coalitions': 'Coalitions',
  'profile.acronym': 'Acronym',
  'profile.aliases': 'Also written as {aliases}',

  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address.',
  'notFound.lede':
    'There is no page at this address. If you followed a link to a person or party, their page may have moved when an editor merged or renamed them: try searching for the name.',
  'notFound.browse': 'Or browse:',
  'notFound.people': 'People, A–Z',

  'list.none': 'None.',
} satisfies Record<string, Message>;
