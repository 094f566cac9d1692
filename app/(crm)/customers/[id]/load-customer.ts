import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { getCustomer } from "@/lib/crm/customers/get-customer";
import { NotFound } from "@/lib/crm/errors";

/**
 * The signed-in person's view of one customer, once per request (the layout
 * and the page share it). Another workspace's or another rep's customer is
 * exactly as missing as one that never existed: the not-found page.
 */
export const loadCustomer = cache(async (id: string) => {
  const current = await requireUser();
  const customer = await getCustomer(current.ctx, { id }).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  return { ...current, customer };
});
