// npm run bench:calls:generate — call data at scale for bench/calls-analytics.ts, on PostgreSQL:
// a tenant "bench-calls" (keys bench-calls-key-00 … -63, monthly limit and ribbon rate limit 100 million), BENCH_CUSTOMERS
// customers (default 3,000) and BENCH_CALLS calls (default 400,000) over the last 365 days with their
// events (≈ 2.5 per call: ≈ 1,000,000), shaped as the fold leaves them: 60 % outbound, inbound calls
// answered or (15 %) missed, durations exponential (mean 150 s), 85 % of calls in office hours, 85 %
// linked to a customer (skewed, so there are top customers), 50 calls still active. Written with set-based
// SQL (generate_series, seeded random) in a few minutes; an existing bench tenant is replaced.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/crm_bench npx tsx bench/generate-calls.ts
//
// Customers are generated here in SQL: the shared leads/customers generator of the "crmleads" work had
// not landed when this was written; the two can share a database (different tenants).
import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { rebuildCallRollups } from "@/lib/crm/calls/rebuild-call-rollups";
import { systemContext } from "@/lib/crm/context";
import { createTenant } from "@/lib/crm/tenants/create-tenant";
import { setTenantRateLimit } from "@/lib/crm/tenants/set-tenant-rate-limit";
import { ribbon } from "@/lib/dialects/ribbon/dialect";
import { usageMonth } from "@/lib/crm/tenants/usage";
import { closeDb, getDb } from "@/lib/db/client";
import { isEmbedded } from "@/lib/db/client";

export const BENCH_CLIENT_ID = "bench-calls";
export const BENCH_KEYS = 64;
export const benchKey = (i: number) => `bench-calls-key-${String(i % BENCH_KEYS).padStart(2, "0")}`;

const calls = Number(process.env.BENCH_CALLS ?? 400_000);
const customers = Number(process.env.BENCH_CUSTOMERS ?? 3_000);

async function main(): Promise<void> {
  if (isEmbedded()) throw new Error("Set DATABASE_URL to a PostgreSQL database: the benchmark is for the server.");
  const db = await getDb();
  const started = Date.now();
  const step = (label: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${label}`);

  const old = await db.tenant.findUnique({ where: { clientId: BENCH_CLIENT_ID }, select: { id: true } });
  if (old) {
    await db.tenant.delete({ where: { id: old.id } });
    step("removed the previous bench tenant");
  }
  const tenant = await createTenant({
    clientId: BENCH_CLIENT_ID,
    name: "Bench Calls Ltd",
    plan: "enterprise",
    monthlyCallLimit: 100_000_000,
    allowedDomains: ["bench.example"],
  });
  const ctx = systemContext(tenant.id, "bench");
  for (let i = 0; i < BENCH_KEYS; i++) await createApiKey(ctx, { name: `bench ${i}`, scopes: ["*"], key: benchKey(i) });
  // The ribbon's limit (600/min) would stop a throughput benchmark in a second: lift it for this tenant.
  await setTenantRateLimit(BENCH_CLIENT_ID, ribbon.rateLimit.name, 100_000_000);
  const t = tenant.id;

  await db.$executeRaw`SELECT setseed(0.42)`;
  await db.$executeRaw`
    INSERT INTO "Customer" ("id", "tenantId", "seq", "externalId", "name", "email", "phone", "phoneNormalized", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${t}::uuid, n, 'BC' || lpad(n::text, 5, '0'), 'Bench Customer ' || n, 'bench' || n || '@example.com',
      '+9198' || lpad(n::text, 8, '0'), '9198' || lpad(n::text, 8, '0'), now() - interval '400 days', now()
    FROM generate_series(1, ${customers}::int) AS n`;
  await db.tenantCounter.create({ data: { tenantId: t, name: "customer", value: customers } });
  step(`${customers} customers`);

  // The calls, staged in a temporary table so the events can be derived from them.
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT setseed(0.43)`;
      await tx.$executeRaw`
        CREATE TEMP TABLE bench_call ON COMMIT DROP AS
        WITH base AS (
          SELECT n, random() AS r_dir, random() AS r_miss, random() AS r_day, random() AS r_hour, random() AS r_sec,
            random() AS r_dur, random() AS r_cust, random() AS r_has, random() AS r_hold, random() AS r_phone
          FROM generate_series(1, ${calls}::int) AS n
        ), shaped AS (
          SELECT n, r_hold,
            CASE WHEN r_dir < 0.6 THEN 'outbound' ELSE 'inbound' END AS direction,
            n > ${calls}::int - 50 AS active,
            r_dir >= 0.6 AND r_miss < 0.15 AND n <= ${calls}::int - 50 AS missed,
            CASE WHEN n > ${calls}::int - 50 THEN date_trunc('milliseconds', now() - r_sec * interval '10 minutes')
              ELSE date_trunc('day', now() - r_day * interval '365 days')
                + CASE WHEN r_hour < 0.85 THEN (8 + floor(r_hour / 0.85 * 10)) ELSE floor((r_hour - 0.85) / 0.15 * 24) END * interval '1 hour'
                + date_trunc('milliseconds', r_sec * interval '1 hour')
            END AS start_time,
            least(3600, floor(-ln(1 - r_dur) * 150))::int AS talk,
            CASE WHEN r_has < 0.85 THEN 1 + floor(r_cust * r_cust * ${customers}::int)::int END AS customer_no,
            '+4420' || lpad(floor(r_phone * 100000000)::text, 8, '0') AS stray_phone
          FROM base
        )
        SELECT s.n, gen_random_uuid() AS id, 'BENCH' || lpad(s.n::text, 8, '0') AS sid, s.direction, s.active, s.missed, s.start_time,
          CASE WHEN s.active THEN NULL WHEN s.missed THEN 0 ELSE s.talk END AS duration,
          CASE WHEN s.active THEN NULL WHEN s.missed THEN s.start_time + interval '20 seconds'
            ELSE s.start_time + (CASE WHEN s.direction = 'inbound' THEN 5 ELSE 0 END + s.talk) * interval '1 second' END AS end_time,
          cu."id" AS customer_id, cu."externalId" AS customer_ext, cu."name" AS customer_name,
          coalesce(cu."phone", s.stray_phone) AS phone, s.r_hold
        FROM shaped s LEFT JOIN "Customer" cu ON cu."tenantId" = ${t}::uuid AND cu."seq" = s.customer_no`;
      await tx.$executeRaw`
        INSERT INTO "Call" ("id", "tenantId", "callSid", "customerId", "phoneNumber", "phoneNormalized", "direction", "status", "startTime", "endTime",
          "duration", "connected", "domain", "firstEventAt", "lastEventAt", "createdAt", "updatedAt", "completedEventAt")
        SELECT id, ${t}::uuid, sid, customer_id, phone, regexp_replace(phone, '\\D', '', 'g'), direction::"CallDirection",
          (CASE WHEN active THEN 'active' WHEN missed THEN 'missed' ELSE 'completed' END)::"CallStatus",
          start_time, end_time, duration, NOT missed, 'bench.example', start_time, coalesce(end_time, start_time), start_time, coalesce(end_time, start_time),
          CASE WHEN NOT active AND NOT missed THEN end_time END
        FROM bench_call`;
      await tx.$executeRaw`
        INSERT INTO "CallEvent" ("id", "tenantId", "logId", "fingerprint", "callId", "callSid", "event", "data", "occurredAt", "receivedAt", "domain",
          "customerExternalId", "callDirection")
        SELECT gen_random_uuid(), ${t}::uuid, 'log-' || floor(extract(epoch FROM e.at))::bigint || '-' || substr(md5(c.sid || e.event), 1, 9),
          c.sid || ':' || e.event || ':' || to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), c.id, c.sid, e.event,
          jsonb_build_object('callSid', c.sid, 'phoneNumber', c.phone, 'callDirection', c.direction)
            || CASE WHEN e.event = 'callEnded' AND NOT c.missed THEN jsonb_build_object('duration', c.duration) ELSE '{}' END
            || CASE WHEN e.event IN ('connected', 'incoming') AND c.customer_ext IS NOT NULL
                 THEN jsonb_build_object('customerData', jsonb_build_object('customerId', c.customer_ext, 'name', c.customer_name)) ELSE '{}' END,
          e.at, e.at, 'bench.example', c.customer_ext, c.direction::"CallDirection"
        FROM bench_call c
        CROSS JOIN LATERAL (VALUES
          ('incoming', c.start_time, c.direction = 'inbound'),
          ('connected', c.start_time + CASE WHEN c.direction = 'inbound' THEN interval '5 seconds' ELSE interval '0' END, NOT c.missed),
          ('hold', c.start_time + interval '30 seconds', NOT c.active AND NOT c.missed AND c.duration > 60 AND c.r_hold < 0.3),
          ('callEnded', c.end_time, NOT c.active)
        ) AS e(event, at, wanted)
        WHERE e.wanted`;
      await tx.$executeRaw`
        INSERT INTO "TenantUsage" ("tenantId", "month", "calls")
        SELECT ${t}::uuid, ${usageMonth()}, count(*)::int FROM bench_call WHERE to_char(start_time, 'YYYY-MM') = ${usageMonth()}`;
    },
    { timeout: 60 * 60 * 1000, maxWait: 60_000 },
  );
  await rebuildCallRollups(db, t);
  step("calls, events and the hourly rollup");
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Call"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "CallEvent"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Customer"`);
  const [counts] = await db.$queryRaw<{ calls: number; events: number }[]>`
    SELECT (SELECT count(*)::int FROM "Call" WHERE "tenantId" = ${t}::uuid) AS calls, (SELECT count(*)::int FROM "CallEvent" WHERE "tenantId" = ${t}::uuid) AS events`;
  step(`vacuum analyze: ${counts?.calls} calls, ${counts?.events} events for tenant ${BENCH_CLIENT_ID} (keys ${benchKey(0)} … ${benchKey(BENCH_KEYS - 1)})`);
  await closeDb();
}

if (process.argv[1]?.endsWith("generate-calls.ts")) {
  main().catch(async (error: unknown) => {
    console.error(error);
    await closeDb().catch(() => undefined);
    process.exitCode = 1;
  });
}
