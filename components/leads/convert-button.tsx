"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** "Convert to customer": once converted, the lead points at its customer. */
export function ConvertButton({ convert }: { convert(): Promise<ActionResult<{ customerId: string }>> }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  return (
    <div className="space-y-2">
      {error && <Alert>{error}</Alert>}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await convert();
            if (result.ok) router.refresh();
            else setError(result.message);
          })
        }
      >
        {pending ? "Converting…" : "Convert to customer"}
      </Button>
    </div>
  );
}
