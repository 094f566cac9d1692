"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action-result";

/** Delete, asked inline first (no browser dialog); the action goes back to the ledger when done. */
export function DeleteTransactionButton({ warning, remove }: { warning: string; remove(): Promise<ActionResult<null>> }) {
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  if (!asking) {
    return (
      <Button type="button" variant="danger" onClick={() => setAsking(true)}>
        Delete transaction
      </Button>
    );
  }
  return (
    <div role="group" aria-label="Confirm delete" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p>{warning}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="danger"
          disabled={pending}
          autoFocus
          onClick={() =>
            startTransition(async () => {
              const result = await remove();
              // Success redirects; only a refusal comes back.
              if (!result.ok) setError(result.message);
            })
          }
        >
          {pending ? "Deleting…" : "Yes, delete"}
        </Button>
        <Button type="button" variant="ghost" disabled={pending} onClick={() => setAsking(false)}>
          Keep it
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
