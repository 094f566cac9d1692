import { describe, expect, it } from "vitest";
import { crm, ribbon } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { TEST_ADMIN_KEY } from "@/lib/testing/test-secrets";
import { CLIENT_ADDRESS_HEADER, trustClientAddressHeader } from "./client-address";
import { FAILED_AUTH_RULE } from "./failed-auth";

// As under our server: each caller's address comes in the trusted header.
trustClientAddressHeader();
const from = (address: string, headers: Record<string, string>) => ({ [CLIENT_ADDRESS_HEADER]: address, ...headers });
const listLeads = (address: string, key: string) =>
  callRoute(crm.listLeads.handler, { path: "/dev/crm/leads", headers: from(address, { Authorization: `Bearer ${key}` }) });
const adminClients = (address: string, key: string) =>
  callRoute(ribbon.adminClients.handler, { path: "/api/admin/clients", headers: from(address, { "X-API-Key": key }) });

describe("failed authentications per client address", () => {
  it("answer 429 in the envelope after the threshold, even to a right key from that address; other addresses are unaffected", async () => {
    const tenant = await createTestTenant();
    const attacker = "198.51.100.66";
    for (let i = 0; i < FAILED_AUTH_RULE.points; i++) expect((await listLeads(attacker, `wrong-${i}`)).status).toBe(401);
    const refused = await listLeads(attacker, "wrong-again");
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({ message: "Too many failed authentication attempts from this address; retry later" });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await listLeads(attacker, tenant.key)).status).toBe(429);
    expect((await listLeads("198.51.100.67", tenant.key)).status).toBe(200);
  });

  it("count wrong admin keys too", async () => {
    const guesser = "198.51.100.70";
    for (let i = 0; i < FAILED_AUTH_RULE.points; i++) expect((await adminClients(guesser, `guess-${i}`)).status).toBe(401);
    const refused = await adminClients(guesser, TEST_ADMIN_KEY);
    expect(refused.status).toBe(429);
    expect(refused.json.error).toContain("Too many failed authentication attempts");
    expect((await adminClients("198.51.100.71", TEST_ADMIN_KEY)).status).toBe(200);
  });

  it("successful requests and missing credentials do not count", async () => {
    const tenant = await createTestTenant();
    const busy = "198.51.100.80";
    for (let i = 0; i < FAILED_AUTH_RULE.points + 5; i++) expect((await listLeads(busy, tenant.key)).status).toBe(200);
    const missing = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads", headers: from(busy, {}) });
    expect(missing.status).toBe(401);
    expect((await listLeads(busy, "one-wrong-key")).status).toBe(401);
  });
});

describe("ADMIN_API_KEY shorter than 32 characters", () => {
  it("authenticates nobody, even with that very key", async () => {
    const saved = process.env.ADMIN_API_KEY;
    process.env.ADMIN_API_KEY = "short-admin-key";
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect((await adminClients("198.51.100.90", "short-admin-key")).status).toBe(401);
    } finally {
      console.error = quiet;
      process.env.ADMIN_API_KEY = saved;
    }
    expect((await adminClients("198.51.100.90", TEST_ADMIN_KEY)).status).toBe(200);
  });
});
