"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { Select } from "../ui/field";

/** Changes a user's role as soon as another one is picked. */
export function RoleSelect({
  value,
  roles,
  label,
  change,
}: {
  value: string;
  roles: string[];
  label: string;
  change(role: string): Promise<ActionResult<null>>;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span className="inline-flex flex-col gap-1">
      <Select
        aria-label={label}
        defaultValue={value}
        disabled={pending}
        className="w-36 min-w-[9rem] py-1"
        onChange={(event) => {
          const role = event.target.value;
          const select = event.target;
          startTransition(async () => {
            const result = await change(role);
            if (!result.ok) {
              setError(result.message);
              select.value = value;
            } else setError(undefined);
          });
        }}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
      </Select>
      {error && <span className="text-xs text-red-600">{error}</span>}
    </span>
  );
}
