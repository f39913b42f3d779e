/**
 * The site's Content-Security-Policy, in one place: Base.astro prints it as a
 * `<meta>` on every page, and the README gives the same policy as an HTTP header.
 * The pages load only their own files: no inline script or style, no `eval`.
 */

/** Each directive and its sources, in the order they are written. */
const directives: [directive: string, ...sources: string[]][] = [
  ['default-src', "'self'"],
  // Pagefind compiles its search engine from WebAssembly: that needs 'wasm-unsafe-eval', never 'unsafe-eval'.
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  // Pagefind may move its search into a worker loaded from /pagefind/.
  ['worker-src', "'self'"],
  ['style-src', "'self'"],
  // Pagefind UI's stylesheet draws small icons as data: URLs.
  ['img-src', "'self'", 'data:'],
  // Pagefind fetches its index files.
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Directives a browser ignores (and complains about) when the policy comes in a `<meta>`: headers only. */
const headerOnlyDirectives: [directive: string, ...sources: string[]][] = [['frame-ancestors', "'none'"]];

const policy = (list: typeof directives) => list.map((sources) => sources.join(' ')).join('; ');

/**
 * The policy for a `<meta http-equiv="Content-Security-Policy">`.
 * @example contentSecurityPolicyMeta // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export const contentSecurityPolicyMeta: string = policy(directives);

/** The policy as an HTTP header: the `<meta>` one plus `frame-ancestors`, which only a header can set. */
export const contentSecurityPolicyHeader: string = policy([...directives, ...headerOnlyDirectives]);
