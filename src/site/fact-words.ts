/**
 * How a profile words a role's or a tie's standing in time: "Acting Governor",
 * "Candidate for Senator", "Former member of", "Left". The English words are
 * grouped here, to move into the interface dictionary (src/i18n/) as they are.
 */
import type { PersonEntry } from '../schemas';
import { roleLine } from './format';
import { groupRoles, type Tense } from './roles';

const words = {
  /** Before a title, by tense; current and former say it in their group's heading. */
  titlePrefix: { current: '', former: '', acting: 'Acting', incoming: 'Incoming', aspiring: 'Candidate for' },
  /** How each tense reads in a timeline entry. */
  tense: { current: 'current', former: 'former', acting: 'acting', incoming: 'incoming', aspiring: 'sought' },
  /** Relations that read as a phrase of their own before the party's name. */
  relation: {
    member: 'member of',
    leader: 'leader of',
    candidate: 'candidate of',
    ally: 'ally of',
    joined: 'joined',
    left: 'left',
  } as Record<string, string>,
  former: 'former',
  acting: 'acting',
  incoming: 'incoming',
  /** An office sought in a party: "candidate for chairman of". */
  seeking: 'candidate for',
  /** Membership sought: "seeking to join". */
  seekingMembership: 'seeking to join',
  /** After an office held in a party: "Secretary-General of". */
  of: 'of',
};

/**
 * A title with its tense's word: acting, incoming and sought offices say so.
 * @example titleWithTense('Governor', 'acting') // 'Acting Governor'
 */
export function titleWithTense(title: string, tense: Tense): string {
  const prefix = words.titlePrefix[tense];
  return prefix === '' ? title : `${prefix} ${title}`;
}

/**
 * How a timeline entry names its tense.
 * @example tenseWord('aspiring') // 'sought'
 */
export function tenseWord(tense: Tense): string {
  return words.tense[tense];
}

/**
 * The words before a party's name that say how a person is tied to it, in
 * plain language and in the tie's tense, starting with a capital.
 * @example tiePhrase('member', 'former') // 'Former member of'
 * @example tiePhrase('Secretary-General', 'current') // 'Secretary-General of'
 * @example tiePhrase('left', 'former') // 'Left'
 */
export function tiePhrase(relation: string, tense: Tense): string {
  const key = relation.trim().toLowerCase();
  const known = words.relation[key];
  const held = known ?? `${relation.trim()} ${words.of}`;
  // Leaving and joining are events: their tense is in the verb.
  if (key === 'left' || key === 'joined') return capitalised(known as string);
  return capitalised(inTense(held, key, tense));
}

function inTense(held: string, key: string, tense: Tense): string {
  switch (tense) {
    case 'current':
      return held;
    case 'former':
      return `${words.former} ${held}`;
    case 'acting':
      return `${words.acting} ${held}`;
    case 'incoming':
      return `${words.incoming} ${held}`;
    case 'aspiring':
      // A candidate is already "candidate of"; a member-to-be is joining.
      return key === 'member' ? words.seekingMembership : key === 'candidate' ? held : `${words.seeking} ${held}`;
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
