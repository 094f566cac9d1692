import { getDb } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { SEQ, nextSeq } from "../sequence";
import { accountRecordSelect, type AccountRecord } from "./account-record";

export async function createAccount(ctx: CrmContext, input: { name: string; kind?: string; currency?: string }): Promise<AccountRecord> {
  assertMayManageMoney(ctx);
  if (!input.name.trim()) throw new ValidationFailed([{ field: "name", message: "Name is required" }]);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const seq = await nextSeq(tx, ctx.tenantId, SEQ.account);
    const account = await tx.account.create({
      data: { tenantId: ctx.tenantId, seq, name: input.name.trim(), kind: input.kind?.trim() || "bank", currency: input.currency ?? "USD" },
      select: accountRecordSelect,
    });
    await recordAudit(tx, ctx, { action: "account.created", entityType: "account", entityId: account.id });
    return account;
  });
}
