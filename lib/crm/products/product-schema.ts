import { z } from "zod";
import { decimalText } from "../billing/decimal-text";

/**
 * A product as the page's form and its server action read it: the same
 * limits as assertProductFields (which still runs in the domain for every
 * writer). Price and tax rate stay decimal text.
 */
export const productFormSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(200),
  description: z.string().trim().max(2000),
  type: z.enum(["product", "service"]),
  price: decimalText(2, "Price must be 0 or greater, with at most 2 decimal places"),
  taxRate: decimalText(2, "Tax rate must be between 0 and 100").refine((v) => Number.parseFloat(v) <= 100, "Tax rate must be between 0 and 100"),
  sku: z.string().trim().max(100),
});

export type ProductFormValues = z.infer<typeof productFormSchema>;
