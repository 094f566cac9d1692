import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Plan } from "@/lib/db/generated/enums";
import { seal } from "@/lib/security/secret-box";
import { Conflict, ValidationFailed } from "../errors";

export const createTenantInput = z.object({
  clientId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lower-case letters, digits and dashes, 2-63 characters"),
  name: z.string().trim().min(1).max(200),
  plan: z.enum(["trial", "starter", "professional", "enterprise"]).default("trial"),
  monthlyCallLimit: z.number().int().min(0).default(100),
  allowedDomains: z.array(z.string().trim().toLowerCase().min(1)).default([]),
  features: z.array(z.string()).default(["call", "mute", "hold", "dtmf"]),
  telephony: z.object({ token: z.string().min(1), userId: z.string().min(1) }).optional(),
});
export type CreateTenantInput = z.input<typeof createTenantInput>;

export interface CreatedTenant {
  id: string;
  clientId: string;
  name: string;
  plan: Plan;
}

/**
 * A tenant with the records every tenant starts with: a default money
 * account, income/expense categories and a support department, so the suite
 * seed's examples (account_id 1, category_id 1, department_id 1) work.
 */
export async function createTenant(input: CreateTenantInput): Promise<CreatedTenant> {
  const parsed = createTenantInput.safeParse(input);
  if (!parsed.success) {
    throw new ValidationFailed(parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })));
  }
  const data = parsed.data;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.tenant.findUnique({ where: { clientId: data.clientId }, select: { id: true } });
    if (existing) throw new Conflict(`A tenant with clientId "${data.clientId}" already exists`, "clientId");
    const tenant = await tx.tenant.create({
      data: {
        clientId: data.clientId,
        name: data.name,
        plan: data.plan,
        monthlyCallLimit: data.monthlyCallLimit,
        allowedDomains: data.allowedDomains,
        features: data.features,
        telephonyTokenEnc: data.telephony ? seal(data.telephony.token) : null,
        telephonyUserIdEnc: data.telephony ? seal(data.telephony.userId) : null,
      },
      select: { id: true, clientId: true, name: true, plan: true },
    });
    const tenantId = tenant.id;
    await tx.account.create({ data: { tenantId, seq: 1, name: "Main account", kind: "bank" } });
    await tx.category.createMany({
      data: [
        { tenantId, seq: 1, name: "Sales", type: "income" },
        { tenantId, seq: 2, name: "Services", type: "income" },
        { tenantId, seq: 3, name: "Operating expenses", type: "expense" },
        { tenantId, seq: 4, name: "Salaries", type: "expense" },
      ],
    });
    await tx.department.createMany({
      data: [
        { tenantId, seq: 1, name: "Support" },
        { tenantId, seq: 2, name: "Billing" },
        { tenantId, seq: 3, name: "Sales" },
      ],
    });
    await tx.tenantCounter.createMany({
      data: [
        { tenantId, name: "account", value: 1 },
        { tenantId, name: "category", value: 4 },
        { tenantId, name: "department", value: 3 },
      ],
    });
    return tenant;
  });
}
