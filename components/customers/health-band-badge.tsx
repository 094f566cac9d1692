import type { HealthBand } from "@/lib/crm/customers/health-parts";
import { Badge } from "../ui/badge";

export const HEALTH_BAND_LABELS: Record<HealthBand, string> = { healthy: "Healthy", at_risk: "At risk", critical: "Critical" };
export const HEALTH_BAND_TONES = { healthy: "green", at_risk: "amber", critical: "red" } as const satisfies Record<HealthBand, string>;

/** The band in words and colour, with the score beside it when given (the colour is never the only signal). */
export function HealthBandBadge({ band, score }: { band: HealthBand; score?: number }) {
  return (
    <Badge tone={HEALTH_BAND_TONES[band]}>
      {HEALTH_BAND_LABELS[band]}
      {score !== undefined && <span className="ml-1 tabular-nums opacity-80">{score}</span>}
    </Badge>
  );
}
