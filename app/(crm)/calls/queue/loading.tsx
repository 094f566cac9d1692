import { RouteLoading } from "@/components/ui/route-loading";

export default function CallQueueLoading() {
  return <RouteLoading label="Loading the call queue…" rows={8} />;
}
