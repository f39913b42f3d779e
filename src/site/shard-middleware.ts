/**
 * In a build of one part of the site (SIASA_PART, src/site/shard.ts), skips
 * the pages without params that belong to another part. Astro 5 has no way to
 * leave a page without `getStaticPaths` out of a static build short of moving
 * its file; but when a page's response has no body, Astro writes no file for
 * it ("file not created, response body was empty"), and middleware can answer
 * before the page renders. Added by src/integrations/part.ts only to part
 * builds, so a whole-site build runs no middleware at all.
 *
 * Dynamic routes are left alone: their `getStaticPaths` already returned only
 * this part's paths (`inThisPart`), and filtering them twice by two keys
 * could drop a page from every part.
 */
import { defineMiddleware } from 'astro:middleware';
import { isInThisPart } from './shard';

export const onRequest = defineMiddleware((context, next) => {
  if (Object.keys(context.params).length > 0) return next();
  if (isInThisPart(`page:${context.routePattern}`)) return next();
  return new Response(null);
});
