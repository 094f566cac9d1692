"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** An unexpected failure while rendering an invoice page: say so, offer a retry (details stay in the server log). */
export default function InvoicesError({ reset }: { error: Error & { digest?: string }; reset(): void }) {
  return (
    <div className="space-y-3">
      <Alert>Something went wrong while loading invoices.</Alert>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
