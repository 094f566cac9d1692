import { RouteLoading } from "@/components/ui/route-loading";

export default function FeedbackLoading() {
  return <RouteLoading label="Loading feedback…" />;
}
