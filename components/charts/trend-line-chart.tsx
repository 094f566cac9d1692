"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_STYLE, CHART_COLORS, GRID_STROKE } from "./chart-theme";

export interface TrendPoint {
  label: string;
  /** null: nothing to measure in that period (drawn as a gap). */
  value: number | null;
  second?: number | null;
}

/** A value over time as a line (gaps where a period has no data), with axes, legend and tooltip. */
export function TrendLineChart({
  data,
  valueName,
  secondName,
  xLabel,
  unit = "",
  domain,
  color = CHART_COLORS.brand,
  secondColor = CHART_COLORS.amber,
}: {
  data: TrendPoint[];
  valueName: string;
  secondName?: string;
  xLabel: string;
  unit?: string;
  domain?: [number, number];
  color?: string;
  secondColor?: string;
}) {
  const format = (value: unknown) =>
    value === null || value === undefined ? "—" : `${Number(value).toLocaleString("en", { maximumFractionDigits: 2 })}${unit}`;
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_STYLE} minTickGap={20} label={{ value: xLabel, position: "insideBottom", offset: -12, ...AXIS_STYLE }} />
        <YAxis yAxisId="left" tick={AXIS_STYLE} width={48} domain={domain ?? ["auto", "auto"]} tickFormatter={format} />
        {secondName && <YAxis yAxisId="right" orientation="right" allowDecimals={false} tick={AXIS_STYLE} width={36} />}
        <Tooltip formatter={(value, name) => [name === secondName ? Number(value).toLocaleString("en") : format(value), name]} />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
        <Line
          yAxisId="left"
          type="monotone"
          dataKey="value"
          name={valueName}
          stroke={color}
          strokeWidth={2}
          dot={data.length <= 26}
          connectNulls={false}
          isAnimationActive={false}
        />
        {secondName && (
          <Line
            yAxisId="right"
            type="monotone"
            dataKey="second"
            name={secondName}
            stroke={secondColor}
            strokeWidth={1.5}
            strokeDasharray="4 3"
            dot={false}
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
