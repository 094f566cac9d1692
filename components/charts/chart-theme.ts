/** Colours and axis style the CRM's charts share (hex: recharts draws SVG, not Tailwind classes). */
export const CHART_COLORS = {
  brand: "#2563eb",
  teal: "#0d9488",
  violet: "#7c3aed",
  amber: "#d97706",
  green: "#059669",
  red: "#dc2626",
  slate: "#94a3b8",
} as const;

export const AXIS_STYLE = { fontSize: 12, fill: "#64748b" };
export const GRID_STROKE = "#e2e8f0";
