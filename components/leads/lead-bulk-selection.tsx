"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type ReactNode } from "react";
import { PIPELINE_STAGES, STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Select } from "../ui/field";

/** The row checkboxes' name: the server-rendered table carries them, this component reads them. */
export const ROW_CHECKBOX = "lead-select";
export const ALL_CHECKBOX = "lead-select-all";

type Change = { status: string } | { assignedToId: string };

/**
 * Bulk actions over the rows of the server-rendered table it wraps: it
 * listens to the checkboxes' change events (they bubble to it), so the table
 * stays a server component. Assign owner, change status, delete and export
 * the selection; each write is one server action (one transaction).
 */
export function LeadBulkSelection({
  children,
  users,
  editable,
  update,
  remove,
}: {
  children: ReactNode;
  users: { id: string; name: string }[];
  editable: boolean;
  update(ids: string[], change: Change): Promise<ActionResult<{ updated: number }>>;
  remove(ids: string[]): Promise<ActionResult<{ deleted: number }>>;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const rows = () => [...(box.current?.querySelectorAll<HTMLInputElement>(`input[name="${ROW_CHECKBOX}"]`) ?? [])];
  function onChange(event: React.ChangeEvent<HTMLDivElement>) {
    const target = event.target as unknown as HTMLInputElement;
    if (target.name === ALL_CHECKBOX) for (const row of rows()) row.checked = target.checked;
    if (target.name !== ALL_CHECKBOX && target.name !== ROW_CHECKBOX) return;
    setSelected(
      rows()
        .filter((row) => row.checked)
        .map((row) => row.value),
    );
  }
  function clear() {
    for (const input of box.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) input.checked = false;
    setSelected([]);
  }
  function run(work: () => Promise<ActionResult<{ updated: number } | { deleted: number }>>) {
    setMessage(null);
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      const count = "updated" in result.data ? `${result.data.updated} updated` : `${result.data.deleted} deleted`;
      setMessage({ tone: "success", text: `Done: ${count}.` });
      clear();
      router.refresh();
    });
  }

  return (
    <div ref={box} onChange={onChange} className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {selected.length > 0 && (
        <div
          role="region"
          aria-label="Bulk actions"
          className="flex flex-wrap items-center gap-2 rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm"
          data-testid="bulk-bar"
        >
          <span className="font-medium text-slate-800">{selected.length} selected</span>
          {editable && (
            <>
              <label className="sr-only" htmlFor="bulk-status">
                Change status
              </label>
              <Select
                id="bulk-status"
                className="w-auto py-1.5"
                value=""
                disabled={pending}
                onChange={(e) => e.target.value && run(() => update(selected, { status: e.target.value }))}
              >
                <option value="">Change status…</option>
                {PIPELINE_STAGES.map((status) => (
                  <option key={status} value={status}>
                    {STAGE_LABELS[status]}
                  </option>
                ))}
              </Select>
              <label className="sr-only" htmlFor="bulk-owner">
                Assign owner
              </label>
              <Select
                id="bulk-owner"
                className="w-auto py-1.5"
                value=""
                disabled={pending}
                onChange={(e) => e.target.value && run(() => update(selected, { assignedToId: e.target.value === "none" ? "" : e.target.value }))}
              >
                <option value="">Assign owner…</option>
                <option value="none">Unassigned</option>
                {users.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
              </Select>
              <Button
                variant="danger"
                className="py-1.5"
                disabled={pending}
                onClick={() => window.confirm(`Delete ${selected.length} lead(s)? This cannot be undone.`) && run(() => remove(selected))}
              >
                Delete
              </Button>
            </>
          )}
          <a className={buttonClass("secondary", "py-1.5")} href={`/leads/export?ids=${selected.join(",")}`} download>
            Export selection
          </a>
          <Button variant="ghost" className="py-1.5" onClick={clear}>
            Clear
          </Button>
          {pending && <span className="text-slate-500">Working…</span>}
        </div>
      )}
      {children}
    </div>
  );
}
