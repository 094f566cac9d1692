import { sessionCallsExport } from "@/lib/http/session-calls-export";

// The call log page's CSV download (session cookie); see lib/http/session-calls-export.ts.
export const dynamic = "force-dynamic";

export const GET = sessionCallsExport;
