/**
 * Tells the pages where the ingest wrote the article bodies (the project's
 * `content/`, src/content-files.ts): they are read from there when a page is
 * generated, not from Astro's data store. The folder is fixed at config time,
 * as Astro resolves the collections' own folders from its root, so a build
 * started from any working directory reads its own project's bodies.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function articleBodiesIntegration(): AstroIntegration {
  return {
    name: 'siasa:article-bodies',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const content = fileURLToPath(new URL('content/', config.root));
        updateConfig({ vite: { define: { __SIASA_CONTENT__: JSON.stringify(content) } } });
      },
    },
  };
}
