export interface CallSummary {
  totalCalls: number;
  /** Seconds. */
  totalDuration: number;
  /** totalDuration / totalCalls, rounded (the seed: 22500 / 125 = 180). */
  avgDuration: number;
  inboundCalls: number;
  outboundCalls: number;
  missedCalls: number;
}

export interface SummaryRow {
  totalCalls: number;
  totalDuration: number;
  inboundCalls: number;
  outboundCalls: number;
  missedCalls: number;
}

export function toSummary(row: SummaryRow | undefined): CallSummary {
  const totalCalls = row?.totalCalls ?? 0;
  const totalDuration = row?.totalDuration ?? 0;
  return {
    totalCalls,
    totalDuration,
    avgDuration: totalCalls > 0 ? Math.round(totalDuration / totalCalls) : 0,
    inboundCalls: row?.inboundCalls ?? 0,
    outboundCalls: row?.outboundCalls ?? 0,
    missedCalls: row?.missedCalls ?? 0,
  };
}
