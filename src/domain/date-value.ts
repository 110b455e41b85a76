export const precisions = ["day", "month", "quarter", "half", "year"] as const;
export type Precision = (typeof precisions)[number];

export interface DateValue {
  /** ISO YYYY-MM-DD; for a window, its first day. */
  date: string;
  precision: Precision;
  label: string;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function dateValue(year: number, month: number, day: number, precision: Precision): DateValue {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { date, precision, label: labelFor(date, precision) };
}

export function labelFor(date: string, precision: Precision): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  switch (precision) {
    case "day":
      return `${d} ${monthNames[m - 1]} ${y}`;
    case "month":
      return `${monthNames[m - 1]} ${y}`;
    case "quarter":
      return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    case "half":
      return `H${m <= 6 ? 1 : 2} ${y}`;
    case "year":
      return `${y}`;
  }
}

/** The last day a value can mean: 2023-01-01 at precision "half" ends on 2023-06-30. */
export function windowEnd(value: Pick<DateValue, "date" | "precision">): string {
  const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
  const months = { day: 0, month: 1, quarter: 3, half: 6, year: 12 }[value.precision];
  if (months === 0) return value.date;
  const end = new Date(Date.UTC(y, m - 1 + months, 1) - 86_400_000);
  void d;
  return end.toISOString().slice(0, 10);
}

/** A smaller number is more specific: a day beats a month beats a window. */
export function precisionRank(precision: Precision): number {
  return precisions.indexOf(precision);
}

/** True when `inner` lies within the window of `outer` (a day inside "H1 2023"). */
export function within(inner: Pick<DateValue, "date" | "precision">, outer: Pick<DateValue, "date" | "precision">): boolean {
  return inner.date >= outer.date && windowEnd(inner) <= windowEnd(outer);
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return date.toISOString().slice(0, 10);
}
