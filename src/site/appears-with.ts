/**
 * The words for who an entity appears with, when the ingest kept only the
 * strongest of a long list (CO_MENTIONS_KEPT in src/pipeline/co-mentions.ts): the
 * link and the page say how many there are in all, and that these are the strongest.
 */
import { t } from '../i18n';
import type { PersonEntry } from '../schemas';

type Lists = PersonEntry['coMentions'];
type Counts = PersonEntry['coMentionCounts'];

/** Whether either list holds fewer than there are. */
export function isKeptShort(lists: Lists, counts: Counts): boolean {
  return lists.people.length < counts.people || lists.parties.length < counts.parties;
}

/** "All 12 people and parties that X appears with", or "The strongest 100 of each kind, of the 1,834 …". */
export function appearsWithLink(lists: Lists, counts: Counts, name: string): string {
  const entities = t('count.entity', { count: counts.people + counts.parties });
  if (!isKeptShort(lists, counts)) return t('appearsWith.all', { entities, name });
  return t('appearsWith.strongest', { kept: Math.max(lists.people.length, lists.parties.length), entities, name });
}
