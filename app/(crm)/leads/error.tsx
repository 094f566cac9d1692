"use client";

import { RouteError } from "@/components/ui/route-error";

export default function LeadsError(props: { error: Error & { digest?: string }; reset(): void }) {
  return <RouteError {...props} what="Leads" />;
}
