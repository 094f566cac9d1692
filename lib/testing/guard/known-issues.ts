import type { BadCase } from "./bad-cases";
import type { GuardedEndpoint } from "./registry";

interface Known5xx {
  endpoint: RegExp;
  applies(bad: BadCase): boolean;
  why: string;
}

/**
 * 5xx answers the guard knows about and tolerates FOR NOW, each with the work
 * that removes it. Keep this empty: an entry is a bug with a deadline.
 */
export const KNOWN_5XX: readonly Known5xx[] = [
  // (The NUL-byte 500s the guard first found are fixed in lib/http: NUL is refused with a 400.)
];

/** Why a 5xx for this endpoint and case is tolerated, or null when it is a failure. */
export function known5xx(target: GuardedEndpoint, bad: BadCase): string | null {
  return KNOWN_5XX.find((known) => known.endpoint.test(target.name) && known.applies(bad))?.why ?? null;
}
