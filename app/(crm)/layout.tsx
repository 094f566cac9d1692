import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/current-user";

// Every page below needs a signed-in, active user; each page and action checks again.
export default async function CrmLayout({ children }: { children: ReactNode }) {
  const { user } = await requireUser();
  return <AppShell user={user}>{children}</AppShell>;
}
