"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { formFieldName } from "@/lib/crm/billing/document-form";
import { productFormSchema, type ProductFormValues } from "@/lib/crm/products/product-schema";
import type { ActionResult } from "@/lib/http/action-result";

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
  const { form, message, onSubmit } = useActionForm({
    schema: productFormSchema,
    defaultValues: initial,
    save,
    // The domain names fields the suite's way (tax_rate); the form's are camelCase.
    fieldName: formFieldName,
    onSaved(data) {
      router.push(`/products?saved=${data.seq}`);
      router.refresh();
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
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
      <FormActions className="sm:col-span-2" submitting={formState.isSubmitting} submitLabel={submitLabel} onCancel={() => router.push("/products")} />
    </form>
  );
}
