import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { decodeCursor, encodeCursor } from "../keyset-cursor";
import { assertOwner } from "./assert-owner";
import { interactionRecordSelect, type InteractionOwner, type InteractionRecord } from "./interaction-record";

export interface InteractionPage {
  interactions: InteractionRecord[];
  nextCursor: string | null;
}

/** One lead's or customer's interactions, most recent first (by when they happened), by keyset. */
export async function listInteractions(ctx: CrmContext, owner: InteractionOwner, page: { limit: number; cursor?: string }): Promise<InteractionPage> {
  const db = await getDb();
  await assertOwner(db, ctx, owner);
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const rows = await db.interaction.findMany({
    where: {
      tenantId: ctx.tenantId,
      ...owner,
      ...(after ? { OR: [{ occurredAt: { lt: after.createdAt } }, { occurredAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: page.limit + 1,
    select: interactionRecordSelect,
  });
  const interactions = rows.slice(0, page.limit);
  const last = interactions.at(-1);
  return { interactions, nextCursor: rows.length > page.limit && last ? encodeCursor({ createdAt: last.occurredAt, id: last.id }) : null };
}
