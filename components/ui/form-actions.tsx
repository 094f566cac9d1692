"use client";

import { Button } from "./button";

/** A form's submit button (its label changes while saving) and Cancel. */
export function FormActions({
  submitting,
  submitLabel,
  busyLabel = "Saving…",
  onCancel,
  className = "",
}: {
  submitting: boolean;
  submitLabel: string;
  busyLabel?: string;
  onCancel(): void;
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap gap-2 ${className}`}>
      <Button type="submit" disabled={submitting}>
        {submitting ? busyLabel : submitLabel}
      </Button>
      <Button type="button" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
