import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { SEQ, nextSeq } from "../sequence";
import { assertProductFields, type NewProduct } from "./product-input";
import { productRecordSelect, type ProductRecord } from "./product-record";

/** The one way a product comes into being (suite API, crm pages, demo). */
export async function createProduct(ctx: CrmContext, input: NewProduct): Promise<ProductRecord> {
  assertMayManageMoney(ctx);
  const db = await getDb();
  return db.$transaction((tx) => createProductIn(tx, ctx, input));
}

export async function createProductIn(tx: Prisma.TransactionClient, ctx: CrmContext, input: NewProduct): Promise<ProductRecord> {
  assertProductFields(input);
  const seq = await nextSeq(tx, ctx.tenantId, SEQ.product);
  const product = await tx.product.create({
    data: {
      tenantId: ctx.tenantId,
      seq,
      name: input.name.trim(),
      description: input.description?.trim() || null,
      type: input.type ?? "product",
      price: String(input.price),
      taxRate: input.taxRate === undefined ? "0" : String(input.taxRate),
      sku: input.sku?.trim() || null,
      active: input.active ?? true,
    },
    select: productRecordSelect,
  });
  await recordAudit(tx, ctx, { action: "product.created", entityType: "product", entityId: product.id });
  return product;
}
