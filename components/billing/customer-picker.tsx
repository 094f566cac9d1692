"use client";

import { X } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { SearchPicker, type PickerOption } from "../ui/search-picker";

interface WithCustomer {
  customerId: string;
  customerName: string;
}

/** The form's customer (a document's, a ticket's): search as you type, then the chosen one with a way to change it. */
export function CustomerPicker({ searchCustomers, label = "Customer" }: { searchCustomers(term: string): Promise<PickerOption[]>; label?: string }) {
  const { control, setValue, formState } = useFormContext<WithCustomer>();
  const [customerId, customerName] = useWatch({ control, name: ["customerId", "customerName"] });
  const error = formState.errors.customerId?.message;
  return (
    <div className="space-y-1">
      <label htmlFor="customer-search" className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {customerId ? (
        <div className="flex items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm" data-testid="chosen-customer">
          <span className="font-medium text-slate-900">{customerName}</span>
          <button
            type="button"
            onClick={() => {
              setValue("customerId", "", { shouldDirty: true });
              setValue("customerName", "");
            }}
            className="inline-flex items-center gap-1 rounded text-xs text-brand-700 hover:underline focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
          >
            <X className="size-3" aria-hidden />
            Change
          </button>
        </div>
      ) : (
        <SearchPicker
          id="customer-search"
          queryKey="customers"
          search={searchCustomers}
          placeholder="Search customers by name, company or email"
          invalid={Boolean(error)}
          describedBy={error ? "customer-error" : undefined}
          onPick={(option) => {
            setValue("customerId", option.id, { shouldDirty: true, shouldValidate: formState.isSubmitted });
            setValue("customerName", option.label);
          }}
        />
      )}
      {error && (
        <p id="customer-error" role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
