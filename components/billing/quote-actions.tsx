"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

const MOVE_LABELS = { send: "Mark as sent", accept: "Accept", decline: "Decline" } as const;
type Move = keyof typeof MOVE_LABELS;

/** The quote's next steps; once converted, only the link to its invoice. */
export function QuoteActions({
  moves,
  mayConvert,
  invoice,
  move,
  convert,
}: {
  moves: Move[];
  mayConvert: boolean;
  invoice: { id: string; number: string } | null;
  move(step: Move): Promise<ActionResult<null>>;
  convert(): Promise<ActionResult<{ invoiceId: string; number: string }>>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const run = (work: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await work();
      setError(result.ok ? undefined : result.message);
      router.refresh();
    });

  if (invoice) {
    return (
      <Alert tone="success">
        Converted to invoice{" "}
        <Link href={`/invoices/${invoice.id}`} className="font-semibold underline" data-testid="quote-invoice-link">
          {invoice.number}
        </Link>
        . A quote converts once.
      </Alert>
    );
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {moves.map((step) => (
          <Button key={step} variant={step === "decline" ? "danger" : "secondary"} disabled={pending} onClick={() => run(() => move(step))}>
            {MOVE_LABELS[step]}
          </Button>
        ))}
        {mayConvert && (
          <Button
            disabled={pending}
            onClick={() => {
              if (window.confirm("Create an invoice with this quote's items? A quote converts once.")) run(convert);
            }}
          >
            {pending ? "Working…" : "Convert to invoice"}
          </Button>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
