import type { ReactNode } from "react";
import type { SignedInUser } from "@/lib/crm/users/signed-in-user";
import { Badge } from "../ui/badge";
import { MobileNav } from "./mobile-nav";
import { SidebarNav } from "./sidebar-nav";
import { SignOutButton } from "./sign-out-button";

/** The signed-in frame: navigation, who is signed in and for which workspace, sign-out. */
export function AppShell({ user, children }: { user: SignedInUser; children: ReactNode }) {
  const brand = (
    <div className="mb-6 px-3">
      <p className="text-lg font-semibold text-white">Relay CRM</p>
      <p className="mt-0.5 truncate text-xs text-slate-400" data-testid="tenant-name">
        {user.tenantName}
      </p>
    </div>
  );
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-60 shrink-0 flex-col bg-slate-900 px-3 py-5 lg:flex">
        {brand}
        <SidebarNav />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-3 sm:px-6">
          <MobileNav brand={brand}>
            <SidebarNav />
          </MobileNav>
          <p className="text-base font-semibold text-slate-900 lg:hidden">Relay CRM</p>
          <div className="ml-auto flex items-center gap-3 sm:gap-4">
            <div className="min-w-0 text-right">
              <p className="truncate text-sm font-medium text-slate-900" data-testid="user-name">
                {user.name}
              </p>
              <p className="hidden text-xs text-slate-500 sm:block">
                {user.email} · <Badge tone="blue">{user.role}</Badge>
              </p>
            </div>
            <SignOutButton />
          </div>
        </header>
        <main className="min-w-0 flex-1 px-4 py-6 sm:px-6">{children}</main>
      </div>
    </div>
  );
}
