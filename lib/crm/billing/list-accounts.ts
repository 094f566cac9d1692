import { getDb } from "@/lib/db/client";
import { assertMaySeeLedger } from "../access/access";
import type { CrmContext } from "../context";
import { accountRecordSelect, type AccountRecord } from "./account-record";

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
