// npm run apikey:create -- --client-id acme --name "Website form" [--scope write:leads]…
// Prints the key once; only its hash is stored.
import { parseArgs } from "node:util";
import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { systemContext } from "@/lib/crm/context";
import { findTenantByClientId } from "@/lib/crm/tenants/find-tenant";
import { closeDb } from "@/lib/db/client";
import { runScript } from "./run-script";

runScript(async () => {
  const { values } = parseArgs({
    options: { "client-id": { type: "string" }, name: { type: "string" }, scope: { type: "string", multiple: true, default: ["*"] } },
  });
  if (!values["client-id"] || !values.name)
    throw new Error('Usage: npm run apikey:create -- --client-id <slug> --name "<name>" [--scope <scope>]… (default: all scopes)');
  const tenant = await findTenantByClientId(values["client-id"]);
  if (!tenant) throw new Error(`No tenant with clientId ${values["client-id"]}`);
  const { key, apiKey } = await createApiKey(systemContext(tenant.id, "cli"), { name: values.name, scopes: values.scope });
  console.log(`Created API key "${apiKey.name}" for ${tenant.name} with scopes ${apiKey.scopes.join(", ")}.`);
  console.log(`Key (shown once, store it now): ${key}`);
  await closeDb();
});
