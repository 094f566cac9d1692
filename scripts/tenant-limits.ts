// npm run tenant:limits -- --client-id acme --rule crm --points 1000000   (set one rule's limit)
// npm run tenant:limits -- --client-id acme --rule crm --clear           (back to the plan's default)
// --rule all: every rule the endpoints use (benchmarks: --rule all --points 100000000)
// Takes effect within CREDENTIAL_CACHE_TTL_MS (5 s) on every running instance.
import { parseArgs } from "node:util";
import { setTenantRateLimit } from "@/lib/crm/tenants/set-tenant-rate-limit";
import { closeDb } from "@/lib/db/client";
import { DIALECTS } from "@/lib/dialects";
import { runScript } from "./run-script";

runScript(async () => {
  const { values } = parseArgs({
    options: { "client-id": { type: "string" }, rule: { type: "string" }, points: { type: "string" }, clear: { type: "boolean", default: false } },
  });
  const rules = knownRules();
  const usage = `Usage: npm run tenant:limits -- --client-id <slug> --rule <rule|all> (--points <n> | --clear)\nRules: ${[...rules.entries()].map(([name, window]) => `${name} (per ${window} s)`).join(", ")}`;
  if (!values["client-id"] || !values.rule || (values.points === undefined) === !values.clear) throw new Error(usage);
  const names = values.rule === "all" ? [...rules.keys()] : [values.rule];
  if (!names.every((name) => rules.has(name))) throw new Error(`Unknown rule "${values.rule}".\n${usage}`);
  const points = values.clear ? null : Number(values.points);
  let overrides = {};
  for (const name of names) overrides = await setTenantRateLimit(values["client-id"], name, points);
  console.log(`Rate-limit overrides of ${values["client-id"]}: ${JSON.stringify(overrides)}`);
  await closeDb();
});

/** Every rule an endpoint uses, with its window in seconds. */
function knownRules(): Map<string, number> {
  const rules = new Map<string, number>();
  for (const { dialect, endpoints } of Object.values(DIALECTS)) {
    rules.set(dialect.rateLimit.name, dialect.rateLimit.durationSeconds);
    for (const { spec } of endpoints) if (spec.rateLimit) rules.set(spec.rateLimit.name, spec.rateLimit.durationSeconds);
  }
  return rules;
}
