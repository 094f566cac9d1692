import type { Role } from "@/lib/db/generated/enums";

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  tenantId: string;
  tenantName: string;
  clientId: string;
}

export const signedInSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  tenantId: true,
  tenant: { select: { name: true, clientId: true } },
} as const;

export function toSignedIn(user: {
  id: string;
  name: string;
  email: string;
  role: Role;
  tenantId: string;
  tenant: { name: string; clientId: string };
}): SignedInUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    tenantId: user.tenantId,
    tenantName: user.tenant.name,
    clientId: user.tenant.clientId,
  };
}
