// npm run bench: what the endpoint mechanism costs. Compares, in one run against
// a running app, a bare route (GET /api/test/ping: no credential, no limiter,
// no validation) with the cheapest full endpoint (GET /api/test/echo: API key
// lookup through the credential cache, rate limit, zod query validation,
// envelope and headers). Target: echo ≥ 70% of ping's requests per second.
//
//   npm start                      # in another terminal (demo data, port 3000)
//   npm run bench                  # BENCH_URL, BENCH_KEY, BENCH_SECONDS, BENCH_CONNECTIONS to change
import autocannon from "autocannon";

const base = process.env.BENCH_URL ?? "http://localhost:3000";
const key = process.env.BENCH_KEY ?? "demo-api-key-789";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function measure(path: string, headers: Record<string, string> = {}): Promise<Measure> {
  const result = await autocannon({ url: `${base}${path}`, headers, connections, duration: seconds });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

async function main(): Promise<void> {
  const check = await fetch(`${base}/api/test/echo?message=bench`, { headers: { "X-API-Key": key } });
  if (check.status !== 200) throw new Error(`GET /api/test/echo answered ${check.status}; is the app running at ${base} with key ${key}?`);
  await measure("/api/test/ping"); // warm-up: JIT, connection pools, credential cache
  const rounds: { ping: Measure; echo: Measure }[] = [];
  for (let round = 0; round < 2; round++) {
    const ping = await measure("/api/test/ping");
    const echo = await measure("/api/test/echo?message=bench", { "X-API-Key": key });
    rounds.push({ ping, echo });
    console.log(
      `round ${round + 1}: ping ${ping.rps.toFixed(0)} req/s (p50 ${ping.p50} ms, p99 ${ping.p99} ms) · echo ${echo.rps.toFixed(0)} req/s (p50 ${echo.p50} ms, p99 ${echo.p99} ms) · ratio ${(echo.rps / ping.rps).toFixed(2)}`,
    );
    if (ping.non2xx + echo.non2xx > 0) console.log(`  non-2xx answers: ping ${ping.non2xx}, echo ${echo.non2xx}`);
  }
  const ping = rounds.reduce((sum, r) => sum + r.ping.rps, 0) / rounds.length;
  const echo = rounds.reduce((sum, r) => sum + r.echo.rps, 0) / rounds.length;
  const ratio = echo / ping;
  console.log(
    `\n${connections} connections, ${seconds} s per measurement, 2 rounds: ping ${ping.toFixed(0)} req/s, echo ${echo.toFixed(0)} req/s, echo/ping ${(ratio * 100).toFixed(0)}% (target ≥ 70%)`,
  );
  process.exitCode = ratio >= 0.7 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
