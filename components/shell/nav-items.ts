/** The signed-in app's sections; `href: null` marks one a later release fills. */
export const NAV_ITEMS: { label: string; href: string | null }[] = [
  { label: "Overview", href: "/" },
  { label: "Pipeline", href: "/pipeline" },
  { label: "Leads", href: "/leads" },
  { label: "Customers", href: null },
  { label: "Calls", href: null },
  { label: "Invoices", href: null },
  { label: "Tickets", href: null },
  { label: "Feedback", href: null },
  { label: "Reports", href: null },
  { label: "Settings", href: "/settings/api-keys" },
];
