import type { Actor } from "./context";

/**
 * How an actor is named in event payloads (`updated_by`): the gateway seed
 * writes "user_789", so a user is "user_<uuid>"; keys, tokens and jobs follow
 * the same shape ("api_key_<uuid>", "jwt_<sub>", "system_<job>").
 */
export function actorRef(actor: Actor): string {
  return `${actor.type}_${actor.id}`;
}
