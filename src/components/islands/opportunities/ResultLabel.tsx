/**
 * A computed category (an ABC class, a quadrant, an encoding) as people read it, with its code in
 * `data-value` so tests and export read the same value the person sees. ResultValue's twin for
 * values that are not numbers.
 */
export function ResultLabel({ name, value, text }: { name: string; value: string | null; text: string | null }) {
  return (
    <span data-result={name} data-value={value ?? undefined}>
      {value === null ? '—' : text ?? value}
    </span>
  );
}
