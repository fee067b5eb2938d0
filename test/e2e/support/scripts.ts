import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Used by the byte-budget tests and by bench/site-bench.mjs (plain Node, which strips the types),
// so this file imports nothing but Node's own modules.

/** A built script and everything it imports statically, as /_astro/ paths (dynamic imports load later). */
export function withStaticImports(distDir: string, path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(join(distDir, path), 'utf8');
  // `export … from` is a static import too (an entry that only re-exports a shared module).
  for (const [, relative] of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.\/[^"']+)["']/g)) {
    if (relative) withStaticImports(distDir, new URL(relative, `http://site${path}`).pathname, seen);
  }
  return seen;
}

/** The JavaScript a page runs before anyone touches it: its module scripts and their imports. */
export function scriptsBeforeInteraction(distDir: string, html: string): Set<string> {
  const scripts = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="(\/_astro\/[^"]+\.js)"/g)) {
    if (src) withStaticImports(distDir, src, scripts);
  }
  return scripts;
}

/** The islands on a page, as their component scripts. */
export function islandsOf(html: string): string[] {
  return [...html.matchAll(/<astro-island[^>]*\scomponent-url="([^"]+)"/g)].flatMap(([, url]) => (url ? [url] : []));
}

/** Preact, Astro's island loader, Vite's preload helper and Rolldown's module runtime: the framework, not a tool's own code. */
export const frameworkChunk = /^\/_astro\/(preact\.module|hooks\.module|signals\.module|client|preload-helper|rolldown-runtime)\.[\w-]+\.js$/;
