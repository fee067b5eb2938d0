/**
 * The path of the same page in the other language: Chinese pages live at the root,
 * English ones under /en/ with the same slug.
 */
export function otherLanguagePath(pathname: string): string {
  if (pathname === '/en' || pathname === '/en/') return '/';
  if (pathname.startsWith('/en/')) return pathname.slice(3);
  return pathname === '/' ? '/en/' : `/en${pathname}`;
}
