import { databaseResponds } from "./check-database";

export interface ServiceHealth {
  healthy: boolean;
  database: "connected" | "disconnected";
  /** The event outbox lives in the database, so the queue is up when it is. */
  queue: "connected" | "disconnected";
}

export async function serviceHealth(): Promise<ServiceHealth> {
  const up = await databaseResponds();
  const state = up ? "connected" : "disconnected";
  return { healthy: up, database: state, queue: state };
}
