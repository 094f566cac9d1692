/**
 * Invoice and quote money, exact: every amount is a decimal string turned into
 * a scaled BigInt (cents, thousandths of a unit, hundredths of a percent), so
 * 3 × 0.10 is 0.30 and never 0.30000000000000004. Pure and free of Prisma and
 * Node imports: the invoice editor runs the same function in the browser.
 */

export const MONEY_PLACES = 2;
export const QTY_PLACES = 3;
export const RATE_PLACES = 2;

/** A decimal written as a plain number or string ("1500", "0.1", 99.99). */
export type DecimalLike = string | number;

export interface LineInput {
  /** Unit amount. */
  amount: DecimalLike;
  qty: DecimalLike;
  /** Percent (10 = 10%); absent or 0 for untaxed lines. */
  taxRate?: DecimalLike | null;
}

export interface LineTotals {
  /** amount × qty, rounded half-up to the cent. */
  lineTotal: string;
  /** lineTotal × taxRate / 100, rounded half-up to the cent (per line). */
  tax: string;
}

export interface DocumentTotals {
  lines: LineTotals[];
  subtotal: string;
  taxTotal: string;
  /** subtotal + taxTotal. */
  total: string;
}

const PLAIN_DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * The value scaled to `places` decimals as a BigInt, or null when it is not a
 * plain decimal or has more decimals than `places` (never rounded silently).
 */
export function toScaled(value: DecimalLike, places: number): bigint | null {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) return null;
  const [, minus, whole = "0", fraction = ""] = match;
  const trimmed = fraction.replace(/0+$/, "");
  if (trimmed.length > places) return null;
  const scaled = BigInt(whole + trimmed.padEnd(places, "0"));
  return minus ? -scaled : scaled;
}

/** A scaled BigInt back to a decimal string with exactly `places` decimals. */
export function fromScaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** numerator / denominator rounded half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (n * 2n + d) / (d * 2n);
  return negative ? -rounded : rounded;
}

function required(value: DecimalLike, places: number, what: string): bigint {
  const scaled = toScaled(value, places);
  if (scaled === null) throw new RangeError(`${what} must be a decimal with at most ${places} decimal places`);
  return scaled;
}

/** One line's total and tax, in cents. */
export function lineTotalsCents(line: LineInput): { lineTotal: bigint; tax: bigint } {
  const amount = required(line.amount, MONEY_PLACES, "amount");
  const qty = required(line.qty, QTY_PLACES, "qty");
  const rate = line.taxRate === undefined || line.taxRate === null ? 0n : required(line.taxRate, RATE_PLACES, "taxRate");
  const lineTotal = divideRounded(amount * qty, 10n ** BigInt(QTY_PLACES));
  const tax = divideRounded(lineTotal * rate, 100n * 10n ** BigInt(RATE_PLACES));
  return { lineTotal, tax };
}

/** Totals of an invoice or quote: Σ amount × qty, plus each taxed line's tax. */
export function documentTotals(lines: readonly LineInput[]): DocumentTotals {
  let subtotal = 0n;
  let taxTotal = 0n;
  const out: LineTotals[] = [];
  for (const line of lines) {
    const { lineTotal, tax } = lineTotalsCents(line);
    subtotal += lineTotal;
    taxTotal += tax;
    out.push({ lineTotal: fromScaled(lineTotal, MONEY_PLACES), tax: fromScaled(tax, MONEY_PLACES) });
  }
  return {
    lines: out,
    subtotal: fromScaled(subtotal, MONEY_PLACES),
    taxTotal: fromScaled(taxTotal, MONEY_PLACES),
    total: fromScaled(subtotal + taxTotal, MONEY_PLACES),
  };
}

/** a + b (or a - b with sign -1) of two money strings, exactly. */
export function addMoney(a: DecimalLike, b: DecimalLike, sign: 1 | -1 = 1): string {
  return fromScaled(required(a, MONEY_PLACES, "a") + BigInt(sign) * required(b, MONEY_PLACES, "b"), MONEY_PLACES);
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareMoney(a: DecimalLike, b: DecimalLike): -1 | 0 | 1 {
  const x = required(a, MONEY_PLACES, "a");
  const y = required(b, MONEY_PLACES, "b");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A decimal without trailing fractional zeros, for display: "2.500" → "2.5", "20.00" → "20", "10" stays "10". */
export function plainDecimal(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
