/**
 * One queue for the pipeline's file operations: a corpus is tens of thousands
 * of files, and opening them all at once runs out of file handles (EMFILE).
 */
import pLimit from 'p-limit';

/** Runs a file operation when one of the 64 slots is free. */
export const io = pLimit(64);
