import { afterEach, describe, expect, it } from "vitest";
import { gateway } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { addressFromSocket, CLIENT_ADDRESS_HEADER, clientAddress, trustClientAddressHeader } from "./client-address";
import { resetRateLimits } from "./rate-limit";

const health = (headers: Record<string, string>) => callRoute(gateway.health.handler, { path: "/health", headers });
const remaining = async (headers: Record<string, string>) => Number((await health(headers)).headers.get("x-ratelimit-remaining"));

describe("client addresses for per-address limits", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY_HOPS;
  });

  it("a client cannot pick its /health bucket with X-Forwarded-For (no trusted proxy)", async () => {
    resetRateLimits();
    const first = await remaining({ "X-Forwarded-For": "1.1.1.1" });
    expect(await remaining({ "X-Forwarded-For": "2.2.2.2" })).toBe(first - 1);
    expect(await remaining({ "X-Real-IP": "3.3.3.3" })).toBe(first - 2);
  });

  it("behind TRUST_PROXY_HOPS=1, the entry the proxy appended is the address; the client's own claims to its left are not", async () => {
    process.env.TRUST_PROXY_HOPS = "1";
    const request = (xff: string) => new Request("http://localhost/health", { headers: { "X-Forwarded-For": xff } });
    expect(clientAddress(request("6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9"))).toBe("203.0.113.9");
    process.env.TRUST_PROXY_HOPS = "2";
    expect(clientAddress(request("6.6.6.6, 203.0.113.9, 10.0.0.2"))).toBe("203.0.113.9");
    process.env.TRUST_PROXY_HOPS = "not a number";
    expect(clientAddress(request("6.6.6.6"))).toBe("unknown");
  });

  it("derives the address from the socket and the trusted hops", () => {
    expect(addressFromSocket("::ffff:10.0.0.7", "6.6.6.6", 0)).toBe("10.0.0.7");
    expect(addressFromSocket("10.0.0.1", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(addressFromSocket("10.0.0.1", ["6.6.6.6", "198.51.100.4, 10.0.0.9"], 2)).toBe("198.51.100.4");
    expect(addressFromSocket("10.0.0.1", undefined, 3)).toBe("10.0.0.1");
  });

  it("under the app server, the address it wrote is each caller's own bucket", async () => {
    trustClientAddressHeader();
    resetRateLimits();
    const a = await remaining({ [CLIENT_ADDRESS_HEADER]: "192.0.2.1" });
    expect(await remaining({ [CLIENT_ADDRESS_HEADER]: "192.0.2.1" })).toBe(a - 1);
    expect(await remaining({ [CLIENT_ADDRESS_HEADER]: "192.0.2.2" })).toBe(a);
  });
});
