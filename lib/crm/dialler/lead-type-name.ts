import { z } from "zod";
import { ValidationFailed } from "../errors";

/** What partners send as `type`/`subtype` in /lead/add and /lead/cancel: letters, digits, space, . _ -; up to 100. */
const NAME = /^[\w][\w .-]{0,99}$/;

export const LEAD_TYPE_NAME_RULE = "letters, digits, space, . _ -; up to 100";

/** The form schema for a type or subtype name (the settings page uses the same rule as the domain). */
export const leadTypeName = z.string().trim().min(1, "Enter a name").regex(NAME, `Use ${LEAD_TYPE_NAME_RULE}`);

export function assertLeadTypeNames(names: string[], field = "name"): void {
  const bad = names.find((n) => !NAME.test(n));
  if (bad !== undefined) throw new ValidationFailed([{ field, message: `"${bad}" is not a valid type name (${LEAD_TYPE_NAME_RULE})` }]);
}
