import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearApiKeyCache } from "@/lib/auth/api-key-principal";
import { closeDb, openDb } from "@/lib/db/client";
import { crm, gateway, suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { toApiError } from "./to-api-error";

// Fake database servers on random ports: one that refuses, one that accepts
// then closes, one that never answers, one that closes once the client speaks.
const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
async function fakeServer(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return (server.address() as net.AddressInfo).port;
}

describe("a database that is down answers 503, never 500", () => {
  const ports: Record<string, number> = {};
  const realUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    const refusing = net.createServer();
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    ports.refuses = (refusing.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => refusing.close(() => resolve()));
    ports["accepts then closes"] = await fakeServer((socket) => socket.destroy());
    ports["never answers"] = await fakeServer(() => undefined);
    ports["closes mid-handshake"] = await fakeServer((socket) => socket.once("data", () => socket.destroy()));
    process.env.DATABASE_CONNECT_TIMEOUT_MS = "300";
  });

  afterEach(async () => {
    await closeDb();
    process.env.DATABASE_URL = realUrl;
  });

  afterAll(async () => {
    delete process.env.DATABASE_CONNECT_TIMEOUT_MS;
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  for (const behaviour of ["refuses", "accepts then closes", "never answers", "closes mid-handshake"]) {
    it(`when the server ${behaviour}`, async () => {
      await closeDb();
      clearApiKeyCache();
      process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${ports[behaviour]}/crm`;
      const c = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads", headers: { Authorization: "Bearer some-key" } });
      expect(c.status).toBe(503);
      expect(c.json).toEqual({ message: "The service is temporarily unavailable, please retry" });
      const s = await callRoute(suite.listCustomers.handler, { path: "/api/v2/customers", headers: { "X-API-Key": "another-key" } });
      expect(s.status).toBe(503);
      expect(s.json).toEqual({ success: false, message: "The service is temporarily unavailable, please retry" });
      const g = await callRoute(gateway.createLead.handler, {
        path: "/api/leads",
        headers: { "X-API-Key": "third-key" },
        body: { name: "A", email: "a@example.com", source: "website" },
      });
      expect(g.status).toBe(503);
      expect(g.json.error.code).toBe("SERVICE_UNAVAILABLE");
    });
  }

  it("through openDb with a short connect timeout, each failure maps to unavailable", async () => {
    for (const behaviour of Object.keys(ports)) {
      const handle = await openDb({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${ports[behaviour]}/crm` }, { connectTimeoutMs: 300 });
      const thrown = await handle.client.tenant.count().then(
        () => null,
        (error: unknown) => error,
      );
      await handle.close().catch(() => undefined);
      expect(toApiError(thrown, "req").kind, behaviour).toBe("unavailable");
    }
  });
});

describe("toApiError: connection-class failures and bad values", () => {
  const adapterError = (cause: Record<string, unknown>, code = "P2010") =>
    Object.assign(new Error("Invalid invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

  it("maps Prisma's connection codes, SQLSTATE classes 08, 53 and 57P, and pg's own messages to unavailable", () => {
    const unavailable = [
      ...["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"].map((code) => Object.assign(new Error("x"), { code })),
      adapterError({ kind: "postgres", code: "08006", originalCode: "08006" }),
      adapterError({ kind: "TooManyConnections", cause: "sorry, too many clients already" }),
      adapterError({ kind: "postgres", code: "53300" }),
      adapterError({ kind: "postgres", code: "53200" }),
      adapterError({ kind: "postgres", code: "57P01", originalCode: "57P01" }),
      adapterError({ kind: "postgres", code: "57P03" }),
      adapterError({ kind: "ConnectionClosed" }),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" }),
      Object.assign(new Error("outer"), { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) }),
    ];
    for (const error of unavailable) expect(toApiError(error, "req").kind, JSON.stringify(error)).toBe("unavailable");
  });

  it("maps 22021, 22P05 and 22P02 to bad_request, and leaves other failures internal", () => {
    for (const code of ["22021", "22P05", "22P02"]) {
      expect(toApiError(adapterError({ kind: "postgres", code, originalCode: code }, "P2039"), "req").kind).toBe("bad_request");
    }
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect(toApiError(adapterError({ kind: "postgres", code: "42601" }), "req").kind).toBe("internal");
      expect(toApiError(new Error("boom"), "req").kind).toBe("internal");
    } finally {
      console.error = quiet;
    }
  });
});
