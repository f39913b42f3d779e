/**
 * How values from the content are written out for readers: dates, counts,
 * roles. Dates, numbers and counts come from src/i18n, in the build's language
 * (a count with its noun is a plural message there: `t('count.article', { count })`).
 */

export { formatDate } from '../i18n';

/**
 * A role as one line: the title, and where it is held when the text says.
 * @example roleLine({ title: 'Secretary-General', organisation: 'Azimio' }) // 'Secretary-General, Azimio'
 */
export function roleLine(role: { title: string; organisation?: string }): string {
  const title = roleTitle(role.title);
  return role.organisation === undefined ? title : `${title}, ${role.organisation}`;
}

/** Words a title keeps in lower case inside it: "Leader of the Opposition". */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'la']);

/**
 * A role's title in the one casing the site shows titles in: each word
 * capitalised (after a hyphen too), small words inside it and acronyms left alone.
 * @example roleTitle('deputy secretary-general of the party') // 'Deputy Secretary-General of the Party'
 * @example roleTitle('MP') // 'MP'
 */
export function roleTitle(title: string): string {
  return title.replace(/\p{L}[\p{L}’']*/gu, (word, offset: number) =>
    offset > 0 && SMALL_WORDS.has(word.toLowerCase()) && title[offset - 1] === ' '
      ? word.toLowerCase()
      : word.charAt(0).toUpperCase() + word.slice(1),
  );
}

/**
 * A profile's meta description: the name, then one clause about them.
 * @example profileSummary('Amina Wekesa', 'Leader of the UPA.') // 'Amina Wekesa: Leader of the UPA.'
 */
export function profileSummary(name: string, clause: string): string {
  return `${name}: ${clause.replace(/[.\s]+$/, '')}.`;
}
