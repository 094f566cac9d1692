"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDuration } from "@/components/ui/format-duration";

const BLUE = "#2563eb";
const TEAL = "#0d9488";
const AXIS = { fontSize: 12, fill: "#64748b" };
const HEIGHT = 240;

export interface CountPoint {
  label: string;
  calls: number;
}

/** Calls per label as bars (hour of day, weekday, duration bucket). */
export function CountBarChart({ data, xLabel, yLabel = "Calls", color = BLUE }: { data: CountPoint[]; xLabel: string; yLabel?: string; color?: string }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 20, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis
          dataKey="label"
          tick={AXIS}
          interval={data.length > 12 ? "preserveStartEnd" : 0}
          label={{ value: xLabel, position: "insideBottom", offset: -12, ...AXIS }}
        />
        <YAxis allowDecimals={false} tick={AXIS} width={44} label={{ value: yLabel, angle: -90, position: "insideLeft", offset: 10, ...AXIS }} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [value, yLabel]} />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="calls" name={yLabel} fill={color} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Calls per day of the period as a line (days without calls at zero). */
export function CallsPerDayChart({ data }: { data: CountPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 20, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={AXIS} minTickGap={24} label={{ value: "Day (UTC)", position: "insideBottom", offset: -12, ...AXIS }} />
        <YAxis allowDecimals={false} tick={AXIS} width={44} label={{ value: "Calls", angle: -90, position: "insideLeft", offset: 10, ...AXIS }} />
        <Tooltip formatter={(value) => [value, "Calls"]} />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
        <Line type="monotone" dataKey="calls" name="Calls per day" stroke={BLUE} strokeWidth={2} dot={data.length <= 31} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export interface TopCustomerPoint {
  name: string;
  calls: number;
  /** Seconds. */
  talkTime: number;
}

/** The customers with the most calls: calls as bars, talk time (m:ss) in the tooltip. */
export function TopCustomersChart({ data }: { data: TopCustomerPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 34 + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" allowDecimals={false} tick={AXIS} label={{ value: "Calls", position: "insideBottom", offset: -12, ...AXIS }} />
        <YAxis type="category" dataKey="name" tick={AXIS} width={120} />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          formatter={(value, _name, item) => [`${value} calls, ${formatDuration((item.payload as TopCustomerPoint).talkTime)} talk time`, "Calls"]}
        />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="calls" name="Calls" fill={TEAL} radius={[0, 3, 3, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
