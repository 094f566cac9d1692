"use server";

import { z } from "zod";
import type { ProductOption } from "@/components/billing/line-items-editor";
import type { PickerOption } from "@/components/ui/search-picker";
import { requireUser } from "@/lib/auth/current-user";
import { searchCustomerOptions } from "@/lib/crm/customers/search-customer-options";
import { searchProductOptions } from "@/lib/crm/products/search-product-options";

// Search-as-you-type for the invoice and quote forms' pickers (TanStack Query calls these).
const term = z.string().max(100).catch("");

/** Customers the signed-in user may bill or quote (a rep: their own and unassigned ones). */
export async function searchCustomersAction(input: string): Promise<PickerOption[]> {
  const { ctx } = await requireUser();
  const customers = await searchCustomerOptions(ctx, term.parse(input));
  return customers.map((c) => ({ id: c.id, label: c.name, detail: [c.company, c.email].filter(Boolean).join(" · ") || undefined }));
}

/** Active products, with price and tax rate as exact decimal strings. */
export async function searchProductsAction(input: string): Promise<ProductOption[]> {
  const { ctx } = await requireUser();
  const products = await searchProductOptions(ctx, term.parse(input));
  return products.map((p) => ({
    id: p.id,
    label: p.name,
    name: p.name,
    price: p.price,
    taxRate: p.taxRate,
    detail: `${p.price}${Number(p.taxRate) > 0 ? ` · tax ${p.taxRate}%` : ""}${p.sku ? ` · ${p.sku}` : ""}`,
  }));
}
