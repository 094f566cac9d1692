import { SectionTabs } from "../ui/section-tabs";

/** The money section's sub-navigation, shared by invoices, quotes, products, transactions and the financial report. */
const TABS = [
  { href: "/invoices", label: "Invoices" },
  { href: "/quotes", label: "Quotes" },
  { href: "/products", label: "Products" },
  { href: "/transactions", label: "Transactions" },
  { href: "/reports/financial", label: "Financial report" },
];

export function MoneyTabs() {
  return <SectionTabs tabs={TABS} label="Money" />;
}
