import { liveEventsResponse } from "@/lib/http/live-events";

// Server-sent events for signed-in users (session cookie); see lib/live.
export const dynamic = "force-dynamic";

export const GET = liveEventsResponse;
