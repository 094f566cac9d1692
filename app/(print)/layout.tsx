import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";

// Documents to print (outside the app shell): a signed-in user, the page on a sheet, no navigation.
export default async function PrintLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return (
    <div className="min-h-screen bg-slate-100 print:bg-white">
      {/* A4 or Letter: the browser's paper size, with margins that fit both. */}
      <style>{`@page { size: auto; margin: 14mm 14mm 16mm; } @media print { html, body { background: #fff !important; } }`}</style>
      {children}
    </div>
  );
}
