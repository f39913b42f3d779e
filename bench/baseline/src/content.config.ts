/** The baseline's collections: the articles as Markdown files, and the people and parties that `npm run bench` lists from `corpus.json`. */
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: './articles' }),
    schema: z.object({ title: z.string() }),
  }),
  entities: defineCollection({
    loader: file('entities.json'),
    schema: z.object({ name: z.string(), kind: z.enum(['person', 'party']), articles: z.array(z.string()) }),
  }),
};
