/**
 * Astro's side of the contract: one collection per kind of file the ingest
 * writes into `content/`, each validated by its schema from `schemas.ts`.
 */
import { defineCollection } from 'astro:content';
import { heldGlob } from './loaders/held-glob';
import { articleSchema, retiredSchema, reviewItemSchema, storedPartySchema, storedPersonSchema } from './schemas';

const json = (folder: string) => heldGlob({ pattern: '*.json', base: `./content/${folder}` });

export const collections = {
  articles: defineCollection({ loader: json('articles'), schema: articleSchema }),
  people: defineCollection({ loader: json('people'), schema: storedPersonSchema }),
  parties: defineCollection({ loader: json('parties'), schema: storedPartySchema }),
  review: defineCollection({ loader: json('review'), schema: reviewItemSchema }),
  retired: defineCollection({ loader: json('retired'), schema: retiredSchema }),
};
