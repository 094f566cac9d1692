import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { formatMoney } from "@/components/ui/format-money";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney } from "@/lib/crm/access/access";
import { listProducts } from "@/lib/crm/products/list-products";
import type { ProductRecord } from "@/lib/crm/products/product-record";
import { queryOf, readPageQuery, type SearchParams } from "@/lib/http/page-query";
import { productListQuery } from "./product-list-query";

export const metadata: Metadata = { title: "Products" };

const PAGE_SIZE = 20;

export default async function ProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const { ctx } = await requireUser();
  const query = await readPageQuery(searchParams, productListQuery);
  const { products, total } = await listProducts(ctx, {
    page: query.page,
    limit: PAGE_SIZE,
    search: query.search,
    type: query.type,
    includeArchived: query.archived === "1",
  });
  const manage = mayManageMoney(ctx);
  const filtered = Boolean(query.search || query.type || query.archived);
  const base = queryOf({ search: query.search, type: query.type, archived: query.archived });

  return (
    <div className="space-y-5">
      <PageHeader
        title="Products"
        description="What you sell: invoices and quotes start their lines from these. Archived products stay on old documents but cannot be picked."
        actions={manage && <LinkButton href="/products/new">New product</LinkButton>}
      />
      <form method="get" role="search" aria-label="Filter products" className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
        <label className="col-span-2 text-xs font-medium text-slate-600 sm:col-span-1">
          Search
          <Input name="search" type="search" defaultValue={query.search ?? ""} placeholder="Name, description, SKU" className="mt-1 sm:w-64" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Type
          <Select name="type" defaultValue={query.type ?? ""} className="mt-1 sm:w-36">
            <option value="">Any type</option>
            <option value="product">Products</option>
            <option value="service">Services</option>
          </Select>
        </label>
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-600">
          <input type="checkbox" name="archived" value="1" defaultChecked={query.archived === "1"} className="h-4 w-4 rounded border-slate-300" />
          Show archived
        </label>
        <div className="col-span-2 flex items-end gap-2">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered && (
            <Link href="/products" className="px-2 py-2 text-sm text-slate-500 hover:text-slate-800">
              Reset
            </Link>
          )}
        </div>
      </form>
      <DataTable<ProductRecord>
        testId="products-table"
        rows={products}
        rowKey={(p) => p.id}
        empty={
          <EmptyState
            title={filtered ? "No product matches these filters" : "No products yet"}
            action={
              !filtered && manage ? (
                <Link href="/products/new" className="text-sm font-medium text-brand-700 hover:underline">
                  Add the first product
                </Link>
              ) : undefined
            }
          >
            {filtered ? "Try another search or type." : "Products and services you add here can start invoice and quote lines."}
          </EmptyState>
        }
        columns={[
          {
            header: "Product",
            cell: (p) => (
              <div className="min-w-0">
                {manage ? (
                  <Link href={`/products/${p.seq}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {p.name}
                  </Link>
                ) : (
                  <span className="font-medium text-slate-900">{p.name}</span>
                )}
                {p.description && <p className="max-w-md truncate text-xs text-slate-500">{p.description}</p>}
              </div>
            ),
          },
          {
            header: "Type",
            hideBelow: "sm",
            cell: (p) => <Badge tone={p.type === "service" ? "blue" : "neutral"}>{p.type === "service" ? "Service" : "Product"}</Badge>,
          },
          { header: "SKU", hideBelow: "lg", className: "text-xs text-slate-500", cell: (p) => p.sku ?? "—" },
          { header: "Price", className: "text-right tabular-nums whitespace-nowrap", cell: (p) => formatMoney(p.price.toFixed(2), undefined, { cents: true }) },
          { header: "Tax", hideBelow: "md", className: "text-right tabular-nums", cell: (p) => `${p.taxRate.toFixed(2).replace(/\.00$/, "")}%` },
          { header: "Status", hideBelow: "md", cell: (p) => (p.active ? <Badge tone="green">Active</Badge> : <Badge tone="amber">Archived</Badge>) },
        ]}
        footer={<Pager path="/products" query={base} page={query.page} pageCount={Math.ceil(total / PAGE_SIZE)} shown={products.length} />}
      />
    </div>
  );
}
