import type { ReactNode } from "react";
import { customerAddressLines, type BilledTo } from "@/lib/crm/billing/billed-to";
import { plainDecimal } from "@/lib/crm/billing/invoice-totals";
import { formatMoney } from "../ui/format-money";

/** A Prisma decimal as the document reads it (exact text, no float). */
interface DecimalValue {
  toFixed(places: number): string;
  toString(): string;
  greaterThan(other: number): boolean;
}

export interface DocumentLine {
  id?: string;
  description: string;
  qty: DecimalValue;
  amount: DecimalValue;
  taxRate: DecimalValue;
  lineTotal: DecimalValue;
}

export interface DocumentTotalRow {
  label: string;
  /** Decimal text or a Prisma decimal. */
  value: string | DecimalValue;
  strong?: boolean;
  testId?: string;
}

/**
 * An invoice or a quote as a document: from and to, number, status and dates,
 * items, tax and totals, notes. One markup for the invoice page, its print
 * view (print styles size it to A4/Letter) and the quote page; `kind`
 * ("Invoice", "Quote") names it and prefixes its test ids.
 */
export function BillingDocument({
  kind,
  number,
  seq,
  from,
  to,
  status,
  facts,
  currency,
  items,
  totals,
  notes,
}: {
  kind: "Invoice" | "Quote";
  number: string;
  seq: number;
  from: string;
  to: BilledTo;
  status: ReactNode;
  /** Dates and the like, beside "Billed to". */
  facts: { label: string; value: string; alert?: boolean }[];
  currency: string;
  items: readonly DocumentLine[];
  totals: DocumentTotalRow[];
  notes: string | null;
}) {
  const prefix = kind.toLowerCase();
  const money = (value: string | DecimalValue) => formatMoney(typeof value === "string" ? value : value.toFixed(2), currency, { cents: true });
  const address = customerAddressLines(to);
  const taxed = items.some((item) => item.taxRate.greaterThan(0));
  return (
    <article className={`${prefix}-document space-y-8 text-sm text-slate-800`} aria-label={`${kind} ${number}`} data-suite-id={seq}>
      <header className="flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="text-lg font-semibold text-slate-900">{from}</p>
          <p className="text-slate-500">{kind}</p>
        </div>
        <div className="sm:text-right">
          <h2 className="text-2xl font-bold tracking-tight text-slate-900" data-testid={`${prefix}-number`}>
            {number}
          </h2>
          <div className="mt-1 sm:flex sm:justify-end">{status}</div>
        </div>
      </header>
      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-label="Billed to">
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Billed to</h3>
          <p className="mt-1 font-medium text-slate-900">{to.name}</p>
          {to.company && to.company !== to.name && <p>{to.company}</p>}
          {address.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {to.email && <p className="text-slate-500">{to.email}</p>}
          {to.taxId && <p className="text-slate-500">Tax ID {to.taxId}</p>}
        </section>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 self-start sm:justify-self-end">
          {facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="text-slate-500">{fact.label}</dt>
              <dd className={fact.alert ? "font-medium text-red-700 sm:text-right" : "sm:text-right"}>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left" data-testid={`${prefix}-items`}>
          <thead className="border-b-2 border-slate-300 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                Description
              </th>
              {/* On a phone, quantity, unit price and tax go under the description (see the rows). */}
              <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">
                Qty
              </th>
              <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">
                Unit price
              </th>
              {taxed && (
                <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">
                  Tax
                </th>
              )}
              <th scope="col" className="py-2 pl-3 text-right font-medium">
                Amount
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {items.map((item, index) => (
              <tr key={item.id ?? index} className="break-inside-avoid">
                <td className="py-2 pr-3">
                  {item.description}
                  <span className="block text-xs text-slate-500 tabular-nums sm:hidden">
                    {plainDecimal(item.qty.toString())} × {money(item.amount)}
                    {item.taxRate.greaterThan(0) && ` · tax ${plainDecimal(item.taxRate.toString())}%`}
                  </span>
                </td>
                <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{plainDecimal(item.qty.toString())}</td>
                <td className="hidden px-3 py-2 text-right whitespace-nowrap tabular-nums sm:table-cell">{money(item.amount)}</td>
                {taxed && (
                  <td className="hidden px-3 py-2 text-right text-slate-500 tabular-nums sm:table-cell">
                    {item.taxRate.greaterThan(0) ? `${plainDecimal(item.taxRate.toString())}%` : "—"}
                  </td>
                )}
                <td className="py-2 pl-3 text-right whitespace-nowrap tabular-nums">{money(item.lineTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex justify-end">
        <dl className="w-full max-w-xs break-inside-avoid space-y-1" data-testid={`${prefix}-totals`}>
          {totals.map((row) => (
            <div
              key={row.label}
              className={`flex justify-between gap-4 ${row.strong ? "border-t border-slate-300 pt-1 text-base font-semibold text-slate-900" : ""}`}
            >
              <dt>{row.label}</dt>
              <dd className="tabular-nums" data-testid={row.testId}>
                {money(row.value)}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {notes && (
        <section className="break-inside-avoid border-t border-slate-200 pt-4">
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Notes</h3>
          <p className="mt-1 whitespace-pre-line">{notes}</p>
        </section>
      )}
    </article>
  );
}
