"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { Button } from "../ui/button";

/** "Mark done" on one task: runs the action, then refreshes the server-rendered list. */
export function MarkDoneButton({ done, label }: { done(): Promise<ActionResult<null>>; label: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const router = useRouter();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        className="px-2.5 py-1 text-xs"
        disabled={pending}
        aria-label={`Mark done: ${label}`}
        onClick={() =>
          startTransition(async () => {
            const result = await done();
            if (result.ok) router.refresh();
            else setError(result.message);
          })
        }
      >
        {pending ? "Saving…" : "Mark done"}
      </Button>
      {error && <span className="text-xs text-red-600">{error}</span>}
    </span>
  );
}
