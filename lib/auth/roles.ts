import type { Role } from "@/lib/db/generated/enums";

export type { Role };

export const ROLES: readonly Role[] = ["admin", "manager", "rep", "analyst"];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin: everything, including users and API keys",
  manager: "Manager: all CRM data and dashboards",
  rep: "Sales rep: leads, customers, calls and invoices",
  analyst: "Analyst: read-only dashboards and reports",
};

/** What each role may do in the browser. */
const PERMISSIONS = {
  manageUsers: ["admin"],
  manageApiKeys: ["admin"],
  configureTelephony: ["admin"],
  editRecords: ["admin", "manager", "rep"],
  viewReports: ["admin", "manager", "analyst"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
