import { PermissionDenied } from "@/lib/auth/current-user";
import { ZodError } from "zod";
import { Conflict, DomainError, ValidationFailed } from "@/lib/crm/errors";

/** What a server action answers: data, or a message (and field messages) a form can show. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; fields?: Record<string, string> };

/** Runs an action's work and turns the domain's named errors into results; anything else is logged, never shown. */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof ValidationFailed) {
      return { ok: false, message: error.message, fields: Object.fromEntries(error.fields.map((f) => [f.field, f.message])) };
    }
    // A form's schema parsed again on the server: the same field messages the browser would have shown.
    if (error instanceof ZodError) {
      return {
        ok: false,
        message: "Please correct the highlighted fields.",
        fields: Object.fromEntries(error.issues.map((i) => [i.path.join("."), i.message])),
      };
    }
    if (error instanceof DomainError || error instanceof PermissionDenied) {
      // A conflict on one field (an email already taken) is shown beside that field.
      const field = error instanceof Conflict ? error.field : undefined;
      return { ok: false, message: error.message, ...(field ? { fields: { [field]: error.message } } : {}) };
    }
    // redirect() and notFound() signal by throwing; let Next handle them.
    if (isNextSignal(error)) throw error;
    console.error("server action failed", error);
    return { ok: false, message: "Something went wrong. Please try again." };
  }
}

function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
