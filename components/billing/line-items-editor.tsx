"use client";

import { ArrowDown, ArrowUp, Link2Off, Plus, Trash2 } from "lucide-react";
import { useEffect, useRef, type ButtonHTMLAttributes, type ReactNode } from "react";
import { useFieldArray, useFormContext, useWatch, type FieldError, type FieldErrors } from "react-hook-form";
import { EMPTY_LINE, type LineItemFormInput } from "@/lib/crm/billing/document-form";
import { draftTotals } from "@/lib/crm/billing/draft-totals";
import { Button } from "../ui/button";
import { formatMoney } from "../ui/format-money";
import { SearchPicker, type PickerOption } from "../ui/search-picker";

/** A product as the picker offers it: price and rate as exact decimal strings. */
export interface ProductOption extends PickerOption {
  name: string;
  price: string;
  taxRate: string;
}

/** Any invoice or quote form: it has `items`. */
interface DocumentFormShape {
  items: LineItemFormInput[];
}

const INPUT =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:ring-1 focus:ring-brand-500 focus:outline-none aria-invalid:border-red-400";

/**
 * The line items of an invoice or a quote: a react-hook-form field array
 * (inside the document's FormProvider) to add, remove and reorder rows (by
 * the move buttons, so the keyboard can), each free or started from a product
 * (description, price and tax rate filled from it), with live subtotal, tax
 * and total by the server's exact rule (draftTotals → documentTotals).
 */
export function LineItemsEditor({ currency, searchProducts }: { currency: string; searchProducts(term: string): Promise<ProductOption[]> }) {
  const { control, register, setValue, formState } = useFormContext<DocumentFormShape>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "items" });
  const rows = useWatch({ control, name: "items" }) ?? [];
  const totals = draftTotals(
    rows.map((r) => ({ amount: String(r?.amount ?? ""), qty: String(r?.qty ?? ""), taxRate: r?.taxRate ?? "0", productId: r?.productId ?? "" })),
  );
  const errors = formState.errors.items as (FieldErrors<LineItemFormInput>[] & { root?: FieldError; message?: string }) | undefined;
  // After a move, focus follows the row (the same button in its new place), so a keyboard user can keep moving it.
  const focusAfterMove = useRef<{ key: string; dir: "up" | "down" } | null>(null);
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (!pending) return;
    focusAfterMove.current = null;
    const row = document.querySelector<HTMLElement>(`[data-line-key="${pending.key}"]`);
    const button =
      row?.querySelector<HTMLButtonElement>(`[data-move="${pending.dir}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>("[data-move]:not(:disabled)");
    button?.focus();
  }, [fields]);

  function moveLine(key: string, index: number, by: -1 | 1) {
    focusAfterMove.current = { key, dir: by < 0 ? "up" : "down" };
    move(index, index + by);
  }

  function fromProduct(index: number, product: ProductOption) {
    setValue(`items.${index}.productId`, product.id, { shouldDirty: true });
    setValue(`items.${index}.description`, product.name, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setValue(`items.${index}.amount`, product.price, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setValue(`items.${index}.taxRate`, product.taxRate, { shouldDirty: true });
  }

  const money = (value: string) => formatMoney(value, currency, { cents: true });

  return (
    <fieldset className="space-y-3" data-testid="line-items">
      <legend className="text-sm font-semibold text-slate-900">Line items</legend>
      <div
        className="hidden grid-cols-[minmax(0,1fr)_6rem_8rem_5rem_8rem_6.5rem] gap-2 px-1 text-xs font-medium tracking-wide text-slate-500 uppercase md:grid"
        aria-hidden
      >
        <span>Description</span>
        <span className="text-right">Qty</span>
        <span className="text-right">Unit price</span>
        <span className="text-right">Tax</span>
        <span className="text-right">Line total</span>
        <span />
      </div>
      <ol className="space-y-3 md:space-y-2">
        {fields.map((field, index) => {
          const row = rows[index];
          const rowErrors = errors?.[index];
          const line = totals.lines[index];
          const incomplete = totals.incomplete.includes(index);
          const id = (name: string) => `items-${index}-${name}`;
          const errorId = (name: string) => (rowErrors?.[name as keyof LineItemFormInput] ? `${id(name)}-error` : undefined);
          return (
            <li
              key={field.id}
              data-line-key={field.id}
              data-testid={`line-${index}`}
              aria-label={`Line ${index + 1}`}
              className="rounded-lg border border-slate-200 bg-white p-3 md:border-0 md:p-1"
            >
              <div className="grid grid-cols-2 gap-2 md:grid-cols-[minmax(0,1fr)_6rem_8rem_5rem_8rem_6.5rem] md:items-start">
                <div className="col-span-2 space-y-1.5 md:col-span-1">
                  <label htmlFor={id("description")} className="text-xs font-medium text-slate-600 md:sr-only">
                    Description (line {index + 1})
                  </label>
                  <input
                    id={id("description")}
                    {...register(`items.${index}.description`)}
                    aria-invalid={Boolean(rowErrors?.description) || undefined}
                    aria-describedby={errorId("description")}
                    placeholder="What is being billed"
                    className={INPUT}
                  />
                  <FieldMessage id={errorId("description")} error={rowErrors?.description} />
                  {row?.productId ? (
                    <p className="flex items-center gap-2 text-xs text-slate-500">
                      <span>From a product{Number(row.taxRate) > 0 ? ` · tax ${row.taxRate}%` : " · untaxed"}</span>
                      <button
                        type="button"
                        onClick={() => {
                          setValue(`items.${index}.productId`, "", { shouldDirty: true });
                          setValue(`items.${index}.taxRate`, "0", { shouldDirty: true });
                        }}
                        className="inline-flex items-center gap-1 rounded text-brand-700 hover:underline focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
                      >
                        <Link2Off className="size-3" aria-hidden />
                        Unlink
                      </button>
                    </p>
                  ) : (
                    <SearchPicker<ProductOption>
                      id={id("product")}
                      ariaLabel={`Start line ${index + 1} from a product`}
                      queryKey="products"
                      search={searchProducts}
                      onPick={(product) => fromProduct(index, product)}
                      placeholder="Or pick a product…"
                    />
                  )}
                  <FieldMessage id={errorId("productId")} error={rowErrors?.productId} />
                </div>
                <NumberCell index={index} name="qty" label="Quantity" error={rowErrors?.qty} />
                <NumberCell index={index} name="amount" label="Unit price" placeholder="0.00" error={rowErrors?.amount} />
                <div className="text-sm md:pt-1.5 md:text-right">
                  <span className="text-xs text-slate-500 md:hidden">Tax </span>
                  <span className="tabular-nums" data-testid={`line-${index}-tax`}>
                    {row?.productId && Number(row.taxRate) > 0 && line ? money(line.tax) : "—"}
                  </span>
                </div>
                <div className="text-right text-sm md:pt-1.5">
                  <span className="text-xs text-slate-500 md:hidden">Line total </span>
                  <span className="font-medium tabular-nums" data-testid={`line-${index}-total`}>
                    {incomplete || !line ? "—" : money(line.lineTotal)}
                  </span>
                </div>
                <div className="col-span-2 flex justify-end gap-1 md:col-span-1">
                  <IconButton label={`Move line ${index + 1} up`} disabled={index === 0} data-move="up" onClick={() => moveLine(field.id, index, -1)}>
                    <ArrowUp className="size-4" aria-hidden />
                  </IconButton>
                  <IconButton
                    label={`Move line ${index + 1} down`}
                    disabled={index === fields.length - 1}
                    data-move="down"
                    onClick={() => moveLine(field.id, index, 1)}
                  >
                    <ArrowDown className="size-4" aria-hidden />
                  </IconButton>
                  <IconButton label={`Remove line ${index + 1}`} disabled={fields.length === 1} onClick={() => remove(index)}>
                    <Trash2 className="size-4" aria-hidden />
                  </IconButton>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {(errors?.root?.message ?? errors?.message) && (
        <p role="alert" className="text-sm text-red-600">
          {errors?.root?.message ?? errors?.message}
        </p>
      )}
      <div className="flex flex-col gap-4 border-t border-slate-200 pt-3 sm:flex-row sm:items-start sm:justify-between">
        <Button type="button" variant="secondary" onClick={() => append({ ...EMPTY_LINE })}>
          <Plus className="size-4" aria-hidden />
          Add line
        </Button>
        <dl className="w-full space-y-1 text-sm sm:w-64" aria-live="polite" data-testid="document-totals">
          <div className="flex justify-between">
            <dt className="text-slate-500">Subtotal</dt>
            <dd className="tabular-nums" data-testid="subtotal">
              {money(totals.subtotal)}
            </dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-slate-500">Tax</dt>
            <dd className="tabular-nums" data-testid="tax-total">
              {money(totals.taxTotal)}
            </dd>
          </div>
          <div className="flex justify-between border-t border-slate-200 pt-1 text-base font-semibold">
            <dt>Total</dt>
            <dd className="tabular-nums" data-testid="total">
              {money(totals.total)}
            </dd>
          </div>
          {totals.incomplete.some((i) => String(rows[i]?.amount ?? "").trim() !== "") && (
            <p className="text-xs text-amber-700">Lines with an unfinished amount or quantity count as 0.</p>
          )}
        </dl>
      </div>
    </fieldset>
  );
}

/** Quantity or unit price of one line: a decimal typed as text (never parsed to a float), its error beneath. */
function NumberCell({
  index,
  name,
  label,
  placeholder,
  error,
}: {
  index: number;
  name: "qty" | "amount";
  label: string;
  placeholder?: string;
  error?: FieldError;
}) {
  const { register } = useFormContext<DocumentFormShape>();
  const id = `items-${index}-${name}`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 md:sr-only">
        {label} (line {index + 1})
      </label>
      <input
        id={id}
        inputMode="decimal"
        placeholder={placeholder}
        {...register(`items.${index}.${name}`)}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={errorId}
        className={`${INPUT} text-right tabular-nums`}
      />
      <FieldMessage id={errorId} error={error} />
    </div>
  );
}

function FieldMessage({ id, error }: { id?: string; error?: FieldError }) {
  if (!id || !error?.message) return null;
  return (
    <p id={id} role="alert" className="text-xs text-red-600">
      {error.message}
    </p>
  );
}

function IconButton({
  label,
  children,
  ...props
}: { label: string; children: ReactNode } & ButtonHTMLAttributes<HTMLButtonElement> & { "data-move"?: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className="inline-flex size-8 items-center justify-center rounded-md border border-slate-200 text-slate-600 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none disabled:opacity-40"
      {...props}
    >
      {children}
    </button>
  );
}
