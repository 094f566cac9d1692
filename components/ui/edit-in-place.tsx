"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { Button } from "./button";

const CloseEdit = createContext<(() => void) | null>(null);

/** Inside an EditInPlace form: the function that swaps the form back for the details (null elsewhere). */
export function useCloseEdit(): (() => void) | null {
  return useContext(CloseEdit);
}

/**
 * Details rendered on the server with an Edit button that swaps them for a
 * form in place; the form closes itself through useCloseEdit (Cancel, saved).
 */
export function EditInPlace({ children, form, editable, label = "Edit details" }: { children: ReactNode; form: ReactNode; editable: boolean; label?: string }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <CloseEdit.Provider value={() => setEditing(false)}>{form}</CloseEdit.Provider>;
  return (
    <div className="space-y-3">
      {children}
      {editable && (
        <Button variant="secondary" onClick={() => setEditing(true)}>
          {label}
        </Button>
      )}
    </div>
  );
}
