import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/security/password";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, ValidationFailed } from "../errors";
import { SEQ, nextSeq } from "../sequence";
import { isUniqueViolation } from "../unique-violation";
import { userViewSelect, type UserView } from "./user-view";

export const createUserInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(200),
  email: z.string().trim().toLowerCase().pipe(z.email("Invalid email format")),
  password: z.string().min(10, "Password must be at least 10 characters").max(200),
  role: z.enum(["admin", "manager", "rep", "analyst"]).default("rep"),
});
export type CreateUserInput = z.input<typeof createUserInput>;

export async function createUser(ctx: CrmContext, input: CreateUserInput): Promise<UserView> {
  const parsed = createUserInput.safeParse(input);
  if (!parsed.success) {
    throw new ValidationFailed(parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })));
  }
  const { name, email, password, role } = parsed.data;
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const create = db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (taken) throw new Conflict("A user with this email already exists", "email");
    const seq = await nextSeq(tx, ctx.tenantId, SEQ.user);
    const user = await tx.user.create({
      data: { tenantId: ctx.tenantId, seq, name, email, passwordHash, role: role as Role },
      select: userViewSelect,
    });
    await recordAudit(tx, ctx, { action: "user.created", entityType: "user", entityId: user.id, data: { email, role } });
    return user;
  });
  return create.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new Conflict("A user with this email already exists", "email");
    throw error;
  });
}
