import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

export interface DepartmentRecord {
  seq: number;
  name: string;
  email: string | null;
  createdAt: Date;
}

/** The tenant's departments by number (every tenant starts with Support, Billing and Sales). */
export async function listDepartments(ctx: CrmContext, page: { page: number; limit: number }): Promise<{ departments: DepartmentRecord[]; total: number }> {
  const db = await getDb();
  const where = { tenantId: ctx.tenantId };
  const [departments, total] = await Promise.all([
    db.department.findMany({
      where,
      orderBy: { seq: "asc" },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
      select: { seq: true, name: true, email: true, createdAt: true },
    }),
    db.department.count({ where }),
  ]);
  return { departments, total };
}
