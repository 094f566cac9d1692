"use client";

import { RouteError } from "@/components/ui/route-error";

export default function TasksError(props: { error: Error & { digest?: string }; reset(): void }) {
  return <RouteError {...props} what="Tasks" />;
}
