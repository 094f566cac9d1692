"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input } from "../ui/field";

const schema = z.object({
  name: z.string().trim().min(1, "Give the key a name").max(100),
  scopes: z.array(z.string()).min(1, "Choose at least one scope"),
});
type Values = z.infer<typeof schema>;

interface Props {
  scopes: { value: string; label: string }[];
  create(input: Values): Promise<ActionResult<{ key: string; name: string }>>;
}

/** Creates a key and shows it once; after this screen only its prefix is ever shown. */
export function CreateApiKeyForm({ scopes, create }: Props) {
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: "", scopes: ["*"] },
  });

  async function onSubmit(values: Values) {
    setError(undefined);
    const result = await create(values);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setCreated(result.data);
    setCopied(false);
    reset();
  }

  return (
    <div className="space-y-4">
      {created && (
        <Alert tone="success">
          <p className="font-medium">Key “{created.name}” created. Copy it now: it will not be shown again.</p>
          <div className="mt-2 flex items-center gap-2">
            <code data-testid="new-api-key" className="flex-1 rounded bg-white px-2 py-1 font-mono text-xs break-all text-slate-900 ring-1 ring-emerald-200">
              {created.key}
            </code>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(created.key).then(() => setCopied(true));
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </Alert>
      )}
      {error && <Alert>{error}</Alert>}
      <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
        <Field label="Name" htmlFor="key-name" error={formState.errors.name?.message}>
          <Input id="key-name" placeholder="e.g. Website form, Dialler partner" {...register("name")} />
        </Field>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Scopes</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {scopes.map((scope) => (
              <label key={scope.value} className="flex items-start gap-2 text-sm text-slate-700">
                <input type="checkbox" value={scope.value} className="mt-0.5" {...register("scopes")} />
                <span>
                  <code className="text-xs">{scope.value}</code>
                  <span className="block text-xs text-slate-500">{scope.label}</span>
                </span>
              </label>
            ))}
          </div>
          {formState.errors.scopes?.message && <p className="mt-1 text-sm text-red-600">{formState.errors.scopes.message}</p>}
        </fieldset>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Creating…" : "Create API key"}
        </Button>
      </form>
    </div>
  );
}
