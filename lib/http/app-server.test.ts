import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAppServer, type AppServer } from "./app-server";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

function get(port: number, headers: Record<string, string> = {}, path = "/"): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
}

let app: AppServer | undefined;
async function start(hops: number, steps: string[] = [], slowMs = 0): Promise<number> {
  app = createAppServer({
    hops,
    drainMs: 5_000,
    log: () => undefined,
    async handle(req, res) {
      if (req.url === "/slow") await new Promise((resolve) => setTimeout(resolve, slowMs));
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ address: req.headers[CLIENT_ADDRESS_HEADER], forwardedHost: req.headers["x-forwarded-host"] ?? null }));
      if (req.url === "/slow") steps.push("request finished");
    },
    closeSteps: [async () => void steps.push("next closed"), async () => void steps.push("database closed")],
  });
  await new Promise<void>((resolve) => app!.server.listen(0, "127.0.0.1", resolve));
  return (app.server.address() as AddressInfo).port;
}

afterEach(async () => {
  await app?.shutdown("test end");
  app = undefined;
});

describe("the app server: client address", () => {
  it("comes from the socket; X-Forwarded-For, X-Forwarded-Host and our own header from a client are ignored", async () => {
    const port = await start(0);
    const reply = await get(port, { "X-Forwarded-For": "6.6.6.6", "X-Forwarded-Host": "evil.example", [CLIENT_ADDRESS_HEADER]: "7.7.7.7" });
    expect(JSON.parse(reply.body)).toEqual({ address: "127.0.0.1", forwardedHost: null });
  });

  it("behind TRUST_PROXY_HOPS proxies, is the entry the nearest trusted proxy appended", async () => {
    const port = await start(1);
    const reply = await get(port, { "X-Forwarded-For": "6.6.6.6, 203.0.113.9", "X-Forwarded-Host": "crm.example.com" });
    expect(JSON.parse(reply.body)).toEqual({ address: "203.0.113.9", forwardedHost: "crm.example.com" });
    expect(JSON.parse((await get(port)).body).address).toBe("127.0.0.1"); // nothing forwarded: the socket
  });
});

describe("the app server: ordered shutdown", () => {
  it("stops accepting, lets the request in flight finish, then closes Next and then the database", async () => {
    const steps: string[] = [];
    const port = await start(0, steps, 400);
    const inFlight = get(port, {}, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = app!.shutdown("SIGTERM");
    await expect(get(port)).rejects.toThrow(/ECONNREFUSED|ECONNRESET/);
    expect((await inFlight).status).toBe(200);
    await stopped;
    expect(steps).toEqual(["request finished", "next closed", "database closed"]);
    expect(app!.server.listening).toBe(false);
  });
});
