/**
 * The form of a name a list filter compares: lower case, accents and
 * apostrophes gone, so that "matiangi" finds Matiang’i. Shared by the page
 * (the text each entry carries) and the browser (what the reader types).
 */

/**
 * @example filterText('Fred Matiang’i') // 'fred matiangi'
 */
export function filterText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
