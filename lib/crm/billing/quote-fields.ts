import type { QuoteStatus } from "@/lib/db/generated/enums";
import type { DocumentItemInput } from "./document-items";

export interface QuoteFields {
  customer?: { seq: number } | { id: string };
  /** `YYYY-MM-DD`. */
  validUntil?: string | null;
  items?: DocumentItemInput[];
  notes?: string | null;
  status?: QuoteStatus;
}

export interface NewQuote extends QuoteFields {
  customer: { seq: number } | { id: string };
  items: DocumentItemInput[];
}
