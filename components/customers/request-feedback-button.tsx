"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** "Request feedback": creates (or reuses) the customer's one-time response link and shows it to copy. */
export function RequestFeedbackButton({ request }: { request(): Promise<ActionResult<{ responsePath: string; created: boolean }>> }) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<ActionResult<{ responsePath: string; created: boolean }> | null>(null);
  const router = useRouter();
  const link = outcome?.ok ? `${window.location.origin}${outcome.data.responsePath}` : null;
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await request();
            setOutcome(result);
            if (result.ok) router.refresh();
          })
        }
      >
        {pending ? "Requesting…" : "Request feedback"}
      </Button>
      {outcome && !outcome.ok && <Alert>{outcome.message}</Alert>}
      {outcome?.ok && link && (
        <Alert tone="success">
          {outcome.data.created ? "Feedback requested." : "A request is already open; here is its link."} Response link:{" "}
          <a href={link} className="font-medium break-all underline" data-testid="feedback-link">
            {link}
          </a>
        </Alert>
      )}
    </div>
  );
}
