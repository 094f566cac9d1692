import { principalForApiKey } from "@/lib/auth/api-key-principal";
import { principalForJwt } from "@/lib/auth/jwt-principal";
import { isPlatformAdminKey } from "@/lib/auth/platform-admin";
import type { Principal } from "@/lib/auth/principal";
import { ApiError } from "./api-error";
import { clientAddress } from "./client-address";
import { recordFailedAuthentication, refuseIfTooManyFailures } from "./failed-auth";
import type { CredentialStyle } from "./dialect";

export type AuthMode = "tenant" | "platform_admin" | "none";

interface Presented {
  value: string;
  jwt: boolean;
}

/** The first credential found in the places `styles` allow. */
export function presentedCredential(styles: readonly CredentialStyle[], request: Request, url: URL, body: unknown): Presented | null {
  for (const style of styles) {
    let value: string | null | undefined;
    switch (style.in) {
      case "bearer": {
        const header = request.headers.get("authorization");
        const match = header?.match(/^Bearer\s+(.+)$/i);
        value = match?.[1]?.trim();
        break;
      }
      case "header":
        value = request.headers.get(style.name)?.trim();
        break;
      case "query":
        value = url.searchParams.get(style.name)?.trim();
        break;
      case "body": {
        const candidate = isRecord(body) ? body[style.name] : undefined;
        value = typeof candidate === "string" ? candidate.trim() : undefined;
        break;
      }
    }
    if (value) {
      const jwt = style.in === "bearer" && style.jwt === true && value.split(".").length === 3;
      return { value, jwt };
    }
  }
  return null;
}

/** Resolves the caller for an endpoint's auth mode, or throws 401. */
export async function authenticate(mode: AuthMode, styles: readonly CredentialStyle[], request: Request, url: URL, body: unknown): Promise<Principal> {
  const address = clientAddress(request);
  if (mode === "none") return { kind: "anonymous", id: address };
  const presented = presentedCredential(styles, request, url, body);
  if (!presented) throw new ApiError("unauthorized", "Missing API key");
  // An address that keeps presenting wrong credentials is refused before any lookup.
  await refuseIfTooManyFailures(address);
  if (mode === "platform_admin") {
    if (isPlatformAdminKey(presented.value)) return { kind: "platform_admin", id: "platform-admin" };
    await recordFailedAuthentication(address);
    throw new ApiError("unauthorized", "Invalid admin credential");
  }
  const principal = presented.jwt ? await principalForJwt(presented.value) : await principalForApiKey(presented.value);
  if (!principal) {
    await recordFailedAuthentication(address);
    throw new ApiError("unauthorized", presented.jwt ? "Invalid or expired token" : "Invalid API key");
  }
  return principal;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
