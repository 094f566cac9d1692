// npm run tenant:telephony -- --client-id acme --token <exotel token> --user-id <exotel user id>
// npm run tenant:telephony -- --client-id acme --clear
// Stored encrypted with the app key; POST /api/ribbon/init hands them to the ribbon.
import { parseArgs } from "node:util";
import { systemContext } from "@/lib/crm/context";
import { findTenantByClientId } from "@/lib/crm/tenants/find-tenant";
import { setTelephonyCredentials } from "@/lib/crm/tenants/set-telephony-credentials";
import { closeDb } from "@/lib/db/client";
import { runScript } from "./run-script";

runScript(async () => {
  const { values } = parseArgs({
    options: { "client-id": { type: "string" }, token: { type: "string" }, "user-id": { type: "string" }, clear: { type: "boolean", default: false } },
  });
  const usage = "Usage: npm run tenant:telephony -- --client-id <slug> (--token <token> --user-id <user id> | --clear)";
  if (!values["client-id"] || (!values.clear && (!values.token || !values["user-id"]))) throw new Error(usage);
  const tenant = await findTenantByClientId(values["client-id"]);
  if (!tenant) throw new Error(`No tenant with clientId ${values["client-id"]}`);
  await setTelephonyCredentials(systemContext(tenant.id, "cli"), values.clear ? null : { token: values.token!, userId: values["user-id"]! });
  console.log(values.clear ? `Cleared the telephony credentials of ${tenant.name}.` : `Set the telephony credentials of ${tenant.name} (stored encrypted).`);
  await closeDb();
});
