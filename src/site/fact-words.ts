/**
 * How a profile words a role's or a tie's standing in time: "Acting Governor",
 * "Candidate for Senator", "Former member of", "Left", in the build's language
 * (the `facts.*` messages of src/i18n/). Titles and relations stay as the
 * articles wrote them.
 */
import { t, type MessageKey } from '../i18n';
import type { PersonEntry } from '../schemas';
import { roleLine } from './format';
import { groupRoles, type Tense } from './roles';

/**
 * A title with its tense's word: acting, incoming and sought offices say so;
 * current and former ones say it in their group's heading.
 * @example titleWithTense('Governor', 'acting') // 'Acting Governor'
 */
export function titleWithTense(title: string, tense: Tense): string {
  return tense === 'current' || tense === 'former' ? title : t(`facts.title.${tense}`, { title });
}

/**
 * How a timeline entry names its tense.
 * @example tenseWord('aspiring') // 'sought'
 */
export function tenseWord(tense: Tense): string {
  return t(`facts.tense.${tense}`);
}

/** Relations that read as a phrase of their own before the party's name. */
const relationKeys: Record<string, MessageKey> = {
  member: 'facts.tie.member',
  leader: 'facts.tie.leader',
  candidate: 'facts.tie.candidate',
  ally: 'facts.tie.ally',
  joined: 'facts.tie.joined',
  left: 'facts.tie.left',
};

/**
 * The words before a party's name that say how a person is tied to it, in
 * plain language and in the tie's tense, starting with a capital.
 * @example tiePhrase('member', 'former') // 'Former member of'
 * @example tiePhrase('Secretary-General', 'current') // 'Secretary-General of'
 * @example tiePhrase('left', 'former') // 'Left'
 */
export function tiePhrase(relation: string, tense: Tense): string {
  const key = relation.trim().toLowerCase();
  const known = relationKeys[key];
  const held = known ? t(known) : t('facts.tie.office', { relation: relation.trim() });
  // Leaving and joining are events: their tense is in the verb.
  if (key === 'left' || key === 'joined') return capitalised(held);
  return capitalised(inTense(held, key, tense));
}

function inTense(held: string, key: string, tense: Tense): string {
  if (tense === 'current') return held;
  if (tense !== 'aspiring') return t(`facts.tie.${tense}`, { held });
  // A candidate is already "candidate of"; a member-to-be is joining.
  if (key === 'candidate') return held;
  return key === 'member' ? t('facts.tie.seekingMembership') : t('facts.tie.aspiring', { held });
}

/** The relations the extractor names in its own words (not titles an article wrote), said in the build's language. */
const relationWordKeys: Record<string, MessageKey> = {
  member: 'facts.relation.member',
  leader: 'facts.relation.leader',
  candidate: 'facts.relation.candidate',
  ally: 'facts.relation.ally',
  joined: 'facts.relation.joined',
  left: 'facts.relation.left',
};

/**
 * A relation on its own: one of ours in the build's language, an office as the article wrote it.
 * @example relationWord('member') // 'member' (en), 'mwanachama' (sw)
 * @example relationWord('Treasurer') // 'Treasurer'
 */
export function relationWord(relation: string): string {
  const key = relationWordKeys[relation.trim().toLowerCase()];
  return key ? t(key) : relation;
}

/**
 * A relation as a short label, "former" once the tie is over (a party's list of its people).
 * @example relationLabel('Treasurer', 'former') // 'former Treasurer'
 */
export function relationLabel(relation: string, tense: Tense | undefined): string {
  const word = relationWord(relation);
  return tense === 'former' && relation.trim().toLowerCase() !== 'left' ? t('facts.relation.former', { relation: word }) : word;
}

/**
 * The one line a profile's summary and search metadata give a person: their
 * newest current office, in its tense's words; none when no office is current.
 * @example currentRoleLine([{ title: 'Governor', organisation: 'Kiambu', tense: 'acting', evidence }]) // 'Acting Governor, Kiambu'
 */
export function currentRoleLine(roles: PersonEntry['roles']): string | undefined {
  const office = groupRoles(roles).current[0];
  return office && roleLine({ title: titleWithTense(office.title, office.tense), ...(office.organisation ? { organisation: office.organisation } : {}) });
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
