import { formatMoney } from "@/components/ui/format-money";
import type { TransactionType } from "@/lib/db/generated/enums";

/** "+$1,200.00" in green for income, "−$80.00" for an expense. */
export function TransactionAmount({ type, amount, currency }: { type: TransactionType; amount: string; currency: string }) {
  return (
    <span className={type === "income" ? "text-emerald-700" : "text-slate-900"}>
      {type === "income" ? "+" : "−"}
      {formatMoney(amount, currency, { cents: true })}
    </span>
  );
}
