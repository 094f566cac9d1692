import { RouteLoading } from "@/components/ui/route-loading";

export default function ReportsLoading() {
  return <RouteLoading label="Loading reports…" />;
}
