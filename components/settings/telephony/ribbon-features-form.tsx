"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { RIBBON_FEATURES, RIBBON_FEATURE_NAMES } from "@/lib/crm/tenants/ribbon-features";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";

const schema = z.object({ features: z.array(z.string().refine((f) => RIBBON_FEATURE_NAMES.includes(f), "Unknown feature")) });
type Values = z.infer<typeof schema>;

/** Switches for the features init and config hand to ribbons. */
export function RibbonFeaturesForm({ features, save }: { features: string[]; save(input: Values): Promise<ActionResult<string[]>> }) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { features } });

  async function onSubmit(values: Values) {
    const result = await save(values);
    setMessage(result.ok ? { tone: "success", text: `Ribbons now get: ${result.data.join(", ") || "no features"}.` } : { tone: "error", text: result.message });
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="sr-only">Ribbon features</legend>
        {RIBBON_FEATURES.map((feature) => (
          <label
            key={feature.name}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2 hover:bg-slate-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500"
          >
            <input
              type="checkbox"
              value={feature.name}
              className="mt-0.5 size-4 rounded border-slate-300 text-brand-600 focus:outline-none"
              data-testid={`feature-${feature.name}`}
              {...register("features")}
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">
                {feature.label} <span className="font-mono text-xs font-normal text-slate-500">{feature.name}</span>
              </span>
              <span className="block text-xs text-slate-500">{feature.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {formState.errors.features && <p className="text-sm text-red-600">{formState.errors.features.message}</p>}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save features"}
      </Button>
    </form>
  );
}
