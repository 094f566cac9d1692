import { getDb } from "@/lib/db/client";
import { assertMayManageMoney, assertMaySeeLedger } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { SEQ, nextSeq } from "../sequence";

export const accountRecordSelect = { id: true, seq: true, name: true, kind: true, currency: true, createdAt: true } as const;
export interface AccountRecord {
  id: string;
  seq: number;
  name: string;
  kind: string;
  currency: string;
  createdAt: Date;
}

/** The tenant's money accounts by number (every tenant starts with account 1). */
export async function listAccounts(ctx: CrmContext, page: { page: number; limit: number }): Promise<{ accounts: AccountRecord[]; total: number }> {
  assertMaySeeLedger(ctx);
  const db = await getDb();
  const where = { tenantId: ctx.tenantId };
  const [accounts, total] = await Promise.all([
    db.account.findMany({ where, orderBy: { seq: "asc" }, skip: (page.page - 1) * page.limit, take: page.limit, select: accountRecordSelect }),
    db.account.count({ where }),
  ]);
  return { accounts, total };
}

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
