"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { LeadTypeView } from "@/lib/crm/dialler/list-lead-types";
import { leadTypeName } from "@/lib/crm/dialler/lead-type-name";
import type { ActionResult } from "@/lib/http/action-result";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { Field, Input } from "../../ui/field";
import { NameForm } from "./name-form";

type Ref = { typeId: string; subtypeId?: string };

export interface LeadTypeActions {
  addType(input: { name: string; subtypes: string }): Promise<ActionResult<unknown>>;
  addSubtype(typeId: string, input: { name: string }): Promise<ActionResult<unknown>>;
  rename(ref: Ref, input: { name: string }): Promise<ActionResult<null>>;
  setActive(ref: Ref, active: boolean): Promise<ActionResult<null>>;
}

/** The dialler's lead types and subtypes (what partners send to /lead/add): add, rename, disable. */
export function LeadTypesEditor({ types, actions }: { types: LeadTypeView[]; actions: LeadTypeActions }) {
  return (
    <div className="space-y-5">
      {types.length === 0 ? (
        <EmptyState title="No lead types yet">Partners&apos; leads are refused with &quot;Unknown Type&quot; until you add the types they send.</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="lead-types">
          {types.map((type) => (
            <LeadTypeItem key={type.id} type={type} actions={actions} />
          ))}
        </ul>
      )}
      <AddLeadTypeForm add={actions.addType} />
    </div>
  );
}

function LeadTypeItem({ type, actions }: { type: LeadTypeView; actions: LeadTypeActions }) {
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid={`lead-type-${type.name}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <span className="font-mono text-sm font-medium text-slate-900">{type.name}</span>
          {type.active ? <Badge tone="green">active</Badge> : <Badge tone="red">disabled</Badge>}
          <span className="text-xs text-slate-500">{type.scheduledCalls} call(s) waiting</span>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="ghost"
            className="px-2 py-1 text-xs"
            onClick={() => setRenaming((v) => !v)}
            aria-expanded={renaming}
            aria-label={`Rename ${type.name}`}
          >
            Rename
          </Button>
          <ToggleButton name={type.name} active={type.active} toggle={(active) => actions.setActive({ typeId: type.id }, active)} />
        </div>
      </div>
      {renaming && (
        <div className="mt-3">
          <NameForm
            id={`rename-${type.id}`}
            label={`New name for ${type.name} (partners must send the new name)`}
            schema={leadTypeName}
            initial={type.name}
            submitLabel="Rename"
            save={(input) => actions.rename({ typeId: type.id }, input)}
            onDone={() => setRenaming(false)}
            onCancel={() => setRenaming(false)}
          />
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <span className="text-xs text-slate-500">Subtypes:</span>
        {type.subtypeList.length === 0 && <span className="text-xs text-slate-400">none</span>}
        {type.subtypeList.map((subtype) => (
          <SubtypeChip key={subtype.id} typeId={type.id} subtype={subtype} actions={actions} />
        ))}
        <Button
          type="button"
          variant="ghost"
          className="px-2 py-1 text-xs"
          onClick={() => setAdding((v) => !v)}
          aria-expanded={adding}
          aria-label={`Add a subtype to ${type.name}`}
        >
          + Subtype
        </Button>
      </div>
      {adding && (
        <div className="mt-3">
          <NameForm
            id={`subtype-${type.id}`}
            label={`New subtype of ${type.name}`}
            schema={leadTypeName}
            submitLabel="Add subtype"
            save={(input) => actions.addSubtype(type.id, input)}
            onDone={() => setAdding(false)}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
    </li>
  );
}

function SubtypeChip({ typeId, subtype, actions }: { typeId: string; subtype: LeadTypeView["subtypeList"][number]; actions: LeadTypeActions }) {
  const [renaming, setRenaming] = useState(false);
  const ref = { typeId, subtypeId: subtype.id };
  if (renaming) {
    return (
      <div className="w-full">
        <NameForm
          id={`rename-${subtype.id}`}
          label={`New name for subtype ${subtype.name}`}
          schema={leadTypeName}
          initial={subtype.name}
          submitLabel="Rename"
          save={(input) => actions.rename(ref, input)}
          onDone={() => setRenaming(false)}
          onCancel={() => setRenaming(false)}
        />
      </div>
    );
  }
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border py-0.5 pr-0.5 pl-2.5 text-xs ${subtype.active ? "border-slate-200 bg-slate-50 text-slate-800" : "border-dashed border-slate-300 text-slate-400 line-through"}`}
      data-testid={`subtype-${subtype.name}`}
    >
      <span className="font-mono">{subtype.name}</span>
      <button
        type="button"
        className="inline-flex size-6 items-center justify-center rounded-full text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        onClick={() => setRenaming(true)}
        aria-label={`Rename subtype ${subtype.name}`}
      >
        ✎
      </button>
      <ToggleButton name={`subtype ${subtype.name}`} active={subtype.active} compact toggle={(active) => actions.setActive(ref, active)} />
    </span>
  );
}

function ToggleButton({
  name,
  active,
  compact,
  toggle,
}: {
  name: string;
  active: boolean;
  compact?: boolean;
  toggle(active: boolean): Promise<ActionResult<null>>;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const label = active ? "Disable" : "Enable";
  const run = () =>
    startTransition(async () => {
      const result = await toggle(!active);
      setError(result.ok ? undefined : result.message);
    });
  return (
    <>
      {compact ? (
        <button
          type="button"
          disabled={pending}
          onClick={run}
          aria-label={`${label} ${name}`}
          className="inline-flex size-6 items-center justify-center rounded-full text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        >
          {active ? "×" : "↺"}
        </button>
      ) : (
        <Button
          type="button"
          variant={active ? "danger" : "secondary"}
          className="px-2 py-1 text-xs"
          disabled={pending}
          onClick={run}
          aria-label={`${label} ${name}`}
        >
          {label}
        </Button>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
    </>
  );
}

const addTypeSchema = z.object({
  name: leadTypeName,
  subtypes: z.string().refine(
    (value) =>
      value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => leadTypeName.safeParse(s).success),
    "Subtypes: names separated by commas (letters, digits, space, . _ -)",
  ),
});
type AddTypeValues = z.infer<typeof addTypeSchema>;

function AddLeadTypeForm({ add }: { add: LeadTypeActions["addType"] }) {
  const { register, handleSubmit, formState, setError, reset } = useForm<AddTypeValues>({
    resolver: zodResolver(addTypeSchema),
    defaultValues: { name: "", subtypes: "" },
  });
  async function onSubmit(values: AddTypeValues) {
    const result = await add(values);
    if (!result.ok) {
      setError("name", { message: result.fields?.name ?? result.message });
      return;
    }
    reset();
  }
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3 border-t border-slate-100 pt-4">
      <p className="text-sm font-medium text-slate-900">Add a lead type</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Type name" htmlFor="lead-type-name" error={formState.errors.name?.message}>
          <Input id="lead-type-name" placeholder="motor-trade" autoComplete="off" {...register("name")} />
        </Field>
        <Field label="Subtypes (comma-separated, optional)" htmlFor="lead-type-subtypes" error={formState.errors.subtypes?.message}>
          <Input id="lead-type-subtypes" placeholder="valeter, dealer" autoComplete="off" {...register("subtypes")} />
        </Field>
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Adding…" : "Add lead type"}
      </Button>
    </form>
  );
}
