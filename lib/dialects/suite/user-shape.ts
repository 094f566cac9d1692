import { z } from "zod";
import type { UserView } from "@/lib/crm/users/user-view";
import type { Role } from "@/lib/db/generated/enums";

/** The suite's role words and ours; extra words accepted on the way in. */
export const ROLE_WORDS = { administrator: "admin", manager: "manager", staff: "rep", analyst: "analyst" } as const satisfies Record<string, Role>;
export const ROLE_ALIASES: Record<string, Role> = { ...ROLE_WORDS, admin: "admin", rep: "rep", sales: "rep", user: "rep", employee: "rep" };
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

export const toSuiteUser = (u: UserView): z.infer<typeof suiteUser> => ({
  id: u.seq,
  name: u.name,
  email: u.email,
  role: toWord(u.role),
  active: u.active,
  last_login_at: u.lastLoginAt?.toISOString() ?? null,
  created_at: u.createdAt.toISOString(),
});
