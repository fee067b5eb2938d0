import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineHashes, policyFor, withPolicyMeta } from '../../src/integrations/contentSecurityPolicy';

const page = `<!doctype html><html><head><meta charset="utf-8"/><script>theme()</script><script type="module" src="/_astro/a.js"></script><style>a{color:red}</style></head><body><script>toc()</script><script>theme()</script></body></html>`;

describe('content security policy', () => {
  it('hashes inline scripts and styles the way browsers do', () => {
    const expected = `'sha256-${createHash('sha256').update('theme()').digest('base64')}'`;
    expect(cspHash('theme()')).toBe(expected);
    const hashes = inlineHashes(page);
    expect(hashes.scripts).toHaveLength(2);
    expect(hashes.scripts).toContain(expected);
    expect(hashes.styles).toEqual([cspHash('a{color:red}')]);
  });

  it('never allows inline scripts wholesale', () => {
    const policy = policyFor(inlineHashes(page));
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toContain(cspHash('toc()'));
    expect(policy).toContain("object-src 'none'");
  });

  it('puts the policy first in the head, before any script', () => {
    const result = withPolicyMeta(page);
    expect(result.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(result.indexOf('<script'));
    // The charset declaration must stay within the first 1024 bytes, so the policy follows it.
    expect(result.indexOf('<meta charset="utf-8"/><meta http-equiv')).toBeGreaterThan(0);
  });
});
