import { describe, expect, it } from "vitest";
import type { CrmContext } from "@/lib/crm/context";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { Forbidden, ValidationFailed } from "@/lib/crm/errors";
import { createUser } from "@/lib/crm/users/create-user";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { createTicket } from "./create-ticket";
import { newTicketForm } from "./ticket-schema";

async function setup() {
  const t = await createTestTenant();
  const as = async (role: "manager" | "rep" | "analyst", n = 1): Promise<CrmContext> => {
    const user = await createUser(t.ctx, { name: `${role} ${n}`, email: `${role}${n}-${t.clientId}@example.com`, password: "a-long-password-1", role });
    return { tenantId: t.id, actor: { type: "user", id: user.id, role } };
  };
  const [manager, rep, otherRep, analyst] = [await as("manager"), await as("rep"), await as("rep", 2), await as("analyst")];
  const mine = await createCustomer(t.ctx, { name: "Mine Ltd", assignedToId: rep.actor.id });
  const unassigned = await createCustomer(t.ctx, { name: "Nobody's Ltd" });
  const theirs = await createCustomer(t.ctx, { name: "Theirs Ltd", assignedToId: otherRep.actor.id });
  return { t, manager, rep, analyst, mine, unassigned, theirs };
}

const fieldsOf = (error: unknown) => (error as ValidationFailed).fields.map((f) => f.field);

describe("createTicket from the pages (customer by UUID, rep scope)", () => {
  it("reps open tickets for their own and unassigned customers; another rep's reads as missing; analysts cannot", async () => {
    const { rep, analyst, mine, unassigned, theirs } = await setup();
    const ticket = await createTicket(rep, { customerId: mine.id, subject: "Printer", message: "It jams", priority: "high", departmentSeq: 1 });
    expect(ticket.customer?.id).toBe(mine.id);
    expect(ticket).toMatchObject({ status: "open", priority: "high", department: { seq: 1 } });
    expect((await createTicket(rep, { customerId: unassigned.id, subject: "Hi", message: "Hello" })).customer?.id).toBe(unassigned.id);
    expect((await createTicket(rep, { customerId: null, subject: "No customer", message: "Walk-in" })).customer).toBeNull();
    const refused = await createTicket(rep, { customerId: theirs.id, subject: "Nope", message: "Not mine" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationFailed);
    expect(fieldsOf(refused)).toEqual(["customer_id"]);
    await expect(createTicket(analyst, { customerId: mine.id, subject: "x", message: "y" })).rejects.toBeInstanceOf(Forbidden);
  });

  it("managers and API keys reach every customer of the tenant, by UUID or number; a bad UUID or department is a field error", async () => {
    const { t, manager, theirs } = await setup();
    expect((await createTicket(manager, { customerId: theirs.id, subject: "a", message: "b" })).customer?.id).toBe(theirs.id);
    expect((await createTicket(t.ctx, { customerSeq: theirs.seq, subject: "a", message: "b" })).customer?.id).toBe(theirs.id);
    const other = await createTestTenant();
    const foreign = await createCustomer(other.ctx, { name: "Elsewhere" });
    const refused = await createTicket(manager, { customerId: foreign.id, departmentSeq: 99, subject: "a", message: "b" }).catch((e: unknown) => e);
    expect(fieldsOf(refused).sort()).toEqual(["customer_id", "department_id"]);
    expect(fieldsOf(await createTicket(manager, { customerId: "not-a-uuid", subject: "a", message: "b" }).catch((e: unknown) => e))).toEqual(["customer_id"]);
  });

  it("the page's form schema: subject and message required, customer optional", () => {
    const base = { customerId: "", customerName: "", subject: " ", message: "", departmentSeq: "", priority: "medium" };
    const result = newTicketForm.safeParse(base);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["subject", "Subject is required"],
      ["message", "Message is required"],
    ]);
    expect(newTicketForm.safeParse({ ...base, subject: "Help", message: "Please" }).success).toBe(true);
  });
});
