import { getDb } from "@/lib/db/client";

/** Records use; called off the request path, at most about once a minute per key. */
export async function touchApiKey(id: string, at = new Date()): Promise<void> {
  const db = await getDb();
  await db.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
}
