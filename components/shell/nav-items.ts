/** The signed-in app's sections; `href: null` marks one a later release fills. */
export const NAV_ITEMS: { label: string; href: string | null }[] = [
  { label: "Overview", href: "/" },
  { label: "Tasks", href: "/tasks" },
  { label: "Pipeline", href: "/pipeline" },
  { label: "Leads", href: "/leads" },
  { label: "Customers", href: "/customers" },
  { label: "Calls", href: "/calls" },
  { label: "Invoices", href: "/invoices" },
  { label: "Tickets", href: "/tickets" },
  { label: "Feedback", href: "/feedback" },
  { label: "Reports", href: "/reports" },
  { label: "Settings", href: "/settings/api-keys" },
];
