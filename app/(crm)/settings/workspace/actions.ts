"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { setTenantCurrency } from "@/lib/crm/tenants/set-tenant-currency";
import { runAction, type ActionResult } from "@/lib/http/action-result";

/** Admins only (the domain refuses everyone else). */
export async function setCurrencyAction(input: { currency: string }): Promise<ActionResult<{ currency: string }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const currency = await setTenantCurrency(ctx, String(input.currency ?? ""));
    revalidatePath("/", "layout");
    return { currency };
  });
}
