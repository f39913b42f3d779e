/**
 * Gold annotations for measuring the extractor: for each article (or a whole
 * corpus), the people and parties a careful reader finds, the names each goes
 * by, and the trap names that must not become an entity.
 */
import { parse } from 'yaml';

export interface GoldEntity {
  name: string;
  aliases: string[];
  acronym?: string | null;
  /** Named, but not a politician: finding it is neither required nor wrong. */
  optional: boolean;
}

export interface Gold {
  people: GoldEntity[];
  parties: GoldEntity[];
  traps: string[];
}

/** Parses one gold file. */
export function parseGold(text: string): Gold {
  const raw = (parse(text) ?? {}) as {
    people?: Partial<GoldEntity>[];
    parties?: Partial<GoldEntity>[];
    traps?: unknown[];
  };
  const entity = (item: Partial<GoldEntity>): GoldEntity => ({
    name: String(item.name),
    aliases: (item.aliases ?? []).map(String),
    acronym: item.acronym ?? null,
    optional: item.optional === true,
  });
  return {
    people: (raw.people ?? []).map(entity),
    parties: (raw.parties ?? []).map(entity),
    traps: (raw.traps ?? []).map(String),
  };
}
