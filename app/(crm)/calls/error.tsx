"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A call page whose data could not be read (e.g. the database is unreachable). */
export default function CallsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4">
      <Alert>The calls could not be loaded. {error.digest ? <span className="font-mono text-xs">(ref {error.digest})</span> : null}</Alert>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
