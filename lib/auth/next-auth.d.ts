import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/db/generated/enums";

// What our session and token carry beyond next-auth's defaults.
declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role; tenantId: string };
  }
  interface User {
    id: string;
    role: Role;
    tenantId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    tenantId?: string;
  }
}
