import type { InteractionRecord } from "@/lib/crm/interactions/interaction-record";
import { Badge } from "../ui/badge";
import { formatDateTime } from "../ui/format-date";
import { INTERACTION_TYPE_LABELS } from "./interaction-type-labels";

type TimelineItem = Pick<InteractionRecord, "id" | "type" | "subject" | "notes" | "outcome" | "occurredAt" | "nextAction" | "nextActionDate" | "workflowKey">;

const TONE = { note: "neutral", purchase: "green", support: "amber" } as const;

/** A lead's or customer's interactions, newest first: type, when, subject, notes, outcome and the next step. */
export function InteractionTimeline({ items, testId = "timeline" }: { items: TimelineItem[]; testId?: string }) {
  return (
    <ol className="space-y-4" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="relative border-l-2 border-slate-200 pl-4">
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <Badge tone={TONE[item.type as keyof typeof TONE] ?? "blue"}>{INTERACTION_TYPE_LABELS[item.type]}</Badge>
            <span>{formatDateTime(item.occurredAt)}</span>
            {item.outcome && <span className="text-slate-600">· {item.outcome}</span>}
            {item.workflowKey && <Badge tone="amber">automated</Badge>}
          </div>
          {item.subject && <p className="mt-1 text-sm font-medium text-slate-900">{item.subject}</p>}
          {item.notes && <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{item.notes}</p>}
          {item.nextAction && (
            <p className="mt-1 text-xs text-slate-500">
              Next: <span className="font-medium text-slate-700">{item.nextAction}</span>
              {item.nextActionDate ? ` by ${formatDateTime(item.nextActionDate)}` : ""}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
