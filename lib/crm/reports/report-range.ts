import type { TimeRange } from "../time-range";

export { rangeSql } from "../time-range";

/** The range a report covers. */
export type ReportRange = TimeRange;

export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
