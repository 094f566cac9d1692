"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { productFormSchema, type ProductFormValues } from "@/lib/crm/products/product-schema";
import type { ActionResult } from "@/lib/http/action-result";

/** The domain names fields the suite's way (tax_rate); the form's are camelCase. */
const FIELD_NAMES: Record<string, keyof ProductFormValues> = { tax_rate: "taxRate" };

/** Create or edit a product: the same zod schema as the server action, errors beside the fields. */
export function ProductForm({
  initial,
  submitLabel,
  save,
}: {
  initial: ProductFormValues;
  submitLabel: string;
  save(values: ProductFormValues): Promise<ActionResult<{ seq: number }>>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, formState, setError } = useForm<ProductFormValues>({ resolver: zodResolver(productFormSchema), defaultValues: initial });
  const errors = formState.errors;

  async function onSubmit(values: ProductFormValues) {
    setMessage(undefined);
    const result = await save(values);
    if (!result.ok) {
      for (const [field, text] of Object.entries(result.fields ?? {})) {
        const name = FIELD_NAMES[field] ?? field;
        if (name in values) setError(name as keyof ProductFormValues, { message: text });
      }
      setMessage(result.message);
      return;
    }
    router.push(`/products?saved=${result.data.seq}`);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      {message && (
        <div className="sm:col-span-2">
          <Alert>{message}</Alert>
        </div>
      )}
      <div className="sm:col-span-2">
        <Field label="Name" htmlFor="product-name" error={errors.name?.message}>
          <Input id="product-name" {...register("name")} aria-invalid={Boolean(errors.name)} />
        </Field>
      </div>
      <Field label="Type" htmlFor="product-type" error={errors.type?.message}>
        <Select id="product-type" {...register("type")}>
          <option value="product">Product</option>
          <option value="service">Service</option>
        </Select>
      </Field>
      <Field label="SKU (optional)" htmlFor="product-sku" error={errors.sku?.message}>
        <Input id="product-sku" {...register("sku")} />
      </Field>
      <Field label="Price" htmlFor="product-price" error={errors.price?.message}>
        <Input id="product-price" inputMode="decimal" placeholder="0.00" {...register("price")} aria-invalid={Boolean(errors.price)} />
      </Field>
      <Field label="Tax rate (%)" htmlFor="product-tax" error={errors.taxRate?.message}>
        <Input id="product-tax" inputMode="decimal" placeholder="0" {...register("taxRate")} aria-invalid={Boolean(errors.taxRate)} />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Description (optional)" htmlFor="product-description" error={errors.description?.message}>
          <Textarea id="product-description" rows={3} {...register("description")} />
        </Field>
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : submitLabel}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/products")}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
