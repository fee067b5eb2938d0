/**
 * A computed number in the per-unit and per-month tables. It carries what ResultValue carries
 * (`data-result`, `data-value`: the raw number, so tests and export read what is shown) plus the
 * unit, row, month or quarter it belongs to, which ResultValue has no place for.
 */
interface Props {
  name: string;
  value: number | null;
  format: (value: number) => string;
  unit?: string | undefined;
  /** 1-based row of the unit, which tells apart two units of the same name. */
  row?: number | undefined;
  /** 1–12. */
  month?: number | undefined;
  /** 1–4. */
  quarter?: number | undefined;
}

export function UnitValue({ name, value, format, unit, row, month, quarter }: Props) {
  const known = value !== null && Number.isFinite(value);
  return (
    <span
      data-result={name}
      data-value={known ? String(value) : undefined}
      data-unit={unit}
      data-row={row}
      data-month={month}
      data-quarter={quarter}
    >
      {known ? format(value) : '—'}
    </span>
  );
}
