import type { Role } from "@/lib/db/generated/enums";

/** The columns of a user that may leave the domain (never the password hash). */
export const userViewSelect = {
  id: true,
  seq: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

export interface UserView {
  id: string;
  seq: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
}
