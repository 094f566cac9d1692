import { describe, expect, it } from "vitest";
import { resolveDateRange } from "./date-range-preset";

const now = new Date("2026-11-25T22:40:00Z");

describe("resolveDateRange", () => {
  it("reads the presets as whole UTC days ending today", () => {
    expect(resolveDateRange({ range: "today" }, now)).toMatchObject({
      fromDay: "2026-11-25",
      toDay: "2026-11-25",
      to: new Date("2026-11-26T00:00:00Z"),
      includesToday: true,
    });
    expect(resolveDateRange({ range: "7d" }, now)).toMatchObject({ fromDay: "2026-11-19", toDay: "2026-11-25" });
    expect(resolveDateRange({ range: "30d" }, now).days).toHaveLength(30);
    expect(resolveDateRange({ range: "month" }, now)).toMatchObject({ fromDay: "2026-11-01", toDay: "2026-11-25" });
    expect(resolveDateRange({}, now)).toMatchObject({ preset: "30d", problem: undefined });
    expect(resolveDateRange({ range: "90d" }, now)).toMatchObject({ fromDay: "2026-08-28", toDay: "2026-11-25" });
    expect(resolveDateRange({ range: "12m" }, now)).toMatchObject({ fromDay: "2025-11-26", toDay: "2026-11-25" });
    expect(resolveDateRange({ range: "12m" }, now).days).toHaveLength(365);
  });

  it("reads a custom range (both ends inclusive, swapped when reversed) and refuses nonsense without failing", () => {
    expect(resolveDateRange({ range: "custom", from: "2026-10-05", to: "2026-10-01" }, now)).toMatchObject({
      preset: "custom",
      fromDay: "2026-10-01",
      toDay: "2026-10-05",
      from: new Date("2026-10-01T00:00:00Z"),
      to: new Date("2026-10-06T00:00:00Z"),
      includesToday: false,
    });
    expect(resolveDateRange({ from: "2026-11-20" }, now)).toMatchObject({ preset: "custom", toDay: "2026-11-25" });
    expect(resolveDateRange({ range: "custom", from: "2026-02-30", to: "2026-03-01" }, now)).toMatchObject({
      preset: "30d",
      problem: expect.stringContaining("YYYY-MM-DD"),
    });
    expect(resolveDateRange({ range: "custom", from: "2020-01-01", to: "2026-01-01" }, now).problem).toContain("366 days");
    expect(resolveDateRange({ range: "yesterday" }, now)).toMatchObject({ preset: "30d", problem: expect.stringContaining("yesterday") });
  });
});
