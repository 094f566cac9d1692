import type { HealthPart } from "@/lib/crm/customers/health-parts";

function formatValue(part: HealthPart): string {
  if (part.value === null) return "none";
  if (part.key === "order_trend") return `${part.value > 0 ? "+" : ""}${part.value}%`;
  if (part.key === "feedback") return `${part.value.toFixed(2)} / 5`;
  return `${part.value} ${part.unit}`;
}

/** Every part of the score: what it measures, its value, its weight and the points it earned, so anyone sees why. */
export function HealthPartsTable({ parts }: { parts: HealthPart[] }) {
  const total = parts.reduce((sum, part) => sum + Math.round(part.points * 100), 0) / 100;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="health-parts">
        <caption className="sr-only">Health score parts</caption>
        <thead className="text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Part
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Value
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Points / weight
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {parts.map((part) => (
            <tr key={part.key} data-part={part.key}>
              <th scope="row" className="py-2.5 pr-3 align-top font-normal">
                <span className="block font-medium text-slate-900">{part.label}</span>
                <span className="block max-w-prose text-xs text-slate-500">{part.description}</span>
                <span className="mt-1.5 block h-1.5 w-full max-w-xs overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                  <span className="block h-full rounded-full bg-brand-500" style={{ width: `${(part.points / part.weight) * 100}%` }} />
                </span>
              </th>
              <td className="px-3 py-2.5 text-right align-top whitespace-nowrap tabular-nums" data-testid={`part-value-${part.key}`}>
                {formatValue(part)}
              </td>
              <td className="px-3 py-2.5 text-right align-top whitespace-nowrap tabular-nums">
                <span data-testid={`part-points-${part.key}`}>{part.points}</span>
                <span className="text-slate-400">
                  {" "}
                  / <span data-testid={`part-weight-${part.key}`}>{part.weight}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-200">
            <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-700">
              Sum (rounded to the score)
            </th>
            <td />
            <td className="px-3 py-2 text-right font-medium whitespace-nowrap tabular-nums">{total} / 100</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
