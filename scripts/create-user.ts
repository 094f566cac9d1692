// npm run user:create -- --client-id acme --email ana@acme.com --name "Ana" --role admin
// The password is read from CRM_PASSWORD, or generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { systemContext } from "@/lib/crm/context";
import { findTenantByClientId } from "@/lib/crm/tenants/find-tenant";
import { createUser } from "@/lib/crm/users/create-user";
import { closeDb } from "@/lib/db/client";
import { runScript } from "./run-script";

runScript(async () => {
  const { values } = parseArgs({
    options: { "client-id": { type: "string" }, email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "rep" } },
  });
  if (!values["client-id"] || !values.email || !values.name)
    throw new Error('Usage: npm run user:create -- --client-id <slug> --email <email> --name "<name>" [--role admin|manager|rep|analyst]');
  const tenant = await findTenantByClientId(values["client-id"]);
  if (!tenant) throw new Error(`No tenant with clientId ${values["client-id"]}`);
  const password = process.env.CRM_PASSWORD ?? randomBytes(12).toString("base64url");
  const user = await createUser(systemContext(tenant.id, "cli"), { email: values.email, name: values.name, role: values.role as "rep", password }); // createUser validates the role
  console.log(`Created ${user.role} ${user.email} in ${tenant.name}.`);
  if (!process.env.CRM_PASSWORD) console.log(`Password (shown once): ${password}`);
  await closeDb();
});
