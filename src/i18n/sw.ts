/**
 * The interface in Kiswahili. Written for readers, not word for word from
 * English: see GLOSSARY.md for the terms kept the same on every page.
 * Typed as the English dictionary, so a missing key fails type-checking.
 */
import type { Dictionary } from './dictionary';

export const sw: Dictionary = {
  'site.description':
    'Nani ni nani katika habari za siasa: makala, na watu na vyama vinavyotajwa humo, kila jambo likiunganishwa na sentensi lilimotoka.',
  'site.feedTitle': '{site}: makala',
  'site.generated':
    '{site} imetengenezwa kutokana na makala za habari. Kila cheo, uhusiano na nukuu kinaunganishwa na sentensi kilimosomwa.',
  'site.editors': 'Wahariri: angalieni {link}.',
  'site.review': 'yanayohitaji kukaguliwa',

  'nav.main': 'Kuu',
  'nav.home': 'Mwanzo',
  'nav.people': 'Watu',
  'nav.parties': 'Vyama',
  'nav.articles': 'Makala',
  'nav.network': 'Mtandao',
  'nav.search': 'Tafuta',
  'nav.skip': 'Ruka hadi maudhui',
  'nav.breadcrumbs': 'Uko hapa',
  'nav.sections': 'Sehemu',
  'nav.menu': 'Menyu',
  'nav.sidebar': 'Tovuti',
  'nav.profileParties': 'Vyama vyake',
  'nav.profilePeople': 'Watu wa karibu',
  'nav.partyPeople': 'Watu wake',
  'nav.articlePeople': 'Watu katika makala hii',
  'nav.articleParties': 'Vyama katika makala hii',

  'toc.title': 'Katika ukurasa huu',
  'toc.top': 'Juu ya ukurasa',

  'kind.person': 'Mtu',
  'kind.party': 'Chama',
  'kind.article': 'Makala',

  'count.article': { one: 'makala {count}', other: 'makala {count}' },
  'count.person': { one: 'mtu {count}', other: 'watu {count}' },
  'count.party': { one: 'chama {count}', other: 'vyama {count}' },
  'count.mention': { one: 'ametajwa mara {count}', other: 'ametajwa mara {count}' },
  'count.sharedArticle': { one: 'makala {count} pamoja', other: 'makala {count} pamoja' },
  'count.tied': { one: 'mtu {count} anahusishwa', other: 'watu {count} wanahusishwa' },
  'count.entity': { one: 'mtu au chama {count}', other: 'watu na vyama {count}' },

  'search.label': 'Tafuta watu, vyama na makala',
  'search.landmark': 'Tovuti',
  'search.placeholder': 'Tafuta…',
  'search.submit': 'Tafuta',
  'search.title': 'Tafuta',
  'search.description': 'Tafuta watu, vyama na makala.',
  'search.needsScript':
    'Utafutaji hufanyika ndani ya kivinjari chako na unahitaji JavaScript, ambayo imezimwa au imezuiwa hapa: matokeo ya utafutaji wako hayawezi kuonyeshwa. Badala yake, pitia {people}, {parties} na {articles}.',
  'search.needsScriptPeople': 'watu',
  'search.needsScriptParties': 'vyama',
  'search.needsScriptArticles': 'makala',
  'search.hint':
    'Jina hupata ukurasa wa mhusika kwanza, vyovyote litakavyoandikwa: “matiangi” hupata Matiang’i, na jina la ukoo au la kwanza peke yake latosha. Makosa ya tahajia hayarekebishwi. Bonyeza {key} kurudi kwenye kisanduku hiki.',
  'search.show': 'Onyesha',
  'search.kindAll': 'Vyote',
  'search.kindPeople': 'Watu',
  'search.kindParties': 'Vyama',
  'search.kindArticles': 'Makala',
  'search.party': 'Chama',
  'search.anyParty': 'Chama chochote',
  'search.order': 'Mpangilio',
  'search.orderRelevance': 'Yanayolingana zaidi',
  'search.orderNewest': 'Makala mpya kwanza',
  'search.orderOldest': 'Makala za zamani kwanza',
  'search.orderHint': 'Kupanga kwa tarehe huonyesha makala zenye tarehe pekee.',
  'search.more': 'Onyesha zaidi',

  'home.lede':
    'Habari za siasa, zikisomwa kujua nani ni nani: {articles}, zinazowataja {people} na {parties}. Kila cheo, uhusiano na chama na nukuu kwenye ukurasa wa mhusika kinaunganishwa na sentensi kilimosomwa.',
  'home.articles': 'Makala',
  'home.mostMentioned': 'Wanaotajwa zaidi',
  'home.topPeople': 'Watu wanaotajwa zaidi',
  'home.topParties': 'Vyama vinavyotajwa zaidi',
  'home.allPeople': 'Watu wote, A–Z',
  'home.allParties': 'Vyama vyote',
  'home.noPeople': 'Bado hakuna watu.',
  'home.noParties': 'Bado hakuna vyama.',

  'articles.title': 'Makala',
  'articles.description': 'Makala zote ({count}) za tovuti, mpya kwanza.',
  'articles.lede': '{count}, mpya kwanza; zisizo na tarehe mwishoni.',
  'articles.none': 'Bado hakuna makala.',

  'people.title': 'Watu',
  'people.description': '{count} wanaotajwa katika makala, A–Z.',
  'people.lede': '{count}, kwa mpangilio wa majina ya ukoo.',
  'parties.title': 'Vyama',
  'parties.description': '{count} vinavyotajwa katika makala.',
  'parties.lede': '{count} na miungano, kwa mpangilio wa majina.',
  'parties.acronym': 'Kifupisho',

  'letters.label': 'Herufi',
  'filter.label': 'Chuja orodha',
  'filter.hint': 'Andika sehemu ya jina; orodha hupungua unapoandika.',
  'filter.none': 'Hakuna jina linalolingana.',
  'filter.status': { one: '{count} linaonyeshwa', other: '{count} yanaonyeshwa' },

  'article.kind': 'Makala',
  'article.outlet': 'Chombo cha habari',
  'article.published': 'Ilichapishwa',
  'article.original': 'Makala asili',
  'article.originalExternal': '(makala asili, tovuti nyingine)',
  'article.readingTime': { one: 'Dakika {count} ya kusoma', other: 'Dakika {count} za kusoma' },
  'article.names': 'Wanaotajwa',
  'article.namesPeople': 'Watu',
  'article.namesParties': 'Vyama',
  'article.mentioned': 'Wanaotajwa katika makala hii',
  'article.noPeople': 'Hakuna watu.',
  'article.noParties': 'Hakuna vyama.',
  'article.editorLine': 'Kwa wahariri: imesomwa kutoka faili {file}.',
  'article.text': 'Maandishi',

  'profile.roles': 'Vyeo',
  'profile.parties': 'Vyama',
  'profile.quotes': 'Nukuu',
  'profile.articles': 'Makala',
  'profile.appearsWith': 'Hutajwa pamoja na',
  'profile.people': 'Watu',
  'profile.coalitions': 'Miungano',
  'profile.acronym': 'Kifupisho',
  'profile.aliases': 'Huandikwa pia {aliases}',

  'notFound.title': 'Ukurasa haupatikani',
  'notFound.description': 'Hakuna ukurasa katika anwani hii.',
  'notFound.lede':
    'Hakuna ukurasa katika anwani hii. Ikiwa ulifuata kiungo cha mtu au chama, huenda ukurasa wake umehamishwa mhariri alipoviunganisha au kubadilisha jina: jaribu kutafuta jina hilo.',
  'notFound.browse': 'Au pitia:',
  'notFound.people': 'Watu, A–Z',

  'list.none': 'Hakuna.',
};
