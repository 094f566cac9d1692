export const accountRecordSelect = { id: true, seq: true, name: true, kind: true, currency: true, createdAt: true } as const;
export interface AccountRecord {
  id: string;
  seq: number;
  name: string;
  kind: string;
  currency: string;
  createdAt: Date;
}
