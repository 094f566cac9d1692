import { RouteLoading } from "@/components/ui/route-loading";

export default function ImportLoading() {
  return <RouteLoading label="Loading imports…" />;
}
