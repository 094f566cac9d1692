import { APP_VERSION } from "@/lib/config/app-version";
import { DIALECTS, isDialectName } from "@/lib/dialects";
import { openApiDocument } from "@/lib/http/openapi";

/** GET /api/docs/<dialect>.json: the dialect's OpenAPI 3.1 document. */
export async function GET(_request: Request, context: { params: Promise<{ document: string }> }): Promise<Response> {
  const { document } = await context.params;
  const name = document.replace(/\.json$/, "");
  if (!document.endsWith(".json") || !isDialectName(name)) {
    return Response.json(
      {
        error: `No API document named ${document}; try one of ${Object.keys(DIALECTS)
          .map((d) => `${d}.json`)
          .join(", ")}`,
      },
      { status: 404 },
    );
  }
  const { dialect, endpoints } = DIALECTS[name];
  return Response.json(openApiDocument(dialect, endpoints, APP_VERSION), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
