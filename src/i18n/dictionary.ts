/** The keys every language must define: those of the English dictionary, each a `Message`. */
import type { en } from './en';
import type { Message } from './messages';

export type MessageKey = keyof typeof en;

/** A whole dictionary: a language file typed as this fails to compile when it misses a key. */
export type Dictionary = { [Key in MessageKey]: Message };
