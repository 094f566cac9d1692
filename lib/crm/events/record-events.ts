import type { Prisma } from "@/lib/db/client";
import { insertUnnest } from "../bulk/insert-unnest";
import { uuidV7 } from "../uuid-v7";
import { eventEnvelope, type EventType } from "./record-event";

/**
 * recordEvent for many events of one type at once (imports): the same outbox
 * rows, in the caller's transaction, written by one statement.
 */
export async function recordEvents(
  tx: Prisma.TransactionClient,
  tenantId: string,
  type: EventType,
  data: readonly Prisma.InputJsonObject[],
  occurredAt = new Date(),
): Promise<void> {
  const at = occurredAt.getTime();
  const rows = data.map((d) => ({ id: uuidV7(at), payload: JSON.stringify(eventEnvelope(type, d, occurredAt)) }));
  await insertUnnest(
    tx,
    "OutboxEvent",
    [
      { name: "id", type: "uuid", value: (r) => r.id },
      { name: "tenantId", type: "uuid", value: () => tenantId },
      { name: "type", type: "text", value: () => type },
      { name: "payload", type: "jsonb", value: (r) => r.payload },
      { name: "occurredAt", type: "timestamp", value: () => occurredAt },
    ],
    rows,
  );
}
