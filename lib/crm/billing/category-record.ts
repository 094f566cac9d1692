import type { TransactionType } from "@/lib/db/generated/enums";

export const categoryRecordSelect = { id: true, seq: true, name: true, type: true, createdAt: true } as const;
export interface CategoryRecord {
  id: string;
  seq: number;
  name: string;
  type: TransactionType;
  createdAt: Date;
}
