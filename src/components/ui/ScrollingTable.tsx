import type { ComponentChildren } from 'preact';

interface Props {
  /** The table's name: its caption, and the name a screen reader gives the scrolling region. */
  label: string;
  /** Show the name as a caption above the table (a table under its own heading may not need one). */
  caption?: boolean;
  /** The region's class: each tool decides how its tables scroll and print. */
  scrollClass: string;
  tableClass?: string;
  children: ComponentChildren;
}

/**
 * A table that scrolls sideways in its own region on a narrow screen rather than widening the page.
 * The region is focusable and named, so a keyboard user can scroll it and a screen reader says what
 * it holds (axe-core asks for both).
 */
export function ScrollingTable({ label, caption = true, scrollClass, tableClass, children }: Props) {
  return (
    <div class={scrollClass} role="region" aria-label={label} tabIndex={0}>
      <table class={tableClass}>
        {caption && <caption>{label}</caption>}
        {children}
      </table>
    </div>
  );
}
