import { z } from "zod";
import type { CallFilter } from "@/lib/crm/calls/call-filter";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A report's date: an ISO 8601 date ("2025-10-01", a whole UTC day) or
 * date-time ("2025-10-01T00:00:00Z"; without an offset it is UTC). Absent
 * when empty or the text "undefined"/"null", which is what the seed's own
 * `new URLSearchParams({ startDate, endDate })` sends for missing dates. A "+"
 * of an offset sent unencoded arrives as a space and is read back as "+".
 */
export const reportDate = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    const trimmed = value.trim();
    if (trimmed === "" || trimmed === "undefined" || trimmed === "null") return undefined;
    return trimmed.replace(/ (\d{2}:?\d{2})$/, "+$1");
  },
  z
    .string()
    .refine(
      (v) => (DATE_ONLY.test(v) || DATE_TIME.test(v)) && !Number.isNaN(parseDate(v).getTime()),
      "must be an ISO 8601 date (2025-10-01) or date-time (2025-10-01T10:30:00Z)",
    )
    .optional(),
);

function parseDate(value: string): Date {
  if (DATE_ONLY.test(value)) return new Date(`${value}T00:00:00Z`);
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`);
}

/** `startDate` inclusive; `endDate` inclusive (a date-only end covers that whole UTC day). */
export function dateRange(startDate: string | undefined, endDate: string | undefined): Pick<CallFilter, "from" | "to"> {
  const from = startDate ? parseDate(startDate) : undefined;
  let to: Date | undefined;
  if (endDate) {
    const end = parseDate(endDate);
    to = new Date(end.getTime() + (DATE_ONLY.test(endDate) ? 86_400_000 : 1));
  }
  return { from, to };
}

export const customerIdParam = z.string().trim().min(1).max(200).optional();

export const DATES_DESCRIPTION =
  "`startDate`/`endDate` take an ISO 8601 date or date-time, in UTC when no offset is given; both ends are inclusive and a date-only `endDate` covers that whole day. Empty values and the text `undefined` count as absent.";
