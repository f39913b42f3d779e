/**
 * A build of one part of the site (SIASA_PART set by scripts/build.mjs) runs
 * the middleware that skips the other parts' pages without params; see
 * src/site/shard.ts for how pages are split.
 */
import type { AstroIntegration } from 'astro';
import { currentPart } from '../site/shard';

export default function partIntegration(): AstroIntegration {
  return {
    name: 'siasa:part',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // Read here too, so that a malformed SIASA_PART stops the build at once with its sentence.
        // (Each part keeps Vite's cache in its own cacheDir, as every build does: astro.config.mjs.)
        if (command !== 'build' || !currentPart()) return;
        addMiddleware({ entrypoint: new URL('../site/shard-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
