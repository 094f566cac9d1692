import { z } from "zod";
import { saveExternalCustomer } from "@/lib/crm/customers/save-external-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbonCustomerFields } from "./customer-shape";
import { ribbon } from "./dialect";

export const saveRibbonCustomer = defineEndpoint({
  dialect: ribbon,
  method: "POST",
  path: "/api/ribbon/customer",
  summary: "Save/update customer",
  description:
    "Creates the client's customer with this `customerId`, or updates it: only the fields sent change (`createdAt` stays), `tags` replace the stored ones, `customFields` are merged key by key into the stored ones. A new customer without `name` is named by its `customerId`. 409 when the email belongs to another customer of the client.",
  auth: "tenant",
  credentials: [{ in: "body", name: "apiKey" }],
  scope: "write:customers",
  conflict: "Another customer of the client has this email.",
  body: z.object({
    apiKey: z.string().min(1),
    customerData: z.object(
      {
        customerId: z
          .union([z.string(), z.number()], { error: "customerId is required" })
          .transform((v) => String(v).trim())
          .pipe(z.string().min(1, "customerId is required").max(200)),
        ...ribbonCustomerFields,
      },
      { error: "customerData is required" },
    ),
  }),
  response: z.object({ success: z.literal(true), customerId: z.string(), message: z.string() }),
  async handler({ ctx, body }) {
    const data = body.customerData;
    await saveExternalCustomer(ctx, {
      customerId: data.customerId,
      name: data.name,
      email: data.email === "" ? null : data.email,
      phone: data.phone,
      company: data.company,
      tags: data.tags,
      customFields: data.customFields,
    });
    return { success: true as const, customerId: data.customerId, message: "Customer information saved" };
  },
});
