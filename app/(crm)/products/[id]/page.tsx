import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductArchiveButton } from "@/components/products/product-archive-button";
import { ProductForm } from "@/components/products/product-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney } from "@/lib/crm/access/access";
import { NotFound } from "@/lib/crm/errors";
import { getProduct } from "@/lib/crm/products/get-product";
import { setProductArchivedAction, updateProductAction } from "../actions";

export const metadata: Metadata = { title: "Product" };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requireUser();
  const seq = Number((await params).id);
  if (!Number.isSafeInteger(seq) || seq < 1) notFound();
  const product = await getProduct(ctx, { seq }).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const manage = mayManageMoney(ctx);
  return (
    <div className="space-y-5">
      <PageHeader
        title={product.name}
        description={
          <span className="inline-flex items-center gap-2">
            Product #{product.seq} {product.active ? <Badge tone="green">Active</Badge> : <Badge tone="amber">Archived</Badge>}
          </span>
        }
        actions={manage && <ProductArchiveButton archived={!product.active} setArchived={setProductArchivedAction.bind(null, product.seq)} />}
      />
      {!product.active && (
        <Alert tone="info">
          Archived: it stays on the invoices, quotes and orders that name it, but new documents cannot pick it. Restore it to offer it again.
        </Alert>
      )}
      {manage ? (
        <Card title="Edit" description="Invoices and quotes keep the price and tax rate their lines were written with; changes apply to new documents.">
          <ProductForm
            initial={{
              name: product.name,
              description: product.description ?? "",
              type: product.type,
              price: product.price.toFixed(2),
              taxRate: product.taxRate.toFixed(2),
              sku: product.sku ?? "",
            }}
            submitLabel="Save changes"
            save={updateProductAction.bind(null, product.seq)}
          />
        </Card>
      ) : (
        <Alert tone="info">Only admins and managers can change products.</Alert>
      )}
    </div>
  );
}
