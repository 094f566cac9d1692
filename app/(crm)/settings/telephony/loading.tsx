import { RouteLoading } from "@/components/ui/route-loading";

export default function TelephonySettingsLoading() {
  return <RouteLoading label="Loading telephony settings…" rows={8} />;
}
