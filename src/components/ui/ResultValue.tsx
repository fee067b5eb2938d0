/**
 * A computed number as people read it, carrying the raw value in `data-value` so tests, print
 * and export read exactly what is shown. A missing value shows a dash and no data-value.
 */
interface Props {
  name: string;
  value: number | null;
  format: (value: number) => string;
}

export function ResultValue({ name, value, format }: Props) {
  const known = value !== null && Number.isFinite(value);
  return (
    <span data-result={name} data-value={known ? String(value) : undefined}>
      {known ? format(value) : '—'}
    </span>
  );
}
