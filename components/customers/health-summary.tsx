import type { HealthPart } from "@/lib/crm/customers/health-parts";

/** Where the score loses its points, biggest loss first: the "why" in one glance before the full table. */
export function HealthSummary({ parts }: { parts: HealthPart[] }) {
  const losses = parts
    .map((part) => ({ part, lost: Math.round((part.weight - part.points) * 100) / 100 }))
    .filter((entry) => entry.lost > 0)
    .sort((a, b) => b.lost - a.lost);
  if (losses.length === 0)
    return (
      <p className="text-sm text-slate-600">Full points on every part: recent, frequent contact, growing orders, happy feedback, nothing open or overdue.</p>
    );
  return (
    <div className="text-sm text-slate-600">
      <p className="font-medium text-slate-900">Where points are lost</p>
      <ul className="mt-1 space-y-0.5" data-testid="health-losses">
        {losses.slice(0, 3).map(({ part, lost }) => (
          <li key={part.key} className="flex justify-between gap-3">
            <span>{part.label}</span>
            <span className="text-red-700 tabular-nums">−{lost}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
