"use client";

import { RouteError } from "@/components/ui/route-error";

export default function CrmError(props: { error: Error & { digest?: string }; reset(): void }) {
  return <RouteError {...props} what="This page" />;
}
