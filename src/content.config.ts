/**
 * Astro's side of the contract: one collection per kind of file the ingest
 * writes into `content/`, each validated by its schema from `schemas.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { articleSchema, partySchema, personSchema, retiredSchema, reviewItemSchema } from './schemas';

/**
 * In a part of a split build (SIASA_PART, scripts/build.mjs) the store comes
 * ready from the step that ran the ingest, in the part's cacheDir: reading and
 * validating every file again would cost every part what it cost once. An
 * empty store (Astro clears it when its config or version changed) is filled
 * from the files as usual.
 */
const json = (folder: string): Loader => {
  const files = glob({ pattern: '*.json', base: `./content/${folder}` });
  if (!process.env.SIASA_PART) return files;
  return {
    name: 'siasa:prepared-store',
    load: async (context) => {
      if (context.store.keys().length === 0) await files.load(context);
    },
  };
};

export const collections = {
  articles: defineCollection({ loader: json('articles'), schema: articleSchema }),
  people: defineCollection({ loader: json('people'), schema: personSchema }),
  parties: defineCollection({ loader: json('parties'), schema: partySchema }),
  review: defineCollection({ loader: json('review'), schema: reviewItemSchema }),
  retired: defineCollection({ loader: json('retired'), schema: retiredSchema }),
};
