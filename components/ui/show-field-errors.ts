import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts a server action's field errors beside the form's fields. `rename`
 * maps the domain's names (the suite's `tax_rate`, `account_id`) to the
 * form's; errors for fields the form does not have stay in the summary.
 */
export function showFieldErrors<T extends FieldValues>(
  fields: Record<string, string> | undefined,
  values: T,
  setError: UseFormSetError<T>,
  rename: Record<string, keyof T> = {},
): void {
  for (const [field, text] of Object.entries(fields ?? {})) {
    const name = String(rename[field] ?? field);
    if (name in values) setError(name as Path<T>, { message: text });
  }
}
