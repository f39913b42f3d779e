/** The editorial file: parsing and checking it, and applying it to a resolved corpus. */
export { applyEditorial, dropNotEntities, settleReview, type StaleEntry } from './apply';
export { staleReport } from './stale';
export { EMPTY_EDITORIAL, parseEditorial, type EditorialEntry, type EditorialFile, type ParsedEditorial } from './parse';
