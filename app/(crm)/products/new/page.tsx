import type { Metadata } from "next";
import { ProductForm } from "@/components/products/product-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney } from "@/lib/crm/access/access";
import { createProductAction } from "../actions";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  const { ctx } = await requireUser();
  return (
    <div className="space-y-5">
      <PageHeader title="New product" description="A product or service invoices and quotes can start a line from." />
      {mayManageMoney(ctx) ? (
        <Card>
          <ProductForm
            initial={{ name: "", description: "", type: "product", price: "", taxRate: "0", sku: "" }}
            submitLabel="Create product"
            save={createProductAction}
          />
        </Card>
      ) : (
        <Alert>Only admins and managers can add products.</Alert>
      )}
    </div>
  );
}
