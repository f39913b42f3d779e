/**
 * A build of one part of the site (SIASA_PART set by scripts/build.mjs) runs
 * the middleware that skips the other parts' pages without params; see
 * src/site/shard.ts for how pages are split.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { currentPart } from '../site/shard';

export default function partIntegration(): AstroIntegration {
  return {
    name: 'siasa:part',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware, updateConfig }) => {
        // Read here too, so that a malformed SIASA_PART stops the build at once with its sentence.
        if (command !== 'build' || !currentPart()) return;
        addMiddleware({ entrypoint: new URL('../site/shard-middleware.ts', import.meta.url), order: 'pre' });
        // Vite's dependency cache (node_modules/.vite) is rewritten by the
        // content layer's loader in every process whose config differs, and
        // the parts' configs differ (their folders): each keeps its own, in
        // its own cacheDir, rather than N processes rewriting one folder.
        // Only the dev server uses these prebundled dependencies, never the build's output.
        updateConfig({ vite: { cacheDir: fileURLToPath(new URL('vite/', config.cacheDir)) } });
      },
    },
  };
}
