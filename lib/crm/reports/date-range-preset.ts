/** The periods a dashboard offers; "custom" takes `from`/`to` days. */
export const DATE_RANGE_PRESETS = [
  { value: "today", label: "Today" },
  { value: "7d", label: "7 days" },
  { value: "30d", label: "30 days" },
  { value: "month", label: "This month" },
  { value: "90d", label: "90 days" },
  { value: "12m", label: "12 months" },
  { value: "custom", label: "Custom" },
] as const;

export type DateRangePreset = (typeof DATE_RANGE_PRESETS)[number]["value"];

export interface ResolvedDateRange {
  preset: DateRangePreset;
  /** Start of the first UTC day. */
  from: Date;
  /** Start of the UTC day after the last one (exclusive). */
  to: Date;
  /** "2026-11-01", the first day (inclusive). */
  fromDay: string;
  /** "2026-11-25", the last day (inclusive). */
  toDay: string;
  /** The days covered, oldest first ("2026-11-01", …). */
  days: string[];
  /** True when the range reaches into the current day (live updates can change it). */
  includesToday: boolean;
  /** Set when a custom range could not be read and the default was used instead. */
  problem?: string;
}

const DAY = 86_400_000;
/** A custom range spans at most this many days (a year and a day for leap years). */
export const MAX_RANGE_DAYS = 366;
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

const dayStart = (time: number) => Math.floor(time / DAY) * DAY;
const dayText = (time: number) => new Date(time).toISOString().slice(0, 10);

function parseDay(text: string | undefined): number | null {
  if (!text || !DAY_TEXT.test(text)) return null;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(time) || dayText(time) !== text ? null : time;
}

/**
 * The period a dashboard's query string asks for, in whole UTC days (the
 * APIs' time zone): `range` = today | 7d | 30d | month | custom (with `from`
 * and `to`, both inclusive, YYYY-MM-DD). Anything unreadable falls back to
 * `fallback` and says why in `problem`, never an error page.
 */
export function resolveDateRange(
  params: { range?: string; from?: string; to?: string },
  now: Date = new Date(),
  fallback: Exclude<DateRangePreset, "custom"> = "30d",
): ResolvedDateRange {
  const today = dayStart(now.getTime());
  const build = (preset: DateRangePreset, first: number, last: number, problem?: string): ResolvedDateRange => {
    const days: string[] = [];
    for (let t = first; t <= last; t += DAY) days.push(dayText(t));
    return {
      preset,
      from: new Date(first),
      to: new Date(last + DAY),
      fromDay: dayText(first),
      toDay: dayText(last),
      days,
      includesToday: first <= today && today <= last,
      problem,
    };
  };
  const preset = (name: Exclude<DateRangePreset, "custom">, problem?: string): ResolvedDateRange => {
    if (name === "today") return build(name, today, today, problem);
    if (name === "7d") return build(name, today - 6 * DAY, today, problem);
    if (name === "90d") return build(name, today - 89 * DAY, today, problem);
    if (name === "12m") {
      // The same day a year ago up to today: twelve whole months and the current one begun.
      const d = new Date(today);
      return build(name, Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()) + DAY, today, problem);
    }
    if (name === "month") {
      const d = new Date(today);
      return build(name, Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), today, problem);
    }
    return build("30d", today - 29 * DAY, today, problem);
  };
  const range = params.range ?? (params.from || params.to ? "custom" : undefined);
  const known = DATE_RANGE_PRESETS.find((p) => p.value === range && p.value !== "custom");
  if (known) return preset(known.value as Exclude<DateRangePreset, "custom">);
  if (range !== "custom") return preset(fallback, range ? `Unknown period "${range}"; showing ${labelOf(fallback)}.` : undefined);
  let first = parseDay(params.from);
  let last = parseDay(params.to) ?? (first !== null ? today : null);
  if (first === null || last === null) return preset(fallback, `Dates must be YYYY-MM-DD; showing ${labelOf(fallback)}.`);
  if (first > last) [first, last] = [last, first];
  if ((last - first) / DAY + 1 > MAX_RANGE_DAYS) return preset(fallback, `A custom period spans at most ${MAX_RANGE_DAYS} days; showing ${labelOf(fallback)}.`);
  return build("custom", first, last);
}

function labelOf(preset: DateRangePreset): string {
  return DATE_RANGE_PRESETS.find((p) => p.value === preset)!.label.toLowerCase();
}

/** The query-string form of a range (for links that keep it). */
export function dateRangeParams(range: ResolvedDateRange): Record<string, string> {
  return range.preset === "custom" ? { range: "custom", from: range.fromDay, to: range.toDay } : { range: range.preset };
}
