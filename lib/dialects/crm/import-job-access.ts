import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { hasScope } from "@/lib/auth/scopes";
import { ApiError } from "@/lib/http/api-error";

/** The path parameter of the endpoints that read one import job. */
export const importJobParams = z.object({ jobId: z.uuid() });

/** Reading a job needs the read scope of what it imported. */
export function assertCanReadImportJob(principal: Principal, kind: string): void {
  const scope = kind === "customers" ? "read:customers" : "read:leads";
  if ("scopes" in principal && !hasScope(principal.scopes, scope)) throw new ApiError("forbidden", `This credential lacks the ${scope} scope`);
}
