import type { ReactNode } from "react";
import type { SignedInUser } from "@/lib/crm/users/authenticate";
import { Badge } from "../ui/badge";
import { SidebarNav } from "./sidebar-nav";
import { SignOutButton } from "./sign-out-button";

/** The signed-in frame: navigation, who is signed in and for which workspace, sign-out. */
export function AppShell({ user, children }: { user: SignedInUser; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col bg-slate-900 px-3 py-5">
        <div className="mb-6 px-3">
          <p className="text-lg font-semibold text-white">Relay CRM</p>
          <p className="mt-0.5 truncate text-xs text-slate-400" data-testid="tenant-name">
            {user.tenantName}
          </p>
        </div>
        <SidebarNav />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-end gap-4 border-b border-slate-200 bg-white px-6 py-3">
          <div className="text-right">
            <p className="text-sm font-medium text-slate-900" data-testid="user-name">
              {user.name}
            </p>
            <p className="text-xs text-slate-500">
              {user.email} · <Badge tone="blue">{user.role}</Badge>
            </p>
          </div>
          <SignOutButton />
        </header>
        <main className="flex-1 px-6 py-6">{children}</main>
      </div>
    </div>
  );
}
