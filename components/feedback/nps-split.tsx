import { NPS_BUCKETS } from "@/lib/crm/feedback/feedback-rules";

const PARTS = [
  { key: "promoters", label: "Promoters", rule: `rated ${NPS_BUCKETS.promoterMin}`, bar: "bg-emerald-500", dot: "bg-emerald-500" },
  { key: "passives", label: "Passives", rule: `rated ${NPS_BUCKETS.passiveMin}`, bar: "bg-slate-300", dot: "bg-slate-300" },
  { key: "detractors", label: "Detractors", rule: `rated 1-${NPS_BUCKETS.passiveMin - 1}`, bar: "bg-red-500", dot: "bg-red-500" },
] as const;

/** Promoters, passives and detractors as one stacked bar with the counts and shares beside it (NPS-style buckets on the 1-5 scale). */
export function NpsSplit({ promoters, passives, detractors }: { promoters: number; passives: number; detractors: number }) {
  const counts = { promoters, passives, detractors };
  const total = promoters + passives + detractors;
  const share = (count: number) => (total ? Math.round((count / total) * 1000) / 10 : 0);
  return (
    <div className="space-y-4" data-testid="nps-split">
      <div className="flex h-4 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden>
        {PARTS.map((part) => (
          <div key={part.key} className={part.bar} style={{ width: `${share(counts[part.key])}%` }} />
        ))}
      </div>
      <dl className="grid grid-cols-3 gap-3">
        {PARTS.map((part) => (
          <div key={part.key}>
            <dt className="flex items-center gap-1.5 text-xs text-slate-500">
              <span className={`h-2.5 w-2.5 rounded-full ${part.dot}`} aria-hidden />
              {part.label}
            </dt>
            <dd className="mt-0.5 text-lg font-semibold text-slate-900 tabular-nums" data-testid={`nps-${part.key}`}>
              {counts[part.key].toLocaleString("en")}
              <span className="ml-1 text-sm font-normal text-slate-500">{share(counts[part.key])}%</span>
            </dd>
            <dd className="text-xs text-slate-400">{part.rule}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
