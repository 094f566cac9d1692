"use client";

import { RouteError } from "@/components/ui/route-error";

export default function CallQueueError(props: { error: Error & { digest?: string }; reset(): void }) {
  return <RouteError {...props} what="The call queue" />;
}
