import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { Prisma as Sql } from "@/lib/db/generated/client";
import { arrayLiteral } from "./insert-unnest";

describe("arrayLiteral", () => {
  it("round-trips every awkward text through PostgreSQL's array input", async () => {
    const values = ['Acme "Quoted" Ltd', "back\\slash\\", "a,b", "{braces}", "NULL", "", "  spaced  ", "Zoë 東京", "line\nbreak", null];
    const db = await getDb();
    const rows = await db.$queryRaw<{ v: string | null }[]>(
      Sql.sql`SELECT v FROM unnest(${arrayLiteral(values, (v) => v)}::text[]) WITH ORDINALITY AS t(v, n) ORDER BY n`,
    );
    expect(rows.map((r) => r.v)).toEqual(values);
  });

  it("writes dates as UTC ISO text and numbers as digits", () => {
    expect(arrayLiteral([new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), 42, undefined], (v) => v)).toBe('{"2026-01-02T03:04:05.000Z","42",NULL}');
  });
});
