import type { CrmContext } from "@/lib/crm/context";
import { Forbidden } from "@/lib/crm/errors";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Who may see and change what, decided once for the APIs and the pages.
 *
 * - API keys, JWTs and system jobs act for the whole tenant (an integration is
 *   not a person; its scopes are checked by the dialect).
 * - admins and managers: every record of the tenant; managers and admins manage money.
 * - reps: the leads and customers assigned to them and the unassigned ones;
 *   another rep's record answers exactly like a missing one.
 * - analysts: read everything, change nothing.
 */

/** The signed-in rep whose view is limited to their own and unassigned records; null for everyone else. */
export function limitedToOwner(ctx: CrmContext): string | null {
  return ctx.actor.type === "user" && ctx.actor.role === "rep" ? ctx.actor.id : null;
}

/**
 * A Prisma `where` fragment for models with `assignedToId` (leads, customers):
 * `{}` for tenant-wide actors, own-or-unassigned for reps. Spread it into the
 * query's `where` beside `tenantId`.
 */
export function ownerScope(ctx: CrmContext): { OR?: { assignedToId: string | null }[] } {
  const owner = limitedToOwner(ctx);
  return owner ? { OR: [{ assignedToId: owner }, { assignedToId: null }] } : {};
}

/** The same rule for raw SQL: `column` (e.g. `l."assignedToId"`, a trusted identifier) must be the rep's or NULL. */
export function ownerScopeSql(ctx: CrmContext, column: string): Prisma.Sql {
  const owner = limitedToOwner(ctx);
  return owner ? Prisma.sql`(${Prisma.raw(column)} = ${owner}::uuid OR ${Prisma.raw(column)} IS NULL)` : Prisma.sql`TRUE`;
}

/** True when this actor may see a record assigned to `assignedToId`. */
export function canSeeOwned(ctx: CrmContext, assignedToId: string | null): boolean {
  const owner = limitedToOwner(ctx);
  return owner === null || assignedToId === null || assignedToId === owner;
}

/** Analysts read only: every domain write calls this first. */
export function assertMayWrite(ctx: CrmContext): void {
  if (ctx.actor.type === "user" && ctx.actor.role === "analyst") {
    throw new Forbidden("Analysts can read but not change records");
  }
}

/** Invoices, payments, transactions, products: admins and managers (and integrations). */
export function assertMayManageMoney(ctx: CrmContext): void {
  if (ctx.actor.type === "user" && ctx.actor.role !== "admin" && ctx.actor.role !== "manager") {
    throw new Forbidden("Only admins and managers can manage invoices, payments and transactions");
  }
}

/** Workspace configuration (telephony, ribbon domains and features, dialler lead types): admins (and integrations, the command line). */
export function assertMayConfigure(ctx: CrmContext): void {
  if (ctx.actor.type === "user" && ctx.actor.role !== "admin") {
    throw new Forbidden("Only admins can change the workspace's telephony settings");
  }
}

/** Transactions, accounts and the financial report: everyone but reps (who see invoices and quotes of their customers only). */
export function assertMaySeeLedger(ctx: CrmContext): void {
  if (ctx.actor.type === "user" && ctx.actor.role === "rep") {
    throw new Forbidden("Sales reps cannot see the ledger or the financial report");
  }
}

/**
 * Whose leads a report counts: a rep's reports are the leads assigned to them
 * (not the unassigned pool they may also work); null for everyone else, who
 * see the tenant's.
 */
export function reportOwner(ctx: CrmContext): string | null {
  return limitedToOwner(ctx);
}

/** Workspace-wide figures (the customer report): not for reps, whose reports cover their own leads. */
export function assertMaySeeWorkspaceReports(ctx: CrmContext): void {
  if (reportOwner(ctx)) throw new Forbidden("Sales reps see reports of their own leads only");
}
