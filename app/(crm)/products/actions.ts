"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { createProduct } from "@/lib/crm/products/create-product";
import { productFormSchema } from "@/lib/crm/products/product-schema";
import { updateProduct } from "@/lib/crm/products/update-product";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const productNumber = z.coerce.number().int().positive();

function toFields(input: unknown) {
  const values = productFormSchema.parse(input);
  return { ...values, description: values.description || null, sku: values.sku || null };
}

/** Creates a product (admins and managers: the domain refuses anyone else). */
export async function createProductAction(input: unknown): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const product = await createProduct(ctx, toFields(input));
    revalidatePath("/products");
    return { seq: product.seq };
  });
}

export async function updateProductAction(seq: number, input: unknown): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const product = await updateProduct(ctx, { seq: productNumber.parse(seq) }, toFields(input));
    revalidatePath("/products");
    revalidatePath(`/products/${product.seq}`);
    return { seq: product.seq };
  });
}

/**
 * Archives (or restores) a product: archived products stay on the invoices,
 * quotes and orders that name them but cannot be picked for new ones.
 */
export async function setProductArchivedAction(seq: number, archived: boolean): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    await updateProduct(ctx, { seq: productNumber.parse(seq) }, { active: !z.boolean().parse(archived) });
    revalidatePath("/products");
    revalidatePath(`/products/${seq}`);
    return null;
  });
}
