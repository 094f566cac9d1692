import { describe, expect, it } from "vitest";
import { Prisma } from "./generated/client";
import { getSql } from "./client";
import { parseUtcTimestamp } from "./direct-sql";

describe("direct statements", () => {
  it("read PostgreSQL's timestamp text as UTC, every fraction length, and fall back for other forms", () => {
    expect(parseUtcTimestamp("2026-11-26 05:52:18.123").toISOString()).toBe("2026-11-26T05:52:18.123Z");
    expect(parseUtcTimestamp("2026-11-26 05:52:18.1").toISOString()).toBe("2026-11-26T05:52:18.100Z");
    expect(parseUtcTimestamp("2026-11-26 05:52:18.12").toISOString()).toBe("2026-11-26T05:52:18.120Z");
    expect(parseUtcTimestamp("2026-11-26 05:52:18").toISOString()).toBe("2026-11-26T05:52:18.000Z");
    expect(parseUtcTimestamp("0042-01-02 03:04:05").toISOString()).toBe("0042-01-02T03:04:05.000Z");
    expect(parseUtcTimestamp("2026-11-26 05:52:18.123456").toISOString()).toBe("2026-11-26T05:52:18.123Z");
  });

  it("send Dates as UTC and read timestamps, dates, numerics and arrays back as the columns hold them", async () => {
    const sql = await getSql();
    const at = new Date("2026-03-04T05:06:07.089Z");
    const [row] = await sql<{ t: Date; d: Date; n: unknown; a: string[]; same: boolean }>(
      Prisma.sql`SELECT ${at}::timestamp(3) AS t, '2026-03-04'::date AS d, 12.50::numeric(14, 2) AS n, ARRAY['x', 'y'] AS a,
        ${at}::timestamp(3) = '2026-03-04 05:06:07.089'::timestamp AS same`,
    );
    expect(row!.t.toISOString()).toBe("2026-03-04T05:06:07.089Z");
    expect(row!.d.toISOString()).toBe("2026-03-04T00:00:00.000Z");
    expect(String(row!.n)).toBe("12.50");
    expect(row!.a).toEqual(["x", "y"]);
    expect(row!.same).toBe(true);
  });

  it("keep prepared statements apart by text and run each again with new values", async () => {
    const sql = await getSql();
    const double = (n: number) => sql<{ v: number }>(Prisma.sql`SELECT (${n}::int * 2) AS v`, { prepared: true });
    const label = (text: string) => sql<{ v: string }>(Prisma.sql`SELECT ('label: ' || ${text}::text) AS v`, { prepared: true });
    // Past five runs PostgreSQL may switch a prepared statement to its generic plan: run beyond that.
    for (let i = 0; i < 8; i++) {
      expect(await double(i)).toEqual([{ v: i * 2 }]);
      expect(await label(`x${i}`)).toEqual([{ v: `label: x${i}` }]);
    }
  });
});
