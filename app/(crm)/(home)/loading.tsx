import { RouteLoading } from "@/components/ui/route-loading";

/** The overview's skeleton. In its own route group so it does not wrap record pages: a loading boundary would stream them with 200 before notFound() can answer 404. */
export default function Loading() {
  return <RouteLoading label="Loading the overview…" />;
}
