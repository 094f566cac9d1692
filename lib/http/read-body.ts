import { ApiError } from "./api-error";
import { jsonDepthExceeds, refuseNul, tooDeep } from "./input-guards";

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body, refusing more than `limit` bytes (413) before parsing,
 * even when Content-Length is absent or lies, malformed JSON, nesting deeper
 * than MAX_JSON_DEPTH and NUL characters (400). An empty body reads as undefined.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  const text = await readCapped(request, limit);
  if (text.trim() === "") return undefined;
  if (jsonDepthExceeds(text)) throw tooDeep();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    throw new ApiError("bad_request", "Malformed JSON in request body", [{ field: "body", message: "Malformed JSON" }]);
  }
  refuseNul(parsed, undefined);
  return parsed;
}

async function readCapped(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(limit: number): ApiError {
  return new ApiError("payload_too_large", `Request body exceeds ${Math.round(limit / 1024)} KB`, [{ field: "body", message: "Request body too large" }]);
}
