/** "12 Mar 2026" for a calendar day (a `@db.Date` column or `YYYY-MM-DD`), read in UTC so it never shifts a day. */
export function formatDay(day: Date | string | null | undefined): string {
  if (!day) return "—";
  const date = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
