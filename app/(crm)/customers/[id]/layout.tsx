import type { ReactNode } from "react";
import { loadCustomer } from "./load-customer";

/**
 * Looks the customer up before the page's loading state streams: a missing
 * (or foreign, or another rep's) customer must answer 404, and once a
 * loading skeleton has been sent the status can no longer change.
 */
export default async function CustomerLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadCustomer((await params).id);
  return children;
}
