import type { InteractionType } from "@/lib/db/generated/enums";

/** An interaction's writable fields; for changes `undefined` keeps a field, `null` clears it. */
export interface InteractionFields {
  type?: InteractionType;
  subject?: string | null;
  /** Lead interactions' `notes`, customer interactions' `description`. */
  notes?: string | null;
  outcome?: string | null;
  occurredAt?: Date;
  nextAction?: string | null;
  nextActionDate?: Date | null;
}

export interface NewInteraction extends InteractionFields {
  type: InteractionType;
}

/** Interactions that are a contact with the person (a note is internal, a workflow task is only planned). */
export const CONTACT_TYPES: readonly InteractionType[] = ["call", "email", "meeting", "support", "purchase"];
