"use server";

import { z } from "zod";
import { respondWithToken } from "@/lib/crm/feedback/respond-with-token";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const answerSchema = z.object({
  rating: z.coerce.number().int().min(1, "Please choose a rating from 1 to 5").max(5, "Please choose a rating from 1 to 5"),
  comment: z.string().max(5000, "Please keep your comment under 5000 characters").optional(),
  category: z.enum(["product", "support", "delivery", "billing", "other"]).optional(),
});

export type FeedbackFormState = ActionResult<{ rating: number }> | null;

/** The public page's submit: no session; the token in the link is the only credential, and it works once. */
export async function submitFeedback(token: string, _previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  const parsed = answerSchema.safeParse({
    rating: form.get("rating") ?? undefined,
    comment: (form.get("comment") as string | null) || undefined,
    category: (form.get("category") as string | null) || undefined,
  });
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message]));
    return { ok: false, message: Object.values(fields)[0] ?? "Please check your answer", fields };
  }
  return runAction(async () => {
    const response = await respondWithToken(token, parsed.data);
    return { rating: response.rating };
  });
}
