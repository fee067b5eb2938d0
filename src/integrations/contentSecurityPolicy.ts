import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A Content-Security-Policy for every built page, without 'unsafe-inline' for scripts.
 *
 * Why our own: Astro's built-in CSP hashes the scripts it bundles but not Starlight's `is:inline`
 * scripts (theme, sidebar, table of contents), so those would be blocked. Here every inline
 * script and style of each page is hashed after the build, so the policy allows exactly what the
 * page carries. Inline style *attributes* cannot be hashed; they are allowed through
 * style-src-attr only (they cannot run code).
 */

/** sha256 of an inline element's text, in CSP source form. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of a page's inline scripts (no src) and inline style elements. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/\ssrc=/.test(attributes ?? '') && !/type="application\/(ld\+)?json"/.test(attributes ?? '')) scripts.add(cspHash(body ?? ''));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) styles.add(cspHash(body ?? ''));
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** The policy for a set of hashes. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'. */
export function policyFor(hashes: { scripts: string[]; styles: string[] }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.scripts.join(' ')}`.trim(),
    `style-src 'self' ${hashes.styles.join(' ')}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The page with its policy right after `<meta charset>` (which must stay in the first 1024
 * bytes), before any script can run.
 */
export function withPolicyMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineHashes(html))}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}`);
  return html.replace(/<head>/, `<head>${meta}`);
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'playbook:content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        const files = htmlFiles(folder);
        for (const file of files) writeFileSync(file, withPolicyMeta(readFileSync(file, 'utf8')));
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}
