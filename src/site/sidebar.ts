/**
 * What the sidebar lists: the site's sections, and for some pages a few
 * groups of their own (a profile's parties and closest people). Each group is
 * capped, so that no page's sidebar grows with the corpus.
 */
import { t, type MessageKey } from '../i18n';
import type { PartyEntry, PersonEntry } from '../schemas';
import { groupTies } from './roles';
import { entityHref, href, type EntityKind } from './urls';

/** One link in the sidebar. */
export interface SidebarLink {
  href: string;
  label: string;
}

/** A titled group of links a page adds below the site's sections. */
export interface SidebarGroup {
  title: string;
  links: SidebarLink[];
}

/** The most links one group shows; the page itself lists the rest. */
export const sidebarGroupLimit = 12;

const sections: { key: MessageKey; path: string }[] = [
  { key: 'nav.articles', path: 'articles' },
  { key: 'nav.people', path: 'people' },
  { key: 'nav.parties', path: 'parties' },
  { key: 'nav.network', path: 'network' },
  { key: 'nav.search', path: 'search' },
];

/** The site's sections, in the build's language. */
export function siteSections(): SidebarLink[] {
  return sections.map(({ key, path }) => ({ href: href(path), label: t(key) }));
}

/**
 * A page's own group, cut to the limit; no group at all when it has no links.
 * @example sidebarGroup('Their parties', [{ href: '/parties/odm/', label: 'ODM' }]) // [{ title: 'Their parties', links: [...] }]
 */
export function sidebarGroup(title: string, links: SidebarLink[]): SidebarGroup[] {
  return links.length === 0 ? [] : [{ title, links: links.slice(0, sidebarGroupLimit) }];
}

type Named = { slug: string; name: string };
const linksTo = (kind: EntityKind, entries: Named[]): SidebarLink[] =>
  [...new Map(entries.map((entry) => [entry.slug, entry])).values()].map((entry) => ({ href: entityHref(kind, entry.slug), label: entry.name }));

/** Ties that hold now by their newest report: a party someone left is no longer "theirs". */
const currentTies = <T extends PersonEntry['parties'][number]>(ties: T[]) => groupTies(ties).current.map((standing) => standing.latest);

/** A person's own groups: the parties they are tied to now, and the people they appear with most. */
export function personSidebar(person: Pick<PersonEntry, 'parties' | 'coMentions'>): SidebarGroup[] {
  return [
    ...sidebarGroup(t('nav.profileParties'), linksTo('party', currentTies(person.parties))),
    ...sidebarGroup(t('nav.profilePeople'), linksTo('person', person.coMentions.people)),
  ];
}

/** A party's own groups: the people tied to it now, and the people it appears with most. */
export function partySidebar(party: Pick<PartyEntry, 'people' | 'coMentions'>): SidebarGroup[] {
  return [
    ...sidebarGroup(t('nav.partyPeople'), linksTo('person', currentTies(party.people))),
    ...sidebarGroup(t('nav.profilePeople'), linksTo('person', party.coMentions.people)),
  ];
}
