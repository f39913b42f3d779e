/** The editorial file: parsing and checking it, and applying it to a resolved corpus. */
export { applyEditorial, dropNotEntities, settleReview } from './apply';
export { EMPTY_EDITORIAL, parseEditorial, type EditorialEntry, type EditorialFile, type ParsedEditorial } from './parse';
