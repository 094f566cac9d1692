import { RouteLoading } from "@/components/ui/route-loading";

/** The lead list's skeleton; in the (list) group so /leads/[id] keeps answering 404 for a lead the user may not see. */
export default function Loading() {
  return <RouteLoading label="Loading leads…" />;
}
