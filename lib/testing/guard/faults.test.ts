import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/db/client";
import { toApiError } from "@/lib/http/to-api-error";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { envelopeProblems } from "./envelope";
import { findEndpoint, type GuardedEndpoint } from "./registry";
import { send, type GuardReply } from "./send";
import { TcpProxy } from "./tcp-proxy";

// Guard 5: the database goes away mid-load and comes back. This file's process
// reaches PostgreSQL only through a proxy it cuts and restores.
const realUrl = new URL(process.env.DATABASE_URL!);
const proxy = new TcpProxy(realUrl.hostname, Number(realUrl.port || 5432));

const endpoint = (name: string): GuardedEndpoint => {
  const found = findEndpoint(name);
  if (!found) throw new Error(`${name} is not registered`);
  return found;
};

describe("guard: PostgreSQL unreachable mid-load", () => {
  let tenant: TestTenant;
  beforeAll(async () => {
    const port = await proxy.start();
    const viaProxy = new URL(realUrl);
    viaProxy.port = String(port);
    await closeDb();
    process.env.DATABASE_URL = viaProxy.toString();
    tenant = await createTestTenant();
  });
  afterAll(async () => {
    await closeDb();
    await proxy.stop();
  });

  it("answers 503 in each envelope while it is gone, /health says unhealthy, and every acknowledged write survives whole", async () => {
    const health = endpoint("GET /health");
    const createLead = endpoint("POST /api/leads");
    const listLeads = endpoint("GET /dev/crm/leads");
    expect((await send(health, {})).status).toBe(200);

    const acknowledged: string[] = [];
    const problems: string[] = [];
    const check = (target: GuardedEndpoint, reply: GuardReply, ok: number) => {
      if (reply.status === ok) return;
      if (reply.status !== 503) problems.push(`${target.name} → ${reply.status}: ${reply.text.slice(0, 200)}`);
      else problems.push(...envelopeProblems(target, reply).map((p) => `${target.name} 503: ${p}`));
    };
    const write = async (i: number) => {
      const reply = await send(createLead, {
        body: { name: `Fault ${i}`, email: `fault${i}@guard.example`, source: "website" },
        credential: { value: tenant.key },
      });
      check(createLead, reply, 201);
      if (reply.status === 201) acknowledged.push((reply.json as { id: string }).id);
      return reply.status;
    };

    // Writes in flight when the connections drop, and more while the database is gone.
    await Promise.all(Array.from({ length: 5 }, (_, i) => write(i)));
    const wave1 = Array.from({ length: 30 }, (_, i) => write(10 + i));
    for (let waited = 0; acknowledged.length < 8 && waited < 5_000; waited += 2) await new Promise((resolve) => setTimeout(resolve, 2));
    await proxy.cut();
    const during = await Promise.all([...Array.from({ length: 10 }, (_, i) => write(100 + i)), ...wave1]);
    const down = await send(health, {});
    expect(down.status).toBe(503);
    expect(down.json).toMatchObject({ status: "unhealthy", services: { database: "disconnected" } });
    const read = await send(listLeads, { credential: { value: tenant.key } });
    check(listLeads, read, 200);
    console.info(`faults: during the outage ${JSON.stringify(during)}`);
    expect(during.filter((status) => status === 503).length, "some writes met the outage").toBeGreaterThan(0);

    await proxy.restore();
    let healthy = 0;
    for (let attempt = 0; attempt < 50 && healthy !== 200; attempt++) {
      healthy = (await send(health, {})).status;
      if (healthy !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(healthy, "healthy again once the database is back").toBe(200);
    await Promise.all(Array.from({ length: 10 }, (_, i) => write(200 + i)));
    expect(problems, problems.join("\n")).toEqual([]);

    // Every acknowledged lead is there, and no lead is without its event and audit entry.
    const db = await getDb();
    const leads = await db.lead.findMany({ where: { tenantId: tenant.id }, select: { id: true } });
    const stored = new Set(leads.map((lead) => `lead_${lead.id.replace(/-/g, "")}`));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    const events = await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "lead.created" } });
    const audits = await db.auditLog.count({ where: { tenantId: tenant.id, action: "lead.created" } });
    expect({ events, audits }).toEqual({ events: leads.length, audits: leads.length });
  }, 60_000);
});

describe("guard: a connection lost mid-query is 503, not 500", () => {
  it.each([
    ["pg, connection dropped", new Error("Connection terminated unexpectedly")],
    [
      "prisma raw query, server gone",
      Object.assign(new Error("Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`"), { code: "P2010" }),
    ],
    ["server shutting down", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["socket reset", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })],
    [
      "no connection for a transaction in time",
      Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" }),
    ],
  ])("%s", (_label, error) => {
    expect(toApiError(error, "req_test").kind).toBe("unavailable");
  });
});
