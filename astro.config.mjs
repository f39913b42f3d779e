// @ts-check
import { defineConfig } from 'astro/config';
import articleBodies from './src/integrations/article-bodies.ts';
import dataStore from './src/integrations/data-store.ts';
import ingest from './src/integrations/ingest.ts';
import pagefind from './src/integrations/pagefind.ts';
import part from './src/integrations/part.ts';

// Where the site is published. Both can be set per build, so that one
// repository serves https://example.org/ and https://user.github.io/repo/ alike.
const site = process.env.SIASA_SITE ?? 'https://example.org';
const base = process.env.SIASA_BASE ?? '/';
// Tests, benchmarks and the parts of a split build each have their own.
const cacheDir = process.env.SIASA_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Styles and scripts always go in files of their own, never inline, so the
  // Content-Security-Policy (src/site/security.ts) needs no 'unsafe-inline' and no hashes.
  // Four pages at a time: one is rendered while the files of the others are written
  // (page generation waited on the disk a quarter of its time; 10% faster at 2,000 articles).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Vite's dependency cache in Astro's: every build whose folders differ rewrites
  // it (the content layer's loader), and builds side by side (the test suite's
  // sites, a split build's parts) raced on one node_modules/.vite ("ENOTEMPTY:
  // rename … deps_temp_… -> deps", a failed build). Only the dev server uses
  // these prebundled dependencies, never a build's output.
  vite: { build: { assetsInlineLimit: 0 }, cacheDir: `${cacheDir}/vite` },
  // Tests and benchmarks build into their own folders, never the checkout's.
  outDir: process.env.SIASA_OUT_DIR ?? './dist',
  cacheDir,
  // Article HTML is rendered once by the ingest; nothing here renders Markdown.
  integrations: [ingest({ seeds: process.env.SIASA_SEEDS ?? './seeds' }), dataStore(), articleBodies(), part(), pagefind()],
  devToolbar: { enabled: false },
  prefetch: false,
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  // Retired addresses (src/pages/[section]/[slug].astro) share folders with live
  // pages; the registry never issues a slug twice, and this turns any overlap
  // into a failed build instead of a page silently dropped.
  experimental: { failOnPrerenderConflict: true },
});
