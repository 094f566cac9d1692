import { createCustomer } from "@/lib/crm/customers/create-customer";
import type { TestTenant } from "@/lib/testing/test-tenant";

/** Test fixtures for the suite's tests: customers made through the one createCustomer. */
export async function addSuiteCustomer(tenant: TestTenant, name: string): Promise<number> {
  const customer = await createCustomer(tenant.ctx, {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, ".")}.${Math.random().toString(36).slice(2, 7)}@example.com`,
  });
  return customer.seq;
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
