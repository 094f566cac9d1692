"use client";

import { RouteError } from "@/components/ui/route-error";

export default function TelephonySettingsError(props: { error: Error & { digest?: string }; reset(): void }) {
  return <RouteError {...props} what="The telephony settings" />;
}
