import type { ReactNode } from "react";
import { MoneyTabs } from "@/components/billing/money-tabs";

export default function InvoicesLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-5">
      <MoneyTabs />
      {children}
    </div>
  );
}
