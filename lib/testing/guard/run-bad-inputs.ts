import { badCases, type BadCase } from "./bad-cases";
import { CredentialSupply } from "./credentials";
import { countChanges, tenantRowCounts } from "./db-snapshot";
import { envelopeProblems, leakedInternals } from "./envelope";
import { known5xx } from "./known-issues";
import type { GuardedEndpoint } from "./registry";
import { send } from "./send";

export interface BadInputReport {
  endpoint: string;
  tried: number;
  /** Answers by status class, e.g. { "4xx": 38, "2xx": 2 }. */
  classes: Record<string, number>;
  failures: string[];
  /** Tolerated 5xx (known issues), each a failure once its fix lands. */
  tolerated: string[];
}

/**
 * Sends every bad case to one endpoint: never a 5xx, never a leaked trace;
 * a refusal (4xx) answers in the dialect's envelope and writes nothing.
 */
export async function runBadInputs(target: GuardedEndpoint, cases: BadCase[] = badCases(target)): Promise<BadInputReport> {
  const supply = await CredentialSupply.create(target);
  const report: BadInputReport = { endpoint: target.name, tried: 0, classes: {}, failures: [], tolerated: [] };
  for (const [index, bad] of cases.entries()) {
    const key = await supply.next();
    const before = await tenantRowCounts(supply.tenant.id);
    const reply = await send(target, {
      ...bad.request,
      credential: key === null ? null : { value: key },
      // Anonymous endpoints are limited per client address: one per case keeps the limiter out of the way.
      headers: { ...bad.request.headers, "x-forwarded-for": `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` },
    });
    report.tried++;
    const statusClass = `${Math.floor(reply.status / 100)}xx`;
    report.classes[statusClass] = (report.classes[statusClass] ?? 0) + 1;
    const where = `${target.name} [${bad.label}] → ${reply.status}`;
    if (reply.status >= 500) {
      const why = known5xx(target, bad);
      if (why) report.tolerated.push(`${where} (known: ${why})`);
      else report.failures.push(`${where}: ${reply.text.slice(0, 300)}`);
      continue;
    }
    const leak = leakedInternals(reply.text);
    if (leak) report.failures.push(`${where}: ${leak}`);
    if (reply.status >= 400) {
      for (const problem of envelopeProblems(target, reply)) report.failures.push(`${where}: ${problem}`);
      const changes = countChanges(before, await tenantRowCounts(supply.tenant.id));
      if (changes.length > 0) report.failures.push(`${where}: refused but wrote rows (${changes.join(", ")})`);
    }
  }
  return report;
}
