"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { Button } from "../ui/button";

/** A button that runs a server action and shows its error, if any, underneath. */
export function ActionButton({
  label,
  pendingLabel = "Working…",
  action,
  variant = "secondary",
  confirm,
}: {
  label: string;
  pendingLabel?: string;
  action: () => Promise<ActionResult<unknown>>;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  /** Ask first with this question. */
  confirm?: string;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await action();
            setError(result.ok ? undefined : result.message);
          });
        }}
      >
        {pending ? pendingLabel : label}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
