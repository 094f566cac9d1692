"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/http/action-result";

/**
 * One line to add a named thing of a kind (an account of kind bank/card/cash,
 * a category of type income/expense). The server action validates with the
 * domain's schema and answers field errors.
 */
export function NameAndKindForm({
  idPrefix,
  nameLabel,
  kindLabel,
  kinds,
  submitLabel,
  save,
}: {
  idPrefix: string;
  nameLabel: string;
  kindLabel: string;
  kinds: { value: string; label: string }[];
  submitLabel: string;
  save(name: string, kind: string): Promise<ActionResult<{ seq: number }>>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [name, setName] = useState("");
  const [kind, setKind] = useState(kinds[0]?.value ?? "");
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return setError(`${nameLabel} is required`);
        startTransition(async () => {
          const result = await save(name, kind);
          if (!result.ok) return setError(Object.values(result.fields ?? {})[0] ?? result.message);
          setError(undefined);
          setName("");
          router.refresh();
        });
      }}
    >
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="flex-1 text-xs font-medium text-slate-600" htmlFor={`${idPrefix}-name`}>
          {nameLabel}
          <Input id={`${idPrefix}-name`} value={name} onChange={(e) => setName(e.target.value)} className="mt-1" maxLength={100} />
        </label>
        <label className="text-xs font-medium text-slate-600" htmlFor={`${idPrefix}-kind`}>
          {kindLabel}
          <Select id={`${idPrefix}-kind`} value={kind} onChange={(e) => setKind(e.target.value)} className="mt-1 sm:w-32">
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </Select>
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Adding…" : submitLabel}
        </Button>
      </div>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
