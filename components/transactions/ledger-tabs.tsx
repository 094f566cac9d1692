"use client";

import { usePathname } from "next/navigation";
import { LinkTabs } from "@/components/ui/link-tabs";

/** Ledger | Record | Accounts and categories. */
export function LedgerTabs({ manage }: { manage: boolean }) {
  const pathname = usePathname();
  const tabs = [
    { href: "/transactions", label: "Ledger", active: pathname === "/transactions" },
    ...(manage ? [{ href: "/transactions/new", label: "Record", active: pathname === "/transactions/new" }] : []),
    { href: "/transactions/settings", label: "Accounts and categories", active: pathname === "/transactions/settings" },
  ];
  return <LinkTabs label="Transactions" tabs={tabs} />;
}
