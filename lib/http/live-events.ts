import { listActiveCalls } from "@/lib/crm/calls/list-active-calls";
import { toLiveCall } from "@/lib/crm/calls/publish-call-change";
import { findCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { LIVE_TOPICS, type LiveTopic } from "@/lib/live/live-event";
import { liveBus } from "@/lib/live/live-bus";
import { liveEventStream } from "@/lib/live/sse-stream";

const ALL_TOPICS = new Set<LiveTopic>(Object.values(LIVE_TOPICS));

/**
 * GET /api/live?topics=calls,dialler: the signed-in user's tenant's live
 * events as server-sent events (a browser session, not an API key). First a
 * `snapshot` event (the active calls), then one event per change, a heartbeat
 * comment every 15 s. On reconnect (Last-Event-ID) a fresh snapshot.
 */
export async function liveEventsResponse(request: Request): Promise<Response> {
  const current = await findCurrentUser();
  if (!current) return Response.json({ error: "Sign in to receive live updates" }, { status: 401 });
  const asked = new URL(request.url).searchParams.get("topics");
  const topics = new Set<LiveTopic>();
  for (const name of (asked ?? "calls").split(",").map((t) => t.trim())) {
    if (!ALL_TOPICS.has(name as LiveTopic)) return Response.json({ error: `Unknown topic "${name}" (known: ${[...ALL_TOPICS].join(", ")})` }, { status: 400 });
    topics.add(name as LiveTopic);
  }
  // Active calls name the tenant's customers: the call reports' roles only (the dialler topic carries ids).
  if (topics.has("calls") && !can(current.user.role, "viewReports")) return Response.json({ error: "Your role does not see live calls" }, { status: 403 });
  const { ctx } = current;
  const stream = liveEventStream(liveBus(), {
    tenantId: ctx.tenantId,
    topics,
    lastEventId: request.headers.get("last-event-id"),
    signal: request.signal,
    snapshot: async () => (topics.has("calls") ? { activeCalls: (await listActiveCalls(ctx)).map(toLiveCall) } : {}),
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: compression would buffer the stream.
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
