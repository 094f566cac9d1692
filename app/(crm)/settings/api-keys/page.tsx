import type { Metadata } from "next";
import { ConfirmActionButton } from "@/components/settings/confirm-action-button";
import { CreateApiKeyForm } from "@/components/settings/create-api-key-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { ALL_SCOPES, SCOPES, SCOPE_LABELS } from "@/lib/auth/scopes";
import { listApiKeys } from "@/lib/crm/api-keys/list-api-keys";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

const SCOPE_OPTIONS = [{ value: ALL_SCOPES, label: "Everything (all scopes)" }, ...SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))];

export default async function ApiKeysPage() {
  const { user, ctx } = await requireUser();
  if (!can(user.role, "manageApiKeys")) {
    return <Alert tone="info">Only admins manage API keys. Ask an admin of {user.tenantName} for a key.</Alert>;
  }
  const keys = await listApiKeys(ctx);
  return (
    <div className="grid gap-6 2xl:grid-cols-[1fr_24rem]">
      <Card title="API keys" description="Keys authenticate integrations on all five APIs. Only a hash is stored; revoked keys stop working within seconds.">
        {keys.length === 0 ? (
          <p className="text-sm text-slate-500">No keys yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="api-keys-table">
              <thead className="text-xs tracking-wide text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-4">Name</th>
                  <th className="py-2 pr-4">Key</th>
                  <th className="py-2 pr-4">Scopes</th>
                  <th className="py-2 pr-4">Last used</th>
                  <th className="py-2 pr-4">Status</th>
                  <th className="py-2" />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {keys.map((key) => (
                  <tr key={key.id}>
                    <td className="py-2 pr-4">
                      <p className="font-medium text-slate-900">{key.name}</p>
                      <p className="text-xs text-slate-500">
                        Created {formatDateTime(key.createdAt)}
                        {key.createdBy ? ` by ${key.createdBy.name}` : ""}
                      </p>
                    </td>
                    <td className="py-2 pr-4 font-mono text-xs">{key.prefix}…</td>
                    <td className="py-2 pr-4 text-xs text-slate-600">{key.scopes.includes(ALL_SCOPES) ? "all" : key.scopes.join(", ")}</td>
                    <td className="py-2 pr-4 text-xs whitespace-nowrap text-slate-600">{formatDateTime(key.lastUsedAt)}</td>
                    <td className="py-2 pr-4">{key.revokedAt ? <Badge tone="red">revoked</Badge> : <Badge tone="green">active</Badge>}</td>
                    <td className="py-2 text-right">
                      {!key.revokedAt && (
                        <ConfirmActionButton
                          label="Revoke"
                          confirm={`Revoke “${key.name}”? Integrations using it will get 401 within seconds.`}
                          action={revokeApiKeyAction.bind(null, key.id)}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title="New API key">
        <CreateApiKeyForm scopes={SCOPE_OPTIONS} create={createApiKeyAction} />
      </Card>
    </div>
  );
}
