import type { HealthBand } from "@/lib/crm/customers/health-parts";
import { HEALTH_BAND_FLOORS } from "@/lib/crm/customers/health-parts";
import { HEALTH_BAND_LABELS } from "./health-band-badge";

const BAND_COLOUR: Record<HealthBand, string> = { healthy: "#059669", at_risk: "#d97706", critical: "#dc2626" };
const R = 80;
const CX = 100;
const CY = 100;

/** A point on the half circle for a 0-100 value (0 on the left, 100 on the right). */
function at(value: number, radius = R): [number, number] {
  const angle = Math.PI * (1 - value / 100);
  return [CX + radius * Math.cos(angle), CY - radius * Math.sin(angle)];
}

function arc(from: number, to: number): string {
  const [x1, y1] = at(from);
  const [x2, y2] = at(to);
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${R} ${R} 0 0 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`;
}

/**
 * The health score as a half-circle gauge: faint band zones (critical, at
 * risk, healthy) under the score's arc, the number and band in text. Screen
 * readers get one sentence (the SVG is an image with a label).
 */
export function HealthGauge({ score, band }: { score: number; band: HealthBand }) {
  const zones: [number, number, HealthBand][] = [
    [0, HEALTH_BAND_FLOORS.at_risk, "critical"],
    [HEALTH_BAND_FLOORS.at_risk, HEALTH_BAND_FLOORS.healthy, "at_risk"],
    [HEALTH_BAND_FLOORS.healthy, 100, "healthy"],
  ];
  const [nx, ny] = at(score, R - 22);
  return (
    <figure className="mx-auto w-full max-w-[16rem]" data-testid="health-gauge">
      <svg viewBox="0 0 200 118" role="img" aria-label={`Health score ${score} out of 100: ${HEALTH_BAND_LABELS[band]}`} className="w-full">
        {zones.map(([from, to, zone]) => (
          <path key={zone} d={arc(from, to)} fill="none" stroke={BAND_COLOUR[zone]} strokeOpacity={0.15} strokeWidth={18} />
        ))}
        {score > 0 && <path d={arc(0, score)} fill="none" stroke={BAND_COLOUR[band]} strokeWidth={18} strokeLinecap="butt" />}
        <line x1={CX} y1={CY} x2={nx} y2={ny} stroke="#334155" strokeWidth={3} strokeLinecap="round" />
        <circle cx={CX} cy={CY} r={5} fill="#334155" />
        <text x={20} y={116} textAnchor="middle" className="fill-slate-400 text-[10px]">
          0
        </text>
        <text x={180} y={116} textAnchor="middle" className="fill-slate-400 text-[10px]">
          100
        </text>
      </svg>
      <figcaption className="-mt-1 text-center">
        <span className="block text-4xl font-semibold text-slate-900 tabular-nums" data-testid="health-score">
          {score}
        </span>
        <span className="text-sm font-medium" style={{ color: BAND_COLOUR[band] }} data-testid="health-band">
          {HEALTH_BAND_LABELS[band]}
        </span>
      </figcaption>
    </figure>
  );
}
