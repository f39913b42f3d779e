/**
 * The Content-Security-Policy (src/site/security.ts): what it allows, and the
 * README's copy of it as a header, which hosts paste as written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader, contentSecurityPolicyMeta } from '../../src/site/security';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('Content-Security-Policy', () => {
  it('allows no inline script or style and no eval; WebAssembly only', () => {
    expect(contentSecurityPolicyHeader).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
    expect(contentSecurityPolicyMeta).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('leaves out of the <meta> the directives browsers ignore there', () => {
    expect(contentSecurityPolicyMeta).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
  });

  it('as a header, is the <meta> policy and frame-ancestors', () => {
    expect(contentSecurityPolicyHeader).toBe(`${contentSecurityPolicyMeta}; frame-ancestors 'none'`);
  });

  it('is the policy the README gives for _headers and for nginx', () => {
    expect(readme).toContain(`\n  Content-Security-Policy: ${contentSecurityPolicyHeader}\n`);
    expect(readme).toContain(`add_header Content-Security-Policy "${contentSecurityPolicyHeader}" always;`);
  });
});
