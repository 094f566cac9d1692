/** "23 Nov 2026, 14:05 UTC": dates shown in UTC, the time zone the APIs speak. */
export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return "—";
  return `${date.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

/** "25 Nov 2026" from a `YYYY-MM-DD` day or a date column (UTC midnight). */
export function formatDay(day: string | Date | null | undefined): string {
  if (!day) return "—";
  const date = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
