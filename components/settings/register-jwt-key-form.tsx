"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input, Textarea } from "../ui/field";

const schema = z.object({
  publicKey: z.string().trim().min(1, "Paste a public key (PEM) or a JWKS JSON document").max(20_000),
  kid: z.string().trim().max(200),
  issuer: z.string().trim().min(1, "Issuer is required").max(200),
  audience: z.string().trim().min(1, "Audience is required").max(200),
});
type Values = z.infer<typeof schema>;

interface Props {
  defaults: { issuer: string; audience: string };
  register(input: Values): Promise<ActionResult<{ kids: string[] }>>;
}

/** Registers a public key; the server checks it is an RSA public key (never a private one). */
export function RegisterJwtKeyForm({ defaults, register: submit }: Props) {
  const [registered, setRegistered] = useState<string[] | null>(null);
  const [error, setError] = useState<string>();
  const {
    register,
    handleSubmit,
    formState,
    reset,
    setError: setFieldError,
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { publicKey: "", kid: "", ...defaults },
  });

  async function onSubmit(values: Values) {
    setError(undefined);
    setRegistered(null);
    const result = await submit(values);
    if (!result.ok) {
      // Field messages from the domain go under their field; anything else on top.
      const fields = { public_key: "publicKey", kid: "kid", issuer: "issuer", audience: "audience" } as const;
      let shown = false;
      for (const [field, message] of Object.entries(result.fields ?? {})) {
        const name = fields[field as keyof typeof fields];
        if (name) {
          setFieldError(name, { message });
          shown = true;
        }
      }
      if (!shown) setError(result.message);
      return;
    }
    setRegistered(result.data.kids);
    reset({ publicKey: "", kid: "", ...defaults });
  }

  return (
    <div className="space-y-4">
      {registered && (
        <Alert tone="success">
          <p className="font-medium">
            Registered {registered.length === 1 ? "key" : `${registered.length} keys`}:{" "}
            {registered.map((kid) => (
              <code key={kid} data-testid="registered-kid" className="mr-1 font-mono text-xs break-all">
                {kid}
              </code>
            ))}
          </p>
          <p className="mt-1 text-xs">Tokens must carry this kid in their header.</p>
        </Alert>
      )}
      {error && <Alert>{error}</Alert>}
      <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
        <Field label="Public key" htmlFor="jwt-public-key" error={formState.errors.publicKey?.message}>
          <Textarea
            id="jwt-public-key"
            rows={7}
            spellCheck={false}
            placeholder={'-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----\n\nor {"keys":[{"kty":"RSA","kid":"…","n":"…","e":"AQAB"}]}'}
            className="font-mono text-xs"
            {...register("publicKey")}
          />
        </Field>
        <Field label="Key id (kid)" htmlFor="jwt-kid" error={formState.errors.kid?.message}>
          <Input id="jwt-kid" placeholder="Optional: the JWK's kid, else its thumbprint" {...register("kid")} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Issuer (iss)" htmlFor="jwt-issuer" error={formState.errors.issuer?.message}>
            <Input id="jwt-issuer" {...register("issuer")} />
          </Field>
          <Field label="Audience (aud)" htmlFor="jwt-audience" error={formState.errors.audience?.message}>
            <Input id="jwt-audience" {...register("audience")} />
          </Field>
        </div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Registering…" : "Register key"}
        </Button>
      </form>
    </div>
  );
}
