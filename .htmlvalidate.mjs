/**
 * html-validate's settings for the built site: `npm run validate` over dist/,
 * and the end-to-end tests over every page of a test build. The `recommended`
 * preset; each rule turned off says why.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // An article page's <title> is its headline (the ingest cuts it at a word near 90
    // characters) and the site's name. The whole headline is what a tab, a bookmark and a
    // screen reader should get; the 70-character limit is advice about how search engines
    // shorten results, not a validity or accessibility rule.
    'long-title': 'off',
  },
});
