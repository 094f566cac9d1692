// npm run tenant:create -- --client-id acme --name "Acme Ltd" [--plan professional] [--limit 5000] [--domain acme.com]…
import { parseArgs } from "node:util";
import { createTenant } from "@/lib/crm/tenants/create-tenant";
import { closeDb } from "@/lib/db/client";
import { runScript } from "./run-script";

runScript(async () => {
  const { values } = parseArgs({
    options: {
      "client-id": { type: "string" },
      name: { type: "string" },
      plan: { type: "string", default: "trial" },
      limit: { type: "string", default: "100" },
      domain: { type: "string", multiple: true, default: [] },
    },
  });
  if (!values["client-id"] || !values.name)
    throw new Error(
      'Usage: npm run tenant:create -- --client-id <slug> --name "<name>" [--plan trial|starter|professional|enterprise] [--limit <calls/month>] [--domain <host>]…',
    );
  const tenant = await createTenant({
    clientId: values["client-id"],
    name: values.name,
    plan: values.plan as "trial", // createTenant validates the plan
    monthlyCallLimit: Number(values.limit),
    allowedDomains: values.domain,
  });
  console.log(`Created tenant ${tenant.clientId} (${tenant.name}, ${tenant.plan}), id ${tenant.id}.`);
  await closeDb();
});
