/** "23 Nov 2026, 14:05 UTC": dates shown in UTC, the time zone the APIs speak. */
export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return "—";
  return `${date.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}
