"use client";

import { RouteError } from "@/components/ui/route-error";

export default function FinancialReportError({ error, reset }: { error: Error & { digest?: string }; reset(): void }) {
  return <RouteError error={error} reset={reset} what="The financial report" />;
}
