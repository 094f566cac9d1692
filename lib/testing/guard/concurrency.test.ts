import { describe, expect, it } from "vitest";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { getDb } from "@/lib/db/client";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { envelopeProblems } from "./envelope";
import { findEndpoint } from "./registry";
import { send, type GuardReply, type GuardRequest } from "./send";

// Guard 5b: 50 identical submissions at once give exactly the documented outcome.
// One line per case; a case whose endpoint has not landed yet is skipped (and named).
const PARALLEL = 50;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reads its own dialect's fields
type Reply = GuardReply & { json: any };
type Outcome = (replies: Reply[]) => void;
interface Case {
  endpoint: string;
  title: string;
  setup?: (tenant: TestTenant) => Promise<void>;
  request: (tenant: TestTenant) => Omit<GuardRequest, "credential">;
  outcome: Outcome;
  /** What the database must hold afterwards. */
  stored?: (tenant: TestTenant) => Promise<void>;
}

/** Exactly one reply satisfies `one`; every other satisfies `rest`. */
const exactlyOne =
  (one: (reply: Reply) => boolean, rest: (reply: Reply) => boolean): Outcome =>
  (replies) => {
    expect(replies.filter(one).length, summary(replies)).toBe(1);
    expect(replies.filter((reply) => !one(reply) && !rest(reply)).map((reply) => `${reply.status} ${reply.text.slice(0, 120)}`)).toEqual([]);
  };
/** Every reply succeeds and `pick` gives a different value for each (numbering). */
const allDistinct =
  (ok: number, pick: (reply: Reply) => unknown): Outcome =>
  (replies) => {
    expect(replies.filter((reply) => reply.status !== ok).map((reply) => `${reply.status} ${reply.text.slice(0, 120)}`)).toEqual([]);
    expect(new Set(replies.map(pick)).size).toBe(replies.length);
  };
/** Every reply succeeds with the same `pick` (idempotent repeats). */
const allSame =
  (ok: number, pick: (reply: Reply) => unknown): Outcome =>
  (replies) => {
    expect(replies.filter((reply) => reply.status !== ok).map((reply) => `${reply.status} ${reply.text.slice(0, 120)}`)).toEqual([]);
    expect(new Set(replies.map(pick)).size).toBe(1);
  };
/** Rows of the tenant in each model afterwards. */
const rows =
  (expected: Record<string, number>) =>
  async (tenant: TestTenant): Promise<void> => {
    const db = (await getDb()) as unknown as Record<string, { count(args: object): Promise<number> }>;
    const counted: Record<string, number> = {};
    for (const model of Object.keys(expected)) counted[model] = await db[model]!.count({ where: { tenantId: tenant.id } });
    expect(counted).toEqual(expected);
  };
const status = (code: number) => (reply: Reply) => reply.status === code;

const DIALLER_LEAD = { first_name: "Ada", surname: "Guard", mobile: "07840258823", email: "ada@guard.example", type: "motor-trade", delays: 60 };
async function diallerType(tenant: TestTenant): Promise<void> {
  const db = await getDb();
  await db.leadType.create({ data: { tenantId: tenant.id, name: "motor-trade" } });
}

/** The workspace's customer number 1 (the suite's `customer_id: 1`). */
async function firstCustomer(tenant: TestTenant): Promise<void> {
  await createCustomer(tenant.ctx, { name: "Busy Co", email: "busy@guard.example" });
}

export const CASES: Case[] = [
  {
    endpoint: "POST /lead/add",
    title: "one number: one call scheduled, the rest told one is",
    setup: diallerType,
    request: () => ({ body: DIALLER_LEAD }),
    outcome: exactlyOne(
      (r) => r.status === 200 && r.json.processed === true,
      (r) => r.status === 200 && r.json.saved === true && r.json.processed === false && r.json.error === "Another call is already scheduled",
    ),
    stored: rows({ lead: 1, scheduledCall: 1 }),
  },
  {
    endpoint: "POST /dev/crm/customers",
    title: "same email: one 201, the rest 409",
    request: () => ({ body: { name: "Same Email Ltd", email: "same@guard.example" } }),
    outcome: exactlyOne(status(201), status(409)),
    stored: rows({ customer: 1 }),
  },
  {
    endpoint: "POST /api/ribbon/log-call",
    title: "one call event sent again and again: stored once, one call",
    request: () => ({
      body: { logId: "guard-log-1", event: "connected", data: { callSid: "guard-call-1", phoneNumber: "+447840258823" }, timestamp: "2026-11-25T10:00:00Z" },
    }),
    outcome: allSame(200, (r) => r.json.logId),
    stored: rows({ callEvent: 1, call: 1 }),
  },
  {
    endpoint: "POST /api/v2/invoices",
    title: "50 invoices at once: 50 distinct numbers",
    setup: firstCustomer,
    request: () => ({ body: { customer_id: 1, date: "2026-05-01", items: [{ description: "Guard", amount: 10, qty: 1 }] } }),
    outcome: allDistinct(201, (r) => r.json.data.invoice_number),
    stored: rows({ invoice: PARALLEL }),
  },
];

describe(`guard: ${PARALLEL} identical submissions at once`, () => {
  for (const c of CASES) {
    const target = findEndpoint(c.endpoint);
    it.skipIf(!target)(`${c.endpoint}: ${c.title}${target ? "" : " (endpoint not registered yet)"}`, async () => {
      const tenant = await createTestTenant();
      await c.setup?.(tenant);
      const request = c.request(tenant);
      const replies = (await Promise.all(Array.from({ length: PARALLEL }, () => send(target!, { ...request, credential: { value: tenant.key } })))) as Reply[];
      const broken = replies.filter((reply) => reply.status >= 500 || (reply.status >= 400 && envelopeProblems(target!, reply).length > 0));
      expect(broken.map((reply) => `${reply.status} ${reply.text.slice(0, 200)}`)).toEqual([]);
      c.outcome(replies);
      await c.stored?.(tenant);
    });
  }
});

function summary(replies: Reply[]): string {
  const counts = new Map<string, number>();
  for (const reply of replies) counts.set(`${reply.status} ${reply.text.slice(0, 80)}`, (counts.get(`${reply.status} ${reply.text.slice(0, 80)}`) ?? 0) + 1);
  return [...counts].map(([text, count]) => `${count}× ${text}`).join("\n");
}
