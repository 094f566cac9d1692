// Liveness probe with no database, credential or validation: the yardstick
// the benchmark compares the endpoint mechanism against (see bench/).
export function GET(): Response {
  return Response.json({ pong: true }, { headers: { "Cache-Control": "no-store" } });
}

export const dynamic = "force-dynamic";
