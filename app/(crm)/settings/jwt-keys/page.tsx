import type { Metadata } from "next";
import { ConfirmActionButton } from "@/components/settings/confirm-action-button";
import { RegisterJwtKeyForm } from "@/components/settings/register-jwt-key-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listJwtKeys } from "@/lib/crm/api-keys/list-jwt-keys";
import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER } from "@/lib/crm/api-keys/register-jwt-key";
import { registerJwtKeyAction, revokeJwtKeyAction } from "./actions";

export const metadata: Metadata = { title: "JWT keys" };

export default async function JwtKeysPage() {
  const { user, ctx } = await requireUser();
  if (!can(user.role, "manageApiKeys")) {
    return <Alert tone="info">Only admins manage JWT keys. Ask an admin of {user.tenantName} to register your public key.</Alert>;
  }
  const keys = await listJwtKeys(ctx);
  return (
    <div className="grid gap-6 2xl:grid-cols-[1fr_28rem]">
      <div className="min-w-0 space-y-6">
        <Card
          title="JWT keys"
          description="Public keys that verify RS256 bearer tokens on the gateway API (/api/leads, /api/analytics, /api/analyze…). A token's kid header picks the key; iss, aud and exp are checked, scope gives its rights."
        >
          {keys.length === 0 ? (
            <p className="text-sm text-slate-500">No keys yet. Register a public key, or issue a test token from the command line (below).</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="jwt-keys-list">
              {keys.map((key) => (
                <li key={key.id} data-testid={`jwt-key-${key.kid}`} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <code className="font-mono text-sm font-medium break-all text-slate-900">{key.kid}</code>
                      {key.revokedAt ? <Badge tone="red">revoked</Badge> : <Badge tone="green">active</Badge>}
                    </div>
                    <p className="text-xs text-slate-500">
                      iss <span className="font-mono">{key.issuer}</span> · aud <span className="font-mono">{key.audience}</span> · {key.algorithm}
                    </p>
                    <p className="text-xs text-slate-500">
                      Added {formatDateTime(key.createdAt)}
                      {key.revokedAt ? ` · revoked ${formatDateTime(key.revokedAt)}` : ""}
                    </p>
                  </div>
                  {!key.revokedAt && (
                    <div className="shrink-0 self-start sm:self-center">
                      <ConfirmActionButton
                        label="Revoke"
                        confirm={`Revoke key “${key.kid}”? Tokens signed with it will get 401 within seconds.`}
                        action={revokeJwtKeyAction.bind(null, key.id)}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Try the API with a test token">
          <p className="text-sm text-slate-600">On the server, this creates a key pair, registers its public key here and prints a signed token:</p>
          <pre className="mt-2 rounded-md bg-slate-900 px-3 py-2 font-mono text-xs break-words whitespace-pre-wrap text-slate-100">
            npm run jwt:issue -- --client-id {user.clientId} --scope read:leads --scope read:analytics
          </pre>
          <p className="mt-2 text-sm text-slate-600">Then call the API with it:</p>
          <pre className="mt-2 rounded-md bg-slate-900 px-3 py-2 font-mono text-xs break-words whitespace-pre-wrap text-slate-100">
            curl -H &quot;Authorization: Bearer $TOKEN&quot; /api/analytics/leads
          </pre>
          <p className="mt-2 text-sm text-slate-600">
            A token with <code className="font-mono text-xs">&quot;role&quot;: &quot;analyst&quot;</code> reads and runs analyses but cannot write leads.
          </p>
        </Card>
      </div>
      <Card
        title="Register a public key"
        description="PEM (BEGIN PUBLIC KEY) or a JWKS JSON document; RSA, 2048 bits or more. Never paste a private key: it is refused."
      >
        <RegisterJwtKeyForm defaults={{ issuer: DEFAULT_JWT_ISSUER, audience: DEFAULT_JWT_AUDIENCE }} register={registerJwtKeyAction} />
      </Card>
    </div>
  );
}
