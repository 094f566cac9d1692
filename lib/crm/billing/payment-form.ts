import { z } from "zod";
import { dateIn, moneyIn } from "./document-fields";

/** "Record a payment" as the invoice page writes it: the suite API's amount rule and wording. */
export const paymentForm = z.object({
  amount: moneyIn({ min: "positive", message: "Amount must be greater than 0" }),
  date: dateIn("Date"),
  method: z.enum(["bank_transfer", "card", "cash", "check", "other"]),
  reference: z.string().trim().max(200, "Keep the reference under 200 characters"),
});

export type PaymentFormInput = z.input<typeof paymentForm>;
export type PaymentFormValues = z.output<typeof paymentForm>;

export const PAYMENT_METHODS: { value: PaymentFormValues["method"]; label: string }[] = [
  { value: "bank_transfer", label: "Bank transfer" },
  { value: "card", label: "Card" },
  { value: "cash", label: "Cash" },
  { value: "check", label: "Check" },
  { value: "other", label: "Other" },
];
