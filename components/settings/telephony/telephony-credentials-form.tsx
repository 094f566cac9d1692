"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../../ui/alert";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { Field, Input } from "../../ui/field";

const schema = z.object({
  token: z.string().trim().min(1, "Enter the token").max(500),
  userId: z.string().trim().min(1, "Enter the user id").max(500),
});
type Values = z.infer<typeof schema>;

/**
 * The telephony (Exotel) token and user id that init hands to ribbons.
 * Write-only: the page only knows whether each is set; a new pair replaces the old.
 */
export function TelephonyCredentialsForm({
  tokenSet,
  userIdSet,
  save,
  clear,
}: {
  tokenSet: boolean;
  userIdSet: boolean;
  save(input: Values): Promise<ActionResult<null>>;
  clear(): Promise<ActionResult<null>>;
}) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const [clearing, startClearing] = useTransition();
  const { register, handleSubmit, formState, reset, setError } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { token: "", userId: "" } });

  async function onSubmit(values: Values) {
    setMessage(undefined);
    const result = await save(values);
    if (!result.ok) {
      for (const [field, text] of Object.entries(result.fields ?? {})) if (field === "token" || field === "userId") setError(field, { message: text });
      setMessage({ tone: "error", text: result.message });
      return;
    }
    reset();
    setMessage({ tone: "success", text: "Saved. Ribbons get the new credentials on their next init." });
  }

  return (
    <div className="space-y-4">
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm" data-testid="credential-status">
        <div className="flex items-center gap-2">
          <dt className="text-slate-600">Token</dt>
          <dd>{tokenSet ? <Badge tone="green">set</Badge> : <Badge tone="amber">not set</Badge>}</dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-slate-600">User id</dt>
          <dd>{userIdSet ? <Badge tone="green">set</Badge> : <Badge tone="amber">not set</Badge>}</dd>
        </div>
      </dl>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
        <Field label={tokenSet ? "New token (replaces the stored one)" : "Token"} htmlFor="telephony-token" error={formState.errors.token?.message}>
          <Input id="telephony-token" type="password" autoComplete="off" spellCheck={false} {...register("token")} />
        </Field>
        <Field label={userIdSet ? "New user id" : "User id"} htmlFor="telephony-user-id" error={formState.errors.userId?.message}>
          <Input id="telephony-user-id" type="password" autoComplete="off" spellCheck={false} {...register("userId")} />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Saving…" : "Save credentials"}
          </Button>
          {(tokenSet || userIdSet) && (
            <Button
              type="button"
              variant="danger"
              disabled={clearing}
              onClick={() => {
                if (!window.confirm("Clear the telephony credentials? Ribbons can no longer place calls.")) return;
                startClearing(async () => {
                  const result = await clear();
                  setMessage(result.ok ? { tone: "success", text: "Credentials cleared." } : { tone: "error", text: result.message });
                });
              }}
            >
              Clear
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
