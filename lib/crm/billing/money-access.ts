import { assertMayManageMoney, assertMayWrite } from "../access/access";
import type { CrmContext } from "../context";
import { Forbidden } from "../errors";

/** The access rules as yes/no for the pages (which buttons to show); the domain still enforces them. */
export function mayManageMoney(ctx: CrmContext): boolean {
  return allowed(() => assertMayManageMoney(ctx));
}

/** Reps may create quotes for their own and unassigned customers; analysts may not. */
export function mayWriteQuotes(ctx: CrmContext): boolean {
  return allowed(() => assertMayWrite(ctx));
}

function allowed(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof Forbidden) return false;
    throw error;
  }
}
