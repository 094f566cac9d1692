"use client";

import { useEffect } from "react";
import { Button } from "./button";

/**
 * The body of a section's error.tsx: says what failed without internals and
 * offers a retry. A role refusal reads as such (its message is safe to show).
 */
export function RouteError({ error, reset, what }: { error: Error & { digest?: string }; reset(): void; what: string }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const refused = /role does not allow|cannot|only admins/i.test(error.message);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-6 py-8 text-center">
      <p className="text-sm font-medium text-red-900">{refused ? `You cannot open ${what}` : `${what} could not be loaded`}</p>
      <p className="mx-auto mt-1 max-w-md text-sm text-red-800">
        {refused ? error.message : "Something went wrong on our side. Try again; if it keeps failing, the error is in the server log."}
      </p>
      {!refused && (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" onClick={reset}>
            Try again
          </Button>
        </div>
      )}
    </div>
  );
}
