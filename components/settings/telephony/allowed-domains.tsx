"use client";

import { useState, useTransition } from "react";
import { allowedDomainName } from "@/lib/crm/tenants/domain-name";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { NameForm } from "./name-form";

/** The ribbon's allowed domains: each with Remove, and a field to add one. */
export function AllowedDomains({
  domains,
  add,
  remove,
}: {
  domains: string[];
  add(input: { domain: string }): Promise<ActionResult<string[]>>;
  remove(domain: string): Promise<ActionResult<string[]>>;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div className="space-y-4">
      {domains.length === 0 ? (
        <Alert tone="info">No domain listed: init accepts any domain, and browsers get no CORS answer. Add the domains your pages run on.</Alert>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="allowed-domains">
          {domains.map((domain) => (
            <li key={domain} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="min-w-0 truncate font-mono text-sm text-slate-800">
                {domain} <span className="font-sans text-xs text-slate-500">and its subdomains</span>
              </span>
              <Button
                type="button"
                variant="danger"
                className="px-2 py-1 text-xs"
                disabled={pending}
                aria-label={`Remove ${domain}`}
                onClick={() => {
                  if (!window.confirm(`Remove ${domain}? Ribbons on it stop working at once.`)) return;
                  startTransition(async () => {
                    const result = await remove(domain);
                    setError(result.ok ? undefined : result.message);
                  });
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && <Alert>{error}</Alert>}
      <NameForm
        id="allowed-domain"
        label="Add a domain"
        placeholder="app.yourcrm.com"
        schema={allowedDomainName}
        submitLabel="Add domain"
        save={({ name }) => add({ domain: name })}
      />
    </div>
  );
}
