import { appendFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GUARD_RUNS, GUARD_SEED } from "./bad-cases";
import { guardedEndpoints } from "./registry";
import { runBadInputs, type BadInputReport } from "./run-bad-inputs";

// Guard 1: bad input never gives a 5xx. Generated from the registry: every
// endpoint that is registered is here, with no list to keep.
const reports: BadInputReport[] = [];

describe(`guard: bad input never gives a 5xx (${GUARD_RUNS} inputs per endpoint, seed ${GUARD_SEED})`, () => {
  it.each(guardedEndpoints().map((target) => [target.name, target] as const))(
    "%s",
    async (_name, target) => {
      const report = await runBadInputs(target);
      reports.push(report);
      // Deep runs take long: GUARD_REPORT=<file> keeps a line per endpoint as it finishes.
      if (process.env.GUARD_REPORT) appendFileSync(process.env.GUARD_REPORT, `${JSON.stringify({ ...report, failures: report.failures.slice(0, 5) })}\n`);
      expect(report.failures, report.failures.slice(0, 20).join("\n")).toEqual([]);
    },
    600_000,
  );

  it("reports its figures", () => {
    const tried = reports.reduce((sum, report) => sum + report.tried, 0);
    const tolerated = reports.flatMap((report) => report.tolerated);
    const classes: Record<string, number> = {};
    for (const report of reports) for (const [name, count] of Object.entries(report.classes)) classes[name] = (classes[name] ?? 0) + count;
    console.info(`guard: ${reports.length} endpoints, ${tried} inputs, answers ${JSON.stringify(classes)}, 5xx tolerated as known issues: ${tolerated.length}`);
    for (const line of tolerated.slice(0, 30)) console.info(`  known: ${line}`);
  });
});
