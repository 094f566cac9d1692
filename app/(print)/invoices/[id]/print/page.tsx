import type { Metadata } from "next";
import { loadInvoiceDocument } from "@/components/billing/load-invoice-document";
import Link from "next/link";
import { InvoiceDocument } from "@/components/billing/invoice-document";
import { PrintButton } from "@/components/billing/print-button";
import { requireUser } from "@/lib/auth/current-user";
import { getInvoiceDocument } from "@/lib/crm/billing/get-invoice-document";
import { todayUtc } from "@/lib/crm/billing/invoice-record";
import { isOverdue } from "@/lib/crm/billing/invoice-status";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { ctx } = await requireUser();
  const invoice = await getInvoiceDocument(ctx, (await params).id).catch(() => null);
  return { title: invoice ? `${invoice.number} (print)` : "Invoice" };
}

/** The invoice on a sheet of paper: on screen a page-sized preview, in print just the document. */
export default async function InvoicePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requireUser();
  const { id } = await params;
  const invoice = await loadInvoiceDocument(ctx, id);
  const overdue = isOverdue(invoice.status, invoice.dueDate?.toISOString().slice(0, 10) ?? null, todayUtc());
  return (
    <main className="mx-auto max-w-[210mm] px-3 py-6 print:max-w-none print:p-0">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/invoices/${invoice.id}`} className="text-sm font-medium text-brand-700 hover:underline">
          ← Back to the invoice
        </Link>
        <PrintButton />
      </div>
      <div className="min-h-[297mm] bg-white p-6 shadow-md sm:p-[14mm] print:min-h-0 print:p-0 print:shadow-none" data-testid="print-sheet">
        <InvoiceDocument invoice={invoice} overdue={overdue} />
        <footer className="mt-12 border-t border-slate-200 pt-3 text-xs text-slate-500">
          {invoice.tenant.name} · {invoice.number} · Please quote the invoice number with your payment.
        </footer>
      </div>
    </main>
  );
}
