/**
 * Paper helpers: the `@page` rules that put a sheet's title, its address and the page number in
 * the page margins (Chromium's margin boxes), and dates as a printed sheet writes them.
 *
 * Pure module: no DOM, no UI strings (the caller passes the words).
 */

import type { Locale } from '../locale';

/** The named pages of styles/tools/worksheets.css, one per orientation. */
export const pageNames = { portrait: 'worksheet-portrait', landscape: 'worksheet-landscape' } as const;
export type Orientation = keyof typeof pageNames;

/** The query parameter that opens a sheet's paper copy blank (`?print=blank`); any other value means filled. */
export const PRINT_PARAM = 'print';

/** What the paper copy prints: what was written, or a blank sheet. */
export type PrintMode = 'filled' | 'blank';

/** The saved-tool name of a sheet: its saved copy is `playbook:worksheet:<slug>`. */
export const worksheetToolName = (slug: string) => `worksheet:${slug}`;

/** The paper a link opens with: `?print=blank` is the blank sheet, anything else the filled one. */
export function printModeOf(search: string): PrintMode {
  return new URLSearchParams(search).get(PRINT_PARAM) === 'blank' ? 'blank' : 'filled';
}

/**
 * A CSS string literal that says exactly `text`: every character that could end the string, start
 * an escape or break the line is written as a hex escape, so no text can leave the string.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const safe = /[\p{L}\p{N} .,:;/_\-–—()（）：，。·?=&%#@+~]/u.test(character) && character !== '\u2028' && character !== '\u2029';
    out += safe ? character : `\\${code.toString(16)} `;
  }
  return `${out}"`;
}

export interface PageRuleOptions {
  orientation: Orientation;
  /** The sheet's title, repeated at the top of every page after the first. */
  title: string;
  /** The sheet's address, at the bottom left of every page. */
  url: string;
  /** The page number: the words around the number and the count ("第 ", " 页，共 ", " 页"). */
  pageNumber: { before: string; between: string; after: string };
}

/**
 * The margin boxes of a sheet's named page. styles/tools/worksheets.css gives the size and margins; these rules
 * add what differs from sheet to sheet. Every string goes through cssString.
 */
export function pageRules({ orientation, title, url, pageNumber }: PageRuleOptions): string {
  const name = pageNames[orientation];
  const number = `${cssString(pageNumber.before)} counter(page) ${cssString(pageNumber.between)} counter(pages) ${cssString(pageNumber.after)}`;
  return [
    `@page ${name} {`,
    `  @top-left { content: ${cssString(title)}; }`,
    `  @bottom-left { content: ${cssString(url)}; }`,
    `  @bottom-right { content: ${number}; }`,
    `}`,
    // The first page carries the full header, so the title in the margin starts on page two.
    `@page ${name}:first {`,
    `  @top-left { content: none; }`,
    `}`,
  ].join('\n');
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `yyyy-mm-dd` date as the sheet prints it (2025年8月1日, 1 Aug 2025); other text as it is. */
export function formatSheetDate(value: string, locale: Locale): string {
  const match = isoDate.exec(value.trim());
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day)) return value;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
