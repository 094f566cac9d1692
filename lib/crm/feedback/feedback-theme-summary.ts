import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { rangeSql, type TimeRange } from "../time-range";

export interface FeedbackTheme {
  theme: string;
  /** Responses whose comment mentions it. */
  mentions: number;
  /** Mean wink-nlp sentiment (-1..1) of those comments. */
  averageSentiment: number | null;
  sentiment: "positive" | "neutral" | "negative";
  averageRating: number;
  /** The most recent comment mentioning it. */
  example: string | null;
}

/**
 * Recurring topics across comments. Each response's themes are extracted
 * offline when it is recorded (wink-nlp nouns, `extractThemes`) and stored
 * with its sentiment; this aggregates them in SQL (unnest + GROUP BY).
 */
export async function summarizeFeedbackThemes(
  ctx: CrmContext,
  options: TimeRange & { minMentions?: number; limit?: number } = {},
): Promise<{ responsesWithComments: number; themes: FeedbackTheme[] }> {
  const db = await getDb();
  const range = rangeSql(`r."createdAt"`, options);
  const rows = await db.$queryRaw<Omit<FeedbackTheme, "sentiment">[]>`
    SELECT theme, count(*)::int AS mentions,
      round(avg(r."sentimentScore")::numeric, 3)::float8 AS "averageSentiment",
      round(avg(r.rating)::numeric, 2)::float8 AS "averageRating",
      (array_agg(r.comment ORDER BY r."createdAt" DESC))[1] AS example
    FROM "FeedbackResponse" r, unnest(r.themes) AS theme
    WHERE r."tenantId" = ${ctx.tenantId}::uuid ${range}
    GROUP BY theme
    HAVING count(*) >= ${options.minMentions ?? 2}
    ORDER BY count(*) DESC, theme
    LIMIT ${options.limit ?? 20}`;
  const [counted] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "FeedbackResponse" r WHERE r."tenantId" = ${ctx.tenantId}::uuid AND r.comment IS NOT NULL ${range}`;
  return {
    responsesWithComments: counted?.n ?? 0,
    themes: rows.map((row) => ({
      ...row,
      sentiment: row.averageSentiment === null || Math.abs(row.averageSentiment) <= 0.05 ? "neutral" : row.averageSentiment > 0 ? "positive" : "negative",
    })),
  };
}
