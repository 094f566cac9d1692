"use client";

import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_STYLE, CHART_COLORS, GRID_STROKE } from "./chart-theme";

export interface CategoryPoint {
  label: string;
  value: number;
  /** A second series drawn beside the first (e.g. converted of all). */
  second?: number;
  /** Overrides the bar's colour (e.g. health bands). */
  color?: string;
}

/**
 * Counts per category as bars, horizontal (long labels: owners, segments)
 * or vertical (weeks, ratings), with axes, a legend and a tooltip.
 */
export function CategoryBarChart({
  data,
  valueName,
  secondName,
  layout = "vertical",
  color = CHART_COLORS.brand,
  secondColor = CHART_COLORS.teal,
  xLabel,
  unit = "",
}: {
  data: CategoryPoint[];
  valueName: string;
  secondName?: string;
  /** "vertical": bars grow sideways, one row per category. */
  layout?: "vertical" | "horizontal";
  color?: string;
  secondColor?: string;
  xLabel?: string;
  unit?: string;
}) {
  const sideways = layout === "vertical";
  const height = sideways ? Math.max(160, data.length * (secondName ? 44 : 34) + 70) : 260;
  const format = (value: unknown) => `${Number(value).toLocaleString("en")}${unit}`;
  // Bars coloured one by one carry their meaning in the labels (or the card's key): a one-colour legend would mislead.
  const legend = !data.some((point) => point.color);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout={layout} margin={{ top: 8, right: 16, bottom: xLabel ? 20 : 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={!sideways} vertical={sideways} stroke={GRID_STROKE} />
        {sideways ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={AXIS_STYLE} tickFormatter={format} />
            <YAxis type="category" dataKey="label" tick={AXIS_STYLE} width={112} interval={0} />
          </>
        ) : (
          <>
            <XAxis
              dataKey="label"
              tick={AXIS_STYLE}
              minTickGap={16}
              label={xLabel ? { value: xLabel, position: "insideBottom", offset: -12, ...AXIS_STYLE } : undefined}
            />
            <YAxis allowDecimals={false} tick={AXIS_STYLE} width={44} tickFormatter={format} />
          </>
        )}
        <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value, name) => [format(value), name]} />
        {legend && <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />}
        <Bar dataKey="value" name={valueName} fill={color} radius={sideways ? [0, 3, 3, 0] : [3, 3, 0, 0]} isAnimationActive={false}>
          {data.map((point) => (
            <Cell key={point.label} fill={point.color ?? color} />
          ))}
        </Bar>
        {secondName && <Bar dataKey="second" name={secondName} fill={secondColor} radius={sideways ? [0, 3, 3, 0] : [3, 3, 0, 0]} isAnimationActive={false} />}
      </BarChart>
    </ResponsiveContainer>
  );
}
