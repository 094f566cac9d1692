import { z } from "zod";
import { createUser } from "@/lib/crm/users/create-user";
import { listUsers } from "@/lib/crm/users/list-users";
import type { UserView } from "@/lib/crm/users/user-view";
import type { Role } from "@/lib/db/generated/enums";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope, listEnvelope, pageFields, toPageMeta } from "./paging";

/** The suite's role words and ours; extra words accepted on the way in. */
const ROLE_WORDS = { administrator: "admin", manager: "manager", staff: "rep", analyst: "analyst" } as const satisfies Record<string, Role>;
const ROLE_ALIASES: Record<string, Role> = { ...ROLE_WORDS, admin: "admin", rep: "rep", sales: "rep", user: "rep", employee: "rep" };
type RoleWord = keyof typeof ROLE_WORDS;
const toWord = (role: Role) => (Object.entries(ROLE_WORDS).find(([, r]) => r === role)?.[0] ?? "staff") as RoleWord;

export const suiteUser = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["administrator", "manager", "staff", "analyst"]),
  active: z.boolean(),
  last_login_at: z.string().nullable(),
  created_at: z.string(),
});

const toSuiteUser = (u: UserView): z.infer<typeof suiteUser> => ({
  id: u.seq,
  name: u.name,
  email: u.email,
  role: toWord(u.role),
  active: u.active,
  last_login_at: u.lastLoginAt?.toISOString() ?? null,
  created_at: u.createdAt.toISOString(),
});

export const listSuiteUsers = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/users",
  summary: "List users",
  description:
    "The workspace's users (never a password or its hash). Needs a key with the manage:users scope (403 otherwise). Roles in the suite's words: administrator, manager, staff, analyst.",
  auth: "tenant",
  scope: "manage:users",
  query: z.object(pageFields),
  response: listEnvelope(suiteUser),
  async handler({ ctx, query }) {
    const users = await listUsers(ctx);
    const start = (query.page - 1) * query.limit;
    return { success: true as const, data: users.slice(start, start + query.limit).map(toSuiteUser), meta: toPageMeta(query.page, query.limit, users.length) };
  },
});

export const createSuiteUser = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/users",
  summary: "Create user",
  description:
    "201. Needs the manage:users scope (403 otherwise). The password (10-200 characters) is stored with the app's slow hash and never returned. `role`: administrator, manager, staff (default) or analyst (also admin, rep, sales). An email already in use answers 409 with `errors.email`.",
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
