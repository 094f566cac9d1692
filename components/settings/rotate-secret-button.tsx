"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { Button } from "../ui/button";
import { SecretReveal } from "./secret-reveal";

/** Rotates a webhook's signing secret after asking, and shows the new one once. */
export function RotateSecretButton({ rotate }: { rotate: () => Promise<ActionResult<{ secret: string }>> }) {
  const [pending, startTransition] = useTransition();
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("Rotate the signing secret? Deliveries are signed with the new secret from now on; update your receiver.")) return;
          startTransition(async () => {
            const result = await rotate();
            if (result.ok) setSecret(result.data.secret);
            setError(result.ok ? undefined : result.message);
          });
        }}
      >
        {pending ? "Rotating…" : "Rotate secret"}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
      {secret && (
        <div className="basis-full">
          <SecretReveal title="New signing secret. Copy it now: it will not be shown again." secret={secret} />
        </div>
      )}
    </>
  );
}
