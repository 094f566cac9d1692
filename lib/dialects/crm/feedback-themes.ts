import { z } from "zod";
import { summarizeFeedbackThemes, type FeedbackTheme } from "@/lib/crm/feedback/feedback-theme-summary";
import { defineEndpoint } from "@/lib/http/endpoint";
import { dateRangeQuery, toDateRange } from "./date-range";
import { crm } from "./dialect";

export const crmFeedbackTheme = z.object({
  theme: z.string(),
  mentions: z.number().int(),
  average_sentiment: z.number().nullable(),
  sentiment: z.enum(["positive", "neutral", "negative"]),
  average_rating: z.number(),
  example: z.string().nullable(),
});

export function toCrmFeedbackTheme(theme: FeedbackTheme): z.infer<typeof crmFeedbackTheme> {
  return {
    theme: theme.theme,
    mentions: theme.mentions,
    average_sentiment: theme.averageSentiment,
    sentiment: theme.sentiment,
    average_rating: theme.averageRating,
    example: theme.example,
  };
}

export const getCrmFeedbackThemes = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/feedback/themes",
  summary: "Get feedback themes",
  description:
    "Recurring topics across feedback comments, most mentioned first: each with how many responses mention it, their average sentiment (-1..1, wink-nlp, offline) and label, average rating, and the latest comment as an example. " +
    "Themes are the nouns of each comment (lemmatised; stop words, generic words and people's names dropped), extracted when the feedback is recorded; this aggregates them in SQL. " +
    "`min_mentions` (default 2) keeps recurring topics only; `limit` (default 20, max 100); optional `date_from`/`date_to`.",
  auth: "tenant",
  scope: "read:customers",
  query: z.object({
    ...dateRangeQuery,
    min_mentions: z.coerce.number().int().min(1).max(1000).default(2),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  }),
  response: z.object({ responses_with_comments: z.number().int(), themes: z.array(crmFeedbackTheme) }),
  async handler({ ctx, query }) {
    const summary = await summarizeFeedbackThemes(ctx, { ...toDateRange(query), minMentions: query.min_mentions, limit: query.limit });
    return { responses_with_comments: summary.responsesWithComments, themes: summary.themes.map(toCrmFeedbackTheme) };
  },
});
