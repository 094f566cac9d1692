/**
 * Customer health: a 0-100 score made of named parts, each with a weight and
 * a step table that turns the part's value into a share of that weight. The
 * tables are data so the same rules run here (one customer, explained part by
 * part) and in SQL (`healthScoreSql`, for segments and reports over many
 * customers): one definition, two evaluators, tested to agree.
 */

export type HealthPartKey = "recency" | "frequency" | "order_trend" | "feedback" | "open_tickets" | "overdue_invoices";

export interface HealthPartRule {
  key: HealthPartKey;
  label: string;
  /** What the value measures, for the API docs and the page. */
  description: string;
  unit: string;
  /** Points at most; the weights add up to 100. */
  weight: number;
  /** "lower": a step [bound, share] applies when value <= bound; "higher": when value >= bound. First match wins. */
  better: "lower" | "higher";
  steps: readonly (readonly [bound: number, share: number])[];
  /** Share when no step matches. */
  otherwise: number;
  /** Share when there is no value (never contacted, no orders, no feedback). */
  missing: number;
}

export const HEALTH_PARTS: readonly HealthPartRule[] = [
  {
    key: "recency",
    label: "Recency of the last interaction",
    description:
      "Days since the customer's last interaction (call, email, meeting, support…). ≤14 days: full points, ≤30: 75%, ≤60: 50%, ≤90: 25%, older or never: 0.",
    unit: "days",
    weight: 25,
    better: "lower",
    steps: [
      [14, 1],
      [30, 0.75],
      [60, 0.5],
      [90, 0.25],
    ],
    otherwise: 0,
    missing: 0,
  },
  {
    key: "frequency",
    label: "Interaction frequency",
    description: "Interactions in the last 90 days. ≥6: full points, ≥3: 66%, ≥1: 33%, none: 0.",
    unit: "interactions / 90 days",
    weight: 15,
    better: "higher",
    steps: [
      [6, 1],
      [3, 0.66],
      [1, 0.33],
    ],
    otherwise: 0,
    missing: 0,
  },
  {
    key: "order_trend",
    label: "Order value trend",
    description:
      "Change in order value (cancelled orders excluded) of the last 90 days against the 90 days before, in percent (+100 when there was nothing before). ≥+10%: full points, ≥-10%: 75%, ≥-50%: 40%, a steeper fall: 10%; no orders in either period: 30%.",
    unit: "%",
    weight: 20,
    better: "higher",
    steps: [
      [10, 1],
      [-10, 0.75],
      [-50, 0.4],
    ],
    otherwise: 0.1,
    missing: 0.3,
  },
  {
    key: "feedback",
    label: "Average feedback rating",
    description: "Average rating (1-5) of the customer's feedback responses. ≥4.5: full points, ≥4: 80%, ≥3: 50%, ≥2: 20%, lower: 0; no feedback yet: 60%.",
    unit: "rating 1-5",
    weight: 15,
    better: "higher",
    steps: [
      [4.5, 1],
      [4, 0.8],
      [3, 0.5],
      [2, 0.2],
    ],
    otherwise: 0,
    missing: 0.6,
  },
  {
    key: "open_tickets",
    label: "Open support tickets",
    description: "Tickets open or pending. None: full points, 1: 60%, 2: 30%, more: 0.",
    unit: "tickets",
    weight: 15,
    better: "lower",
    steps: [
      [0, 1],
      [1, 0.6],
      [2, 0.3],
    ],
    otherwise: 0,
    missing: 1,
  },
  {
    key: "overdue_invoices",
    label: "Overdue invoices",
    description: "Unpaid or partially paid invoices past their due date. None: full points, 1: 40%, more: 0.",
    unit: "invoices",
    weight: 10,
    better: "lower",
    steps: [
      [0, 1],
      [1, 0.4],
    ],
    otherwise: 0,
    missing: 1,
  },
];

export type HealthBand = "healthy" | "at_risk" | "critical";

/** Lower bounds of the bands: 70-100 healthy, 40-69 at risk, 0-39 critical. */
export const HEALTH_BAND_FLOORS = { healthy: 70, at_risk: 40 } as const;

export type HealthValues = Record<HealthPartKey, number | null>;

export interface HealthPart {
  key: HealthPartKey;
  label: string;
  description: string;
  unit: string;
  value: number | null;
  weight: number;
  points: number;
}

export interface HealthScore {
  score: number;
  band: HealthBand;
  parts: HealthPart[];
}

/** The share (0-1) of a part's weight that a value earns. */
export function partShare(rule: HealthPartRule, value: number | null): number {
  if (value === null || Number.isNaN(value)) return rule.missing;
  for (const [bound, share] of rule.steps) {
    if (rule.better === "lower" ? value <= bound : value >= bound) return share;
  }
  return rule.otherwise;
}

/** Points in hundredths, so sums are exact integers (SQL sums the same numbers as numeric). */
function partCents(rule: HealthPartRule, value: number | null): number {
  return Math.round(rule.weight * partShare(rule, value) * 100);
}

export function bandOf(score: number): HealthBand {
  if (score >= HEALTH_BAND_FLOORS.healthy) return "healthy";
  if (score >= HEALTH_BAND_FLOORS.at_risk) return "at_risk";
  return "critical";
}

/** The score, its band, and every part with its value, weight and points. */
export function scoreHealth(values: HealthValues): HealthScore {
  let cents = 0;
  const parts = HEALTH_PARTS.map((rule) => {
    const value = values[rule.key];
    const partPoints = partCents(rule, value);
    cents += partPoints;
    return { key: rule.key, label: rule.label, description: rule.description, unit: rule.unit, value, weight: rule.weight, points: partPoints / 100 };
  });
  const score = Math.round(cents / 100);
  return { score, band: bandOf(score), parts };
}
