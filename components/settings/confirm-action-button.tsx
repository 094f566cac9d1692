"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { Button } from "../ui/button";

/** A button that asks first, runs a server action, and shows its error if it fails. */
export function ConfirmActionButton({
  label,
  confirm,
  action,
  variant = "danger",
}: {
  label: string;
  confirm: string;
  action: () => Promise<ActionResult<unknown>>;
  variant?: "danger" | "secondary";
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await action();
            setError(result.ok ? undefined : result.message);
          });
        }}
      >
        {pending ? "Working…" : label}
      </Button>
      {error && <span className="text-xs text-red-600">{error}</span>}
    </span>
  );
}
