"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action-result";

/** Archive (asks first) or restore a product. */
export function ProductArchiveButton({ archived, setArchived }: { archived: boolean; setArchived(archived: boolean): Promise<ActionResult<null>> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        type="button"
        variant={archived ? "secondary" : "danger"}
        disabled={pending}
        onClick={() => {
          if (!archived && !window.confirm("Archive this product? It stays on existing invoices and quotes but cannot be picked for new ones.")) return;
          startTransition(async () => {
            const result = await setArchived(!archived);
            if (!result.ok) setError(result.message);
            else router.refresh();
          });
        }}
      >
        {pending ? "Working…" : archived ? "Restore" : "Archive"}
      </Button>
      {error && <span className="text-xs text-red-600">{error}</span>}
    </span>
  );
}
