import type { HealthPart } from "@/lib/crm/customers/health-parts";

function formatValue(part: HealthPart): string {
  if (part.value === null) return "none yet";
  if (part.key === "order_trend") return `${part.value > 0 ? "+" : ""}${part.value}%`;
  if (part.key === "feedback") return `${part.value.toFixed(2)} / 5`;
  // "1 ticket", "3 tickets", "1 interaction / 90 days".
  const unit = part.value === 1 ? part.unit.replace(/^(\w+)s\b/, "$1") : part.unit;
  return `${part.value} ${unit}`;
}

/**
 * Every part of the score: what it measures and its rule, its value, and the
 * points it earned of its weight, so anyone sees why. A list rather than a
 * table so it reads as well on a phone; each row names its numbers.
 */
export function HealthPartsTable({ parts }: { parts: HealthPart[] }) {
  const total = parts.reduce((sum, part) => sum + Math.round(part.points * 100), 0) / 100;
  return (
    <div>
      <h3 className="sr-only">Health score parts</h3>
      <ul className="divide-y divide-slate-100 border-y border-slate-100" data-testid="health-parts">
        {parts.map((part) => (
          <li key={part.key} data-part={part.key} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1 py-3">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">{part.label}</p>
              <p className="mt-0.5 max-w-prose text-xs text-slate-500">{part.description}</p>
            </div>
            <dl className="text-right text-sm whitespace-nowrap tabular-nums">
              <dt className="sr-only">Value</dt>
              <dd className="text-slate-700" data-testid={`part-value-${part.key}`}>
                {formatValue(part)}
              </dd>
              <dt className="sr-only">Points of weight</dt>
              <dd className="font-semibold text-slate-900">
                <span data-testid={`part-points-${part.key}`}>{part.points}</span>
                <span className="font-normal text-slate-400">
                  {" of "}
                  <span data-testid={`part-weight-${part.key}`}>{part.weight}</span> pts
                </span>
              </dd>
            </dl>
            <span className="col-span-2 block h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <span className="block h-full rounded-full bg-brand-500" style={{ width: `${(part.points / part.weight) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <p className="flex justify-between pt-2 text-sm font-medium text-slate-700">
        <span>Sum of the points (rounded to the score)</span>
        <span className="tabular-nums" data-testid="health-points-sum">
          {total} of 100
        </span>
      </p>
    </div>
  );
}
