import { z } from "zod";
import { createUser } from "@/lib/crm/users/create-user";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { ROLE_ALIASES, ROLE_WORDS, suiteUser, toSuiteUser } from "./user-shape";

export const createSuiteUser = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/users",
  summary: "Create user",
  description:
    "201. Needs the manage:users scope (403 otherwise). The password (10-200 characters) is stored with the app's slow hash and never returned. `role`: administrator, manager, staff (default) or analyst (also admin, rep, sales). An email already in use answers 409 with `errors.email`.",
  conflict: "An account with this email already exists.",
  auth: "tenant",
  scope: "manage:users",
  body: z.object({
    name: z.string({ error: "Name is required" }).trim().min(1, "Name is required").max(200),
    email: z.string({ error: "Email is required" }).trim().pipe(z.email("Invalid email format")),
    password: z.string({ error: "Password is required" }).min(10, "Password must be at least 10 characters").max(200),
    role: z
      .string()
      .transform((value, ctx) => {
        const role = ROLE_ALIASES[value.trim().toLowerCase()];
        if (!role) {
          ctx.addIssue({ code: "custom", message: `Role must be one of: ${Object.keys(ROLE_WORDS).join(", ")}` });
          return z.NEVER;
        }
        return role;
      })
      .optional(),
  }),
  response: itemEnvelope(suiteUser),
  status: 201,
  async handler({ ctx, body }) {
    const user = await createUser(ctx, { name: body.name, email: body.email, password: body.password, role: body.role ?? "rep" });
    return { success: true as const, data: toSuiteUser(user) };
  },
});
