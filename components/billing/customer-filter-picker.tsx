"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { QueryProvider } from "../ui/query-provider";
import { SearchPicker, type PickerOption } from "../ui/search-picker";

/** Filters a list by one customer, found by typing; the choice goes into the URL (`?customer=`). */
export function CustomerFilterPicker({ searchCustomers, basePath }: { searchCustomers(term: string): Promise<PickerOption[]>; basePath: string }) {
  const router = useRouter();
  const params = useSearchParams();
  return (
    <QueryProvider>
      <SearchPicker
        id="customer-filter"
        ariaLabel="Filter by customer"
        queryKey="customers"
        search={searchCustomers}
        placeholder="Any customer"
        onPick={(option) => {
          const next = new URLSearchParams(params);
          next.set("customer", option.id);
          next.set("customerName", option.label);
          next.delete("cursor");
          router.push(`${basePath}?${next.toString()}`);
        }}
      />
    </QueryProvider>
  );
}
