import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format-date";
import type { RecentFeedback } from "@/lib/crm/feedback/feedback-dashboard";
import { Stars } from "./stars";

const SENTIMENT_TONE = { positive: "green", negative: "red", neutral: "neutral" } as const;

/** Feedback answers as a list: stars, customer, category, sentiment, the comment and when. */
export function FeedbackComments({ items, empty, testId }: { items: RecentFeedback[]; empty: string; testId?: string }) {
  if (items.length === 0) return <p className="py-6 text-center text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Stars rating={item.rating} />
            <Link
              href={`/customers/${item.customerId}`}
              className="text-sm font-medium text-slate-900 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              {item.customerName}
            </Link>
            {item.category && <Badge>{item.category}</Badge>}
            {item.sentiment && <Badge tone={SENTIMENT_TONE[item.sentiment as keyof typeof SENTIMENT_TONE] ?? "neutral"}>{item.sentiment}</Badge>}
          </div>
          {item.comment ? <p className="mt-1 text-sm text-slate-700">“{item.comment}”</p> : <p className="mt-1 text-sm text-slate-400 italic">No comment</p>}
          <p className="mt-0.5 text-xs text-slate-400">{formatDateTime(item.createdAt)}</p>
        </li>
      ))}
    </ul>
  );
}
