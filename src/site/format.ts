/**
 * How values from the content are written out for readers: dates, counts,
 * roles. Dates and numbers come from src/i18n, in the build's language.
 */

export { formatDate } from '../i18n';

/**
 * A count with its noun, pluralised the English way.
 * @example countOf(1, 'article') // '1 article'
 */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/**
 * A role as one line: the title, and where it is held when the text says.
 * @example roleLine({ title: 'Secretary-General', organisation: 'Azimio' }) // 'Secretary-General, Azimio'
 */
export function roleLine(role: { title: string; organisation?: string }): string {
  return role.organisation === undefined ? role.title : `${role.title}, ${role.organisation}`;
}

/**
 * A profile's meta description: the name, then one clause about them.
 * @example profileSummary('Amina Wekesa', 'Leader of the UPA.') // 'Amina Wekesa: Leader of the UPA.'
 */
export function profileSummary(name: string, clause: string): string {
  return `${name}: ${clause.replace(/[.\s]+$/, '')}.`;
}
