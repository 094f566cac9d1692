import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, ValidationFailed } from "../errors";
import { isUniqueViolation } from "../unique-violation";
import { jwtKeyViewSelect, toJwtKeyView, type JwtKeyView } from "./jwt-key-view";
import { parseJwtPublicKeys } from "./parse-jwt-public-key";

/** The gateway seed's JWT claims: `iss` cloudvelous.com, `aud` cloudvelous-api. */
export const DEFAULT_JWT_ISSUER = "cloudvelous.com";
export const DEFAULT_JWT_AUDIENCE = "cloudvelous-api";

const KID = /^[A-Za-z0-9._:~-]{1,200}$/;

export const registerJwtKeyInput = z.object({
  publicKey: z.string().max(20_000, "The key text is too long"),
  /** Overrides the key's own kid (or its thumbprint); only for a single key. */
  kid: z.string().trim().max(200).optional(),
  issuer: z.string().trim().min(1, "Issuer is required").max(200).default(DEFAULT_JWT_ISSUER),
  audience: z.string().trim().min(1, "Audience is required").max(200).default(DEFAULT_JWT_AUDIENCE),
});
export type RegisterJwtKeyInput = z.input<typeof registerJwtKeyInput>;

/**
 * Registers RS256 public keys for the gateway's bearer tokens: a token whose
 * `kid` header names one is verified with it and belongs to this workspace.
 * A kid is unique across all workspaces (it is how a token finds its
 * workspace), so a kid in use anywhere is a Conflict.
 */
export async function registerJwtKey(ctx: CrmContext, input: RegisterJwtKeyInput): Promise<JwtKeyView[]> {
  const parsed = registerJwtKeyInput.safeParse(input);
  if (!parsed.success) {
    throw new ValidationFailed(parsed.error.issues.map((i) => ({ field: fieldName(String(i.path[0] ?? "public_key")), message: i.message })));
  }
  const { issuer, audience } = parsed.data;
  const keys = parseJwtPublicKeys(parsed.data.publicKey);
  const chosenKid = parsed.data.kid || undefined;
  if (chosenKid && keys.length > 1)
    throw new ValidationFailed([{ field: "kid", message: "Leave the kid empty when the JSON holds several keys: each key's own kid is used" }]);
  const rows = keys.map((key) => ({ kid: chosenKid ?? key.kid ?? key.thumbprint, publicKeyPem: key.publicKeyPem }));
  for (const row of rows) {
    if (!KID.test(row.kid)) throw new ValidationFailed([{ field: "kid", message: "A kid has 1-200 letters, digits or . _ : ~ -" }]);
  }
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const created = [];
      // Sequential on purpose: a transaction is one connection.
      for (const row of rows) {
        const key = await tx.jwtKey.create({ data: { tenantId: ctx.tenantId, ...row, issuer, audience }, select: jwtKeyViewSelect });
        await recordAudit(tx, ctx, { action: "jwt_key.registered", entityType: "jwt_key", entityId: key.id, data: { kid: key.kid, issuer, audience } });
        created.push(toJwtKeyView(key));
      }
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("A key with this kid is already registered", "kid");
    throw error;
  }
}

function fieldName(path: string): string {
  return path === "publicKey" ? "public_key" : path;
}
