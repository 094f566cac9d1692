import type { z } from "zod";
import type { FieldError } from "@/lib/crm/errors";

/** Zod issues as field errors: the dotted path and the message. */
export function fieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return { field: [prefix, path].filter(Boolean).join(".") || (prefix ?? "body"), message: issue.message };
  });
}
