// Dialler lead types per tenant (what partners send as `type`/`subtype` to /lead/add and /lead/cancel):
//   npm run leadtypes -- list   --client-id acme
//   npm run leadtypes -- add    --client-id acme --type motor-trade [--subtype valeter]… [--description "…"]
//   npm run leadtypes -- remove --client-id acme --type motor-trade [--subtype valeter]
// `remove` without --subtype retires the type (kept for history, refused by the API); `add` brings it back.
import { parseArgs } from "node:util";
import { systemContext } from "@/lib/crm/context";
import { listLeadTypes } from "@/lib/crm/dialler/list-lead-types";
import { removeLeadType } from "@/lib/crm/dialler/remove-lead-type";
import { saveLeadType } from "@/lib/crm/dialler/save-lead-type";
import { findTenantByClientId } from "@/lib/crm/tenants/find-tenant";
import { closeDb } from "@/lib/db/client";
import { runScript } from "./run-script";

const USAGE = "Usage: npm run leadtypes -- (list | add | remove) --client-id <slug> [--type <name>] [--subtype <name>]… [--description <text>]";

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "client-id": { type: "string" },
      type: { type: "string" },
      subtype: { type: "string", multiple: true, default: [] },
      description: { type: "string" },
    },
  });
  const command = positionals[0];
  if (!values["client-id"] || !command || !["list", "add", "remove"].includes(command)) throw new Error(USAGE);
  const tenant = await findTenantByClientId(values["client-id"]);
  if (!tenant) throw new Error(`No tenant with clientId ${values["client-id"]}`);
  const ctx = systemContext(tenant.id, "cli");
  if (command === "list") {
    const types = await listLeadTypes(ctx);
    if (types.length === 0) console.log(`${tenant.name} has no lead types.`);
    for (const t of types)
      console.log(
        `${t.name}${t.active ? "" : " (retired)"}: subtypes [${t.subtypes.join(", ")}], ${t.scheduledCalls} call(s) scheduled${t.description ? ` — ${t.description}` : ""}`,
      );
  } else {
    if (!values.type) throw new Error(USAGE);
    if (command === "add") {
      const saved = await saveLeadType(ctx, { name: values.type, description: values.description, subtypes: values.subtype });
      console.log(
        `${saved.created ? "Created" : "Updated"} lead type ${values.type}${values.subtype.length ? ` with subtypes ${values.subtype.join(", ")}` : ""} for ${tenant.name}.`,
      );
    } else {
      if (values.subtype.length > 1) throw new Error("remove takes one --subtype at a time");
      await removeLeadType(ctx, { name: values.type, subtype: values.subtype[0] });
      console.log(values.subtype[0] ? `Removed subtype ${values.subtype[0]} of ${values.type}.` : `Retired lead type ${values.type}.`);
    }
  }
  await closeDb();
});
