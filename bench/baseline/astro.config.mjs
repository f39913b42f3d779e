// @ts-check
// The bare baseline of issue 7: Astro's defaults and Pagefind, nothing of siasa's. `npm run bench` builds a copy of it.
import { defineConfig } from 'astro/config';
import pagefind from './pagefind.mjs';

export default defineConfig({
  // The bench builds each copy into its own folders, never the shared node_modules/.astro.
  outDir: process.env.BASELINE_OUT_DIR ?? './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './.cache',
  integrations: [pagefind()],
});
