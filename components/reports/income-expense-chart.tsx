"use client";

import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { centsToDecimal } from "@/components/ui/cents";
import { formatMoney } from "@/components/ui/format-money";

export interface MonthPoint {
  label: string;
  /** Whole cents (integers are exact in the browser). */
  income: number;
  expenses: number;
  profit: number;
  highlighted: boolean;
}

const COLORS = { income: "#10b981", expenses: "#f59e0b" } as const;

/** Income and expense bars per month with the profit line over them. */
export function IncomeExpenseChart({ points, title, currency }: { points: MonthPoint[]; title: string; currency: string }) {
  const money = (cents: number) => formatMoney(centsToDecimal(cents), currency, { cents: true });
  // Whole units on the axis: round to the unit in integer cents first.
  const axisMoney = (cents: number) => formatMoney(centsToDecimal(Math.round(cents / 100) * 100), currency);
  const anyHighlighted = points.some((p) => p.highlighted);
  return (
    <figure aria-label={title} className="h-72 w-full sm:h-80" data-testid="financial-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} interval="preserveStartEnd" minTickGap={4} tickMargin={6} />
          <YAxis tickFormatter={axisMoney} tickLine={false} axisLine={false} fontSize={12} width={72} />
          <Tooltip formatter={(value) => money(Number(value))} cursor={{ fill: "#f1f5f9" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {(["income", "expenses"] as const).map((key) => (
            <Bar key={key} dataKey={key} name={key === "income" ? "Income" : "Expenses"} fill={COLORS[key]} radius={[3, 3, 0, 0]} isAnimationActive={false}>
              {points.map((point) => (
                // A chosen month stands out; the others fade.
                <Cell key={point.label} fillOpacity={anyHighlighted && !point.highlighted ? 0.35 : 1} />
              ))}
            </Bar>
          ))}
          <Line dataKey="profit" name="Profit" type="monotone" stroke="#1d4ed8" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
